// Checks a branding file named in the fleet config before anything runs: readable, parseable and, once
// the report's branding schema exists (schemas/branding.schema.json), valid against it.

import { existsSync } from 'node:fs';
import { readStructuredFile } from '../inputs/read-structured-file.js';
import { assertValid } from '../inputs/schemas.js';

const BRANDING_SCHEMA = new URL('../../schemas/branding.schema.json', import.meta.url);

export function validateBrandingFile(path: string): unknown {
  const raw = readStructuredFile(path, 'branding');
  return existsSync(BRANDING_SCHEMA) ? assertValid('branding', raw, path) : raw;
}
