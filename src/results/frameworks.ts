// Framework mappings (frameworks/*.json, one file per framework version): which controls each check
// supports, and per control a status from the checks behind it.

import { readFileSync, readdirSync } from 'node:fs';
import { assertValid } from '../inputs/schemas.js';
import type { Status } from '../engine/types.js';
import { PACKAGE_ROOT_URL } from '../util/package-root.js';

export const FRAMEWORK_DIR = new URL('frameworks/', PACKAGE_ROOT_URL);

export interface FrameworkControl {
  id: string;
  title: string;
  level?: 'L1' | 'L2';
  checks: string[];
  basis: 'sourced' | 'judgement';
  source: string;
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  publisher: string;
  source: string;
  checked: string;
  note?: string;
  controls: FrameworkControl[];
}

/** A check's tag: framework id, the printed label, the control and whether the row is sourced. */
export interface FrameworkTag {
  framework: string;
  label: string;
  control: string;
  basis: 'sourced' | 'judgement';
}

let cache: Framework[] | undefined;

/** Every bundled framework, validated, in file-name order. */
export function loadFrameworks(): Framework[] {
  if (!cache) {
    cache = readdirSync(FRAMEWORK_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) =>
        assertValid<Framework>(
          'framework',
          JSON.parse(readFileSync(new URL(f, FRAMEWORK_DIR), 'utf8')),
          `frameworks/${f}`,
        ),
      );
  }
  return cache;
}

export const frameworkLabel = (f: Framework): string => `${f.name} ${f.version}`;

export function tagsFor(
  checkId: string,
  frameworks: readonly Framework[] = loadFrameworks(),
): FrameworkTag[] {
  const tags: FrameworkTag[] = [];
  for (const f of frameworks) {
    for (const c of f.controls) {
      if (c.checks.includes(checkId))
        tags.push({ framework: f.id, label: `${frameworkLabel(f)} ${c.id}`, control: c.id, basis: c.basis });
    }
  }
  return tags;
}

/** A control's status: the worst real finding among its checks (an accepted risk is still a finding). */
export type ControlStatus = 'met' | 'partly_met' | 'not_met' | 'not_assessed' | 'not_applicable';

export function controlStatus(
  statuses: ReadonlyArray<{ status: Status; realStatus: Status }>,
): ControlStatus {
  const real = statuses.map((s) => s.realStatus);
  if (real.length === 0) return 'not_assessed';
  if (real.includes('fail')) return 'not_met';
  if (real.includes('warn')) return 'partly_met';
  if (real.includes('not_assessed')) return 'not_assessed';
  if (real.every((s) => s === 'not_applicable')) return 'not_applicable';
  return 'met';
}
