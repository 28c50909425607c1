// Baselines (--baseline): data files in baselines/ that set, per check, the options (thresholds)
// and expected value in force, whether the check scores, and an observed value the baseline accepts
// (asd-blueprint accepts SSPR-01 "Selected"). --profile overrides on top of the baseline's options.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckOptions } from '../engine/run-checks.js';
import { InputError } from '../util/input-error.js';
import { assertValid } from './schemas.js';
import { PACKAGE_ROOT_URL } from '../util/package-root.js';

export const BASELINE_DIR = new URL('baselines/', PACKAGE_ROOT_URL);
export const DEFAULT_BASELINE = 'id03-guide';

export interface BaselineCheck {
  options?: Record<string, unknown>;
  scored?: boolean;
  level?: 'L1' | 'L2';
  expected?: string;
  accept?: { observed: string; status: 'pass' | 'warn'; why: string };
}

export interface Baseline {
  id: string;
  name: string;
  version: string;
  source: string;
  checked: string;
  description: string;
  /** Plugin modules the baseline asks for (loaded by the package's plugin loader). */
  plugins?: string[];
  checks: Record<string, BaselineCheck>;
}

/** The ids of the bundled baselines (file names without .json). */
export function baselineIds(): string[] {
  return readdirSync(BASELINE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** A bundled baseline by id, schema-valid (its check IDs are not checked yet). */
function readBaseline(id: string, flag: string): { baseline: Baseline; where: string } {
  const ids = baselineIds();
  if (!ids.includes(id))
    throw new InputError(flag, `unknown baseline "${id}" (expected one of ${ids.join(', ')})`);
  const file = new URL(`${id}.json`, BASELINE_DIR);
  const where = `baselines/${id}.json`;
  const baseline = assertValid<Baseline>('baseline', JSON.parse(readFileSync(file, 'utf8')), where);
  if (baseline.id !== id) throw new InputError(where, `/id: expected "${id}" (the file name)`);
  return { baseline, where };
}

/** The check packs a baseline asks for, each resolved against the baselines folder. */
export function baselinePlugins(
  id: string = DEFAULT_BASELINE,
  flag = '--baseline',
): { spec: string; baseDir: string }[] {
  const baseDir = fileURLToPath(BASELINE_DIR);
  return (readBaseline(id, flag).baseline.plugins ?? []).map((spec) => ({ spec, baseDir }));
}

/** A bundled baseline by id, validated, with every check it names known. */
export function loadBaseline(
  id: string = DEFAULT_BASELINE,
  knownChecks: readonly string[],
  flag = '--baseline',
): Baseline {
  const { baseline, where } = readBaseline(id, flag);
  for (const check of Object.keys(baseline.checks)) {
    if (!knownChecks.includes(check)) throw new InputError(where, `/checks/${check}: unknown check ID`);
  }
  return baseline;
}

/** The check options in force: the baseline's, with the profile's on top. */
export function optionsInForce(baseline: Baseline, profile: CheckOptions): CheckOptions {
  const out: CheckOptions = {};
  for (const [id, c] of Object.entries(baseline.checks)) if (c.options) out[id] = { ...c.options };
  for (const [id, o] of Object.entries(profile)) out[id] = { ...(out[id] ?? {}), ...o };
  return out;
}
