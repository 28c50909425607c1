// The run's check set from the command line: the built-ins, the --plugin packs (paths relative to the
// working folder), the profile's `plugins:` (relative to the profile) and the baseline's `plugins`
// (relative to the baselines folder).

import { dirname } from 'node:path';
import type { CheckSet } from '../engine/check-set.js';
import { loadCheckSet, type PackSpec } from '../engine/load-packs.js';

export interface CheckSetFlags {
  plugin?: string[];
  profile?: string;
  baseline?: string;
}

/** The packs the flags name, each with the folder its relative path resolves against. */
export async function runPackSpecs(flags: CheckSetFlags): Promise<PackSpec[]> {
  const fromFlags = (flags.plugin ?? []).map((spec) => ({ spec, baseDir: process.cwd() }));
  const { baselinePlugins } = await import('../inputs/baseline.js');
  const fromBaseline = baselinePlugins(flags.baseline);
  if (!flags.profile) return [...fromFlags, ...fromBaseline];
  const { profilePlugins } = await import('../inputs/profile.js');
  const baseDir = dirname(flags.profile);
  return [...fromFlags, ...profilePlugins(flags.profile).map((spec) => ({ spec, baseDir })), ...fromBaseline];
}

export async function loadRunCheckSet(flags: CheckSetFlags): Promise<CheckSet> {
  return loadCheckSet(await runPackSpecs(flags));
}
