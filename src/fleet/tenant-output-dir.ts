// Per-tenant output folders: <out>/<tenant id>/<UTC timestamp>/. A scan writes into a hidden
// .partial folder first and renames it into place when every file is written, so a killed process
// never leaves a folder that looks like a whole report; stale .partial folders are removed later.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PARTIAL = /^\.(.+)\.(\d+)\.partial$/;

/** The tenant's folder name: its id, lower-cased, with anything unsafe for a path replaced. */
export const tenantFolderName = (tenantId: string): string =>
  tenantId.toLowerCase().replace(/[^a-z0-9._-]/g, '_');

/** 2026-11-25T06:00:00.123Z → 20261125T060000Z */
export const utcStamp = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

export interface OutputDir {
  staging: string;
  final: string;
}

/** Picks the final folder (suffixing -2, -3… when a scan of the same second exists) and a staging folder. */
export function planOutputDir(out: string, tenantId: string, startedAt: Date): OutputDir {
  const base = join(out, tenantFolderName(tenantId));
  const stamp = utcStamp(startedAt);
  let name = stamp;
  for (let n = 2; existsSync(join(base, name)); n++) name = `${stamp}-${n}`;
  return { staging: join(base, `.${name}.${process.pid}.partial`), final: join(base, name) };
}

/** Moves a completed staging folder into place; returns the final folder. */
export function publishOutputDir(dir: OutputDir): string {
  let final = dir.final;
  for (let n = 2; existsSync(final); n++) final = `${dir.final}-${n}`;
  renameSync(dir.staging, final);
  return final;
}

export function discardOutputDir(dir: OutputDir): void {
  rmSync(dir.staging, { recursive: true, force: true });
}

const alive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the .partial folders of processes that are gone (killed mid-scan); returns how many. */
export function removeStalePartials(out: string): number {
  if (!existsSync(out)) return 0;
  let removed = 0;
  for (const tenant of readdirSync(out, { withFileTypes: true })) {
    if (!tenant.isDirectory()) continue;
    for (const entry of readdirSync(join(out, tenant.name))) {
      const m = PARTIAL.exec(entry);
      if (m && !alive(Number(m[2]))) {
        rmSync(join(out, tenant.name, entry), { recursive: true, force: true });
        removed++;
      }
    }
  }
  return removed;
}

export function ensureFolder(path: string): void {
  mkdirSync(path, { recursive: true });
}
