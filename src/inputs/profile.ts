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
      if (typeof value === 'number' && (!Number.isFinite(value) || value < 0))
        throw new InputError(path, `/checks/${id}/${key}: expected a non-negative number`);
    }
    out[id] = options as Record<string, unknown>;
  }
  return out;
}
