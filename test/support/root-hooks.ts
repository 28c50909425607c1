// Root hooks (loaded by .mocharc.json's `require`): each mocha run gets its own TMPDIR, so parallel
// runs never see each other's files; after the run, helper-made folders are removed and anything the
// code under test (the CLI, the double, Chromium) left in that TMPDIR fails the run.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTestPki } from '../graph-double/certs.js';
import { removeAllTemps } from './temp-registry.js';

/** What our code, its tests and Chromium name their temporary entries. */
export const LEAK_PREFIXES = ['sspr-', 'puppeteer_dev_', '.org.chromium.', 'tmp-'];

const runDir = mkdtempSync(join(tmpdir(), 'sspr-run-'));
// os.tmpdir() reads TMPDIR on each call, and child processes inherit it.
process.env.TMPDIR = runDir;

export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => LEAK_PREFIXES.some((p) => name.startsWith(p)));
}

export const mochaHooks = {
  afterAll(): void {
    removeTestPki();
    removeAllTemps();
    const left = leftovers(runDir);
    rmSync(runDir, { recursive: true, force: true });
    if (left.length)
      throw new Error(
        `the suite left ${left.length} temporary entr${left.length === 1 ? 'y' : 'ies'} behind: ${left.join(', ')}`,
      );
  },
};
