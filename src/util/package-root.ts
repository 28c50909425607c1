// The installed package's root (the folder with sspr-audit's package.json), whether the code runs
// from src/ under tsx or from dist/src/ compiled: templates, schemas and the demo tenant live there.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function findRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
    if (dirname(dir) === dir) throw new Error('sspr-audit: cannot find its package folder');
  }
}

export const PACKAGE_ROOT = findRoot();
/** file: URL of the package root, ending in "/". */
export const PACKAGE_ROOT_URL = pathToFileURL(`${PACKAGE_ROOT}/`);

/** An absolute path inside the package. */
export function packagePath(relative: string): string {
  return join(PACKAGE_ROOT, relative);
}
