// Per-tenant output folders: <out>/<tenant id>/<UTC timestamp>/. Each tenant's outputs are staged
// like every run's (src/util/staged-folder.ts: a hidden .partial sibling renamed into place when whole);
// the .partial folders of killed processes are removed at the start of the next fleet run.

import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PARTIAL_FOLDER, processAlive, stagingFolderFor } from '../util/staged-folder.js';

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

/**
 * Picks the final folder (suffixing -2, -3… when a scan of the same second exists) and the staging
 * folder the run writes into (evaluateAndWrite stages and publishes it).
 */
export function planOutputDir(out: string, tenantId: string, startedAt: Date): OutputDir {
  const base = join(out, tenantFolderName(tenantId));
  const stamp = utcStamp(startedAt);
  let name = stamp;
  for (let n = 2; existsSync(join(base, name)); n++) name = `${stamp}-${n}`;
  return { staging: stagingFolderFor(join(base, name)), final: join(base, name) };
}

/** Removes the .partial folders of processes that are gone (killed mid-scan); returns how many. */
export function removeStalePartials(out: string): number {
  if (!existsSync(out)) return 0;
  let removed = 0;
  for (const tenant of readdirSync(out, { withFileTypes: true })) {
    if (!tenant.isDirectory()) continue;
    for (const entry of readdirSync(join(out, tenant.name))) {
      const m = PARTIAL_FOLDER.exec(entry);
      if (m && !processAlive(Number(m[2]))) {
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
