// A fresh temporary folder per test, removed afterwards; files written into it by relative name.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { registerTemp, removeTemp } from '../../support/temp-registry.js';

export interface TempFolder {
  path: string;
  /** Writes `content` to `relative` (folders created) and returns the absolute path. */
  write(relative: string, content: string): string;
  remove(): void;
}

export function tempFolder(prefix = 'sspr-fleet-'): TempFolder {
  const path = registerTemp(mkdtempSync(join(tmpdir(), prefix)));
  return {
    path,
    write(relative, content) {
      const file = join(path, relative);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove() {
      removeTemp(path);
    },
  };
}
