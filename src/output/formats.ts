// The output formats and the --format flag.

import { InputError } from '../util/input-error.js';

export const FORMATS = ['html', 'pdf', 'json', 'csv', 'junit', 'sarif', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];
export const DEFAULT_FORMATS: readonly Format[] = ['html', 'pdf', 'json'];

export function parseFormats(value: string | undefined, flag = '--format'): Format[] {
  if (value === undefined) return [...DEFAULT_FORMATS];
  const parts = value
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length === 0)
    throw new InputError(flag, `expected a comma-separated list of ${FORMATS.join(', ')}`);
  for (const p of parts) {
    if (!(FORMATS as readonly string[]).includes(p))
      throw new InputError(flag, `unknown format "${p}" (expected any of ${FORMATS.join(', ')})`);
  }
  return [...new Set(parts)] as Format[];
}
