// The management responses file (--responses): per check ID, the client's response to a finding,
// its owner and due date. YAML or JSON, schemas/responses.schema.json; a key that names no check is
// an input error naming the key (exit 2).

import { InputError } from '../util/input-error.js';
import { readStructuredFile } from './read-structured-file.js';
import { assertValid } from './schemas.js';

export interface ManagementResponse {
  response: string;
  owner: string;
  /** YYYY-MM-DD. */
  due?: string;
  status?: 'agreed' | 'disagreed' | 'in_progress' | 'done';
}

export type ManagementResponses = Record<string, ManagementResponse>;

export function loadResponses(path: string, knownChecks: readonly string[]): ManagementResponses {
  const raw = readStructuredFile(path, 'responses');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(path, '(top level): expected an object keyed by check ID (e.g. SSPR-03)');
  for (const key of Object.keys(raw)) {
    if (!knownChecks.includes(key)) {
      throw new InputError(
        path,
        `/${key}: unknown check ID "${key}" (expected one of ${knownChecks[0]} … ${knownChecks[knownChecks.length - 1]})`,
      );
    }
  }
  const responses = assertValid<ManagementResponses>('responses', raw, path);
  for (const [id, r] of Object.entries(responses)) {
    if (r.response.trim() === '' || r.owner.trim() === '')
      throw new InputError(path, `/${id}: response and owner must not be blank`);
  }
  return responses;
}
