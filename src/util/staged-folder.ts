// Output folders that appear whole or not at all: a run writes into a hidden sibling
// `.<name>.<pid>.partial` and renames it into place when every file is written, so a failure or a
// kill never leaves results without a manifest. Used by scan/evaluate/demo and by every fleet tenant;
// a killed process's `.partial` folder is recognisable (its pid is gone) and removed later.

import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from './input-error.js';

/** `.<final name>.<pid>.partial`: the name of a staging folder, with the pid of the process writing it. */
export const PARTIAL_FOLDER = /^\.(.+)\.(\d+)\.partial$/;

/** The hidden sibling a run writes into before `final` appears. */
export function stagingFolderFor(final: string): string {
  return join(dirname(final), `.${basename(final)}.${process.pid}.partial`);
}

/** True when a process with this pid is running (ours counts). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Checks an output folder before any work: it may be missing or an empty folder; a non-empty one is
 * refused unless `force` (then publishing replaces it). A file there is refused always. `flag` names
 * where the folder came from in the message.
 */
export function checkOutputFolder(final: string, force: boolean, flag = '--out'): void {
  const full = resolve(final);
  // --force clears the folder: never the working folder, one of its parents, or the home folder.
  const toCwd = relative(full, process.cwd());
  const holdsCwd = toCwd === '' || (!toCwd.startsWith('..') && !isAbsolute(toCwd));
  if (holdsCwd || full === resolve(homedir()))
    throw new InputError(
      flag,
      `${final} holds the working or home folder; expected a folder of its own for the outputs`,
    );
  if (!existsSync(final)) {
    // The folder will be created: its nearest existing parent must be a folder.
    let parent = dirname(full);
    while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
    if (!statSync(parent).isDirectory())
      throw new InputError(flag, `${final}: ${parent} is a file; expected a folder for the outputs`);
    return;
  }
  if (!statSync(final).isDirectory())
    throw new InputError(flag, `${final} is a file; expected a folder for the outputs`);
  if (!force && readdirSync(final).length > 0) {
    throw new InputError(
      flag,
      `${final} is not empty; choose a new folder, or pass --force to replace its contents`,
    );
  }
}

/**
 * Moves a finished staging folder to `final`. An existing `final` is replaced only with `replace`
 * (--force): it is moved aside first, so at every instant one whole folder is in place.
 */
export function publishStagedFolder(staging: string, final: string, replace: boolean): void {
  if (existsSync(final) && readdirSync(final).length > 0) {
    if (!replace)
      throw new InputError('--out', `${final} appeared while the run was writing; nothing replaced`);
    const old = join(dirname(final), `.${basename(final)}.${process.pid}.replaced`);
    rmSync(old, { recursive: true, force: true });
    renameSync(final, old);
    renameSync(staging, final);
    rmSync(old, { recursive: true, force: true });
    return;
  }
  // rename(2) replaces an empty folder.
  renameSync(staging, final);
}

/** Best effort: the run's own error is the one worth reporting. */
export function discardStagedFolder(staging: string): void {
  try {
    rmSync(staging, { recursive: true, force: true });
  } catch {
    // nothing was created there (e.g. a part of the path is a file)
  }
}
