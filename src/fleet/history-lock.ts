// One fleet process per history database: a lock file beside it (<db>.lock, created with O_EXCL) holds
// the owner's pid and host. A second process refuses to start instead of scanning every tenant again
// and marking the first one's live run interrupted. A lock whose process is gone (same host) is stale
// and taken over; one from another host cannot be checked and is reported with what to do.

import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { InputError } from '../util/input-error.js';
import { processAlive } from '../util/staged-folder.js';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export class HistoryLock {
  private constructor(private readonly file: string) {}

  /** Takes the lock of `historyFile`, or throws an InputError naming the process that holds it. */
  static acquire(historyFile: string, now: Date = new Date()): HistoryLock {
    const file = `${historyFile}.lock`;
    const me: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o600);
        try {
          writeSync(fd, `${JSON.stringify(me)}\n`);
        } finally {
          closeSync(fd);
        }
        return new HistoryLock(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
          throw new InputError(file, `cannot create the history lock: ${(err as Error).message}`);
      }
      const owner = readOwner(file);
      if (owner && owner.host === me.host && !processAlive(owner.pid)) {
        rmSync(file, { force: true }); // stale: its process was killed
        continue;
      }
      throw new InputError(
        historyFile,
        owner
          ? `another fleet run uses this history (pid ${owner.pid} on ${owner.host}, since ${owner.since}); wait for it to finish${owner.host === me.host ? '' : `, or delete ${file} if that process is gone`}`
          : `another fleet run holds ${file}; delete it if no fleet run is going`,
      );
    }
    throw new InputError(file, 'could not take the history lock');
  }

  release(): void {
    rmSync(this.file, { force: true });
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, since: String(owner.since) }
      : undefined;
  } catch {
    return undefined;
  }
}
