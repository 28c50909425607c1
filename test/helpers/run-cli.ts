// Runs the real CLI in a child process, as a user would.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerTemp } from '../support/temp-registry.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/sspr-audit.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder, removed after the run by the root hook (test/support/root-hooks.ts). */
export function tempDir(prefix = 'sspr-test-'): string {
  return registerTemp(mkdtempSync(join(tmpdir(), prefix)));
}
