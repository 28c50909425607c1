// A scan profile: check thresholds overriding the defaults, e.g. {checks: {SSPR-14: {passRate: 0.9}}}.

import { CHECKS } from '../../checks/index.js';
import type { CheckOptions } from '../engine/run-checks.js';
import { InputError } from '../util/input-error.js';
import { readStructuredFile } from './read-structured-file.js';

export function loadProfile(path: string): CheckOptions {
  const raw = readStructuredFile(path, 'profile');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(path, '(top level): expected an object with "checks"');
  const { checks, ...rest } = raw as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra) throw new InputError(path, `(top level): unknown property "${extra}"`);
  if (!checks || typeof checks !== 'object' || Array.isArray(checks))
    throw new InputError(path, '/checks: expected an object keyed by check ID');
  const out: CheckOptions = {};
  for (const [id, options] of Object.entries(checks)) {
    const check = CHECKS.find((c) => c.meta.id === id);
    if (!check) throw new InputError(path, `/checks/${id}: unknown check ID`);
    if (!options || typeof options !== 'object' || Array.isArray(options))
      throw new InputError(path, `/checks/${id}: expected an object of options`);
    const defaults = check.meta.defaultOptions as Record<string, unknown>;
    for (const [key, value] of Object.entries(options)) {
      if (!(key in defaults)) {
        throw new InputError(
          path,
          `/checks/${id}/${key}: unknown option (expected one of ${Object.keys(defaults).join(', ') || 'none: this check has no options'})`,
        );
      }
      if (typeof value !== typeof defaults[key])
        throw new InputError(path, `/checks/${id}/${key}: expected ${typeof defaults[key]}`);
      if (typeof value === 'number' && (!Number.isFinite(value) || value < 0))
        throw new InputError(path, `/checks/${id}/${key}: expected a non-negative number`);
    }
    out[id] = options as Record<string, unknown>;
  }
  return out;
}
