// Finds the Chromium that prints PDFs: --chrome-path, else PUPPETEER_EXECUTABLE_PATH, else the
// system browser (Debian's chromium first). puppeteer-core has no browser of its own.

import { accessSync, constants, statSync } from 'node:fs';
import { InputError } from '../util/input-error.js';

/** Looked for in order. The real binary comes first: the /usr/bin wrapper prints noise on stderr. */
export const SYSTEM_BROWSERS: readonly string[] = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** No usable browser: an input error (exit 2) that says what was tried and how to fix it. */
export class BrowserNotFoundError extends InputError {
  constructor(
    where: string,
    detail: string,
    readonly tried: string[],
  ) {
    super(where, detail);
    this.name = 'BrowserNotFoundError';
  }
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface BrowserSearch {
  /** --chrome-path: when given, it must work (no silent fallback). */
  chromePath?: string;
  env?: NodeJS.ProcessEnv;
  candidates?: readonly string[];
}

/** The browser executable to launch, or a BrowserNotFoundError naming everything tried. */
export function findBrowser({
  chromePath,
  env = process.env,
  candidates = SYSTEM_BROWSERS,
}: BrowserSearch = {}): string {
  const remedy =
    'install Chromium (Debian: apt-get install chromium), pass --chrome-path PATH, or leave pdf out of --format';
  if (chromePath) {
    if (isExecutableFile(chromePath)) return chromePath;
    throw new BrowserNotFoundError('--chrome-path', `${chromePath} is not an executable file; ${remedy}`, [
      chromePath,
    ]);
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError(
      'PUPPETEER_EXECUTABLE_PATH',
      `${fromEnv} is not an executable file; ${remedy}`,
      [fromEnv],
    );
  }
  const found = candidates.find(isExecutableFile);
  if (found) return found;
  throw new BrowserNotFoundError(
    '--chrome-path',
    `no Chromium found to print the PDF; tried --chrome-path (not given), PUPPETEER_EXECUTABLE_PATH (not set), ${candidates.join(', ')}; ${remedy}`,
    [...candidates],
  );
}
