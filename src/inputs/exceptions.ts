// The exceptions file: accepted risks, each with a check, a reason, an owner and an expiry date.

import { InputError } from '../util/input-error.js';
import { readStructuredFile } from './read-structured-file.js';
import { assertValid } from './schemas.js';

export interface RiskException {
  check: string;
  reason: string;
  owner: string;
  /** Last day (UTC) the exception is live, YYYY-MM-DD. */
  expires: string;
}

export function loadExceptions(path: string, knownChecks: readonly string[]): RiskException[] {
  const list = assertValid<RiskException[]>('exceptions', readStructuredFile(path, 'exceptions'), path);
  const seen = new Set<string>();
  list.forEach((e, i) => {
    if (!knownChecks.includes(e.check)) {
      throw new InputError(
        path,
        `/${i}/check: unknown check ID "${e.check}" (expected one of ${knownChecks[0]} … ${knownChecks[knownChecks.length - 1]})`,
      );
    }
    if (seen.has(e.check))
      throw new InputError(path, `/${i}/check: a second exception for ${e.check} (one per check)`);
    seen.add(e.check);
    if (e.reason.trim() === '' || e.owner.trim() === '')
      throw new InputError(path, `/${i}: reason and owner must not be blank`);
  });
  return list;
}
