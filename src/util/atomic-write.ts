// Writes a file atomically (temp file in the same folder, then rename), so a crash never leaves a
// half-written file that looks whole.

import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  replaceAtomically(path, (temp) => writeFileSync(temp, content));
}

export function copyFileAtomic(from: string, path: string): void {
  replaceAtomically(path, (temp) => copyFileSync(from, temp));
}

function replaceAtomically(path: string, write: (temp: string) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    write(temp);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
