// The SHA-256 of results.json as src/output/write-run.ts writes it, so the report can print the hash
// of the exact file it describes (and manifest.json carries the same value).

import { createHash } from 'node:crypto';
import type { Results } from '../results/types.js';

/** The bytes of results.json: pretty-printed JSON with a trailing newline. */
export function serialiseResults(results: Results): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

export function resultsSha256(results: Results): string {
  return createHash('sha256').update(serialiseResults(results)).digest('hex');
}
