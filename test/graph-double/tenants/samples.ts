// The real Graph bodies under test/fixtures/graph-samples, for building tenant models from.

import { readFileSync } from 'node:fs';

// Fixture bodies have many shapes; callers index into them freely.
export function sample<T = any>(name: string): T {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/graph-samples/${name}`, import.meta.url), 'utf8'),
  ) as T;
}

export function withoutContext<T extends Record<string, unknown>>(body: T): T {
  const out = { ...body };
  for (const key of Object.keys(out)) if (key.startsWith('@')) delete out[key];
  return out;
}
