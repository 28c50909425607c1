// A scan profile: check thresholds overriding the defaults, e.g. {checks: {SSPR-14: {passRate: 0.9}}},
// and the plugin packs the scan loads (plugins: [path or package], paths relative to the profile).

import { builtinCheckSet } from '../engine/builtin-check-set.js';
import type { CheckSet } from '../engine/check-set.js';
import type { CheckOptions } from '../engine/run-checks.js';
import { InputError } from '../util/input-error.js';
import { readStructuredFile } from './read-structured-file.js';

function readProfile(path: string): Record<string, unknown> {
  const raw = readStructuredFile(path, 'profile');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(path, '(top level): expected an object with "checks"');
  const extra = Object.keys(raw).find((k) => k !== 'checks' && k !== 'plugins');
  if (extra) throw new InputError(path, `(top level): unknown property "${extra}"`);
  return raw as Record<string, unknown>;
}

/** The profile's `plugins:` (paths resolved against the profile's folder by the loader). */
export function profilePlugins(path: string): string[] {
  const { plugins } = readProfile(path);
  if (plugins === undefined) return [];
  if (!Array.isArray(plugins) || plugins.some((p) => typeof p !== 'string' || p.trim() === ''))
    throw new InputError(path, '/plugins: expected a list of plugin paths or package names');
  return plugins as string[];
}

export function loadProfile(path: string, checkSet: CheckSet = builtinCheckSet()): CheckOptions {
  const { checks = {} } = readProfile(path);
  if (!checks || typeof checks !== 'object' || Array.isArray(checks))
    throw new InputError(path, '/checks: expected an object keyed by check ID');
  const out: CheckOptions = {};
  for (const [id, options] of Object.entries(checks)) {
    const check = checkSet.checks.find((c) => c.meta.id === id);
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
      if (typeof value === 'number') {
        const problem = numberProblem(key, value);
        if (problem) throw new InputError(path, `/checks/${id}/${key}: ${problem}, found ${value}`);
      }
    }
    const merged = { ...defaults, ...(options as Record<string, unknown>) };
    const order = orderProblem(merged);
    if (order) throw new InputError(path, `/checks/${id}: ${order}`);
    out[id] = options as Record<string, unknown>;
  }
  return out;
}

/** The range an option's kind allows (by its name's suffix), or undefined when `value` is in it. */
function numberProblem(key: string, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'expected a finite number';
  if (/(Rate|Ratio)$/.test(key))
    return value >= 0 && value <= 1 ? undefined : 'expected a fraction from 0 to 1 (0.95 is 95%)';
  if (/Days$/.test(key))
    return Number.isInteger(value) && value >= 1 && value <= MAX_DAYS
      ? undefined
      : `expected a whole number of days from 1 to ${MAX_DAYS}`;
  if (/Hours$/.test(key))
    return value > 0 && value <= MAX_HOURS
      ? undefined
      : `expected a number of hours above 0 and at most ${MAX_HOURS}`;
  return value >= 0 ? undefined : 'expected a non-negative number';
}

/** Thresholds of one check that contradict each other (a warning band looser than the pass band). */
function orderProblem(o: Record<string, unknown>): string | undefined {
  const n = (k: string) => (typeof o[k] === 'number' ? (o[k] as number) : undefined);
  const [passRate, warnRate] = [n('passRate'), n('warnRate')];
  if (passRate !== undefined && warnRate !== undefined && warnRate > passRate)
    return `warnRate (${warnRate}) must not be above passRate (${passRate})`;
  const [passHours, warnHours] = [n('passHours'), n('warnHours')];
  if (passHours !== undefined && warnHours !== undefined && passHours > warnHours)
    return `passHours (${passHours}) must not be above warnHours (${warnHours})`;
  return undefined;
}

/** Two years: the longest reconfirmation interval the portal allows (730 days); no log window is longer. */
const MAX_DAYS = 730;
const MAX_HOURS = 24 * 365;
