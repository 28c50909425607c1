// Drift between two scans of one tenant: checks whose real status got worse or better (pass > warn >
// fail), and, reported apart, coverage changes (a check entering or leaving not_assessed /
// not_applicable, or appearing / disappearing between tool versions).
// The real status (before an accepted-risk exception) is compared, so an exception neither hides a
// regression nor counts as an improvement.

import type { Severity, Status } from '../engine/types.js';
import type { Results } from '../results/types.js';

/** Higher is better; statuses outside the order are coverage states. */
export const STATUS_RANK: Partial<Record<Status, number>> = { pass: 3, warn: 2, fail: 1 };

export interface StatusChange {
  checkId: string;
  title: string;
  severity: Severity;
  /** null: the check did not exist in that scan. */
  from: Status | null;
  to: Status | null;
}

export interface Drift {
  /** When the scan compared against finished; undefined for a tenant's first scan. */
  previousScanAt?: string;
  worse: StatusChange[];
  better: StatusChange[];
  coverage: StatusChange[];
  /** current score − previous score, or null without a previous scan. */
  scoreDelta: number | null;
}

export const NO_DRIFT: Drift = Object.freeze({
  worse: [],
  better: [],
  coverage: [],
  scoreDelta: null,
}) as Drift;

/** True when something got worse. */
export const hasRegression = (drift: Drift): boolean => drift.worse.length > 0;

export function computeDrift(previous: Results | undefined, current: Results): Drift {
  if (!previous) return { worse: [], better: [], coverage: [], scoreDelta: null };
  const before = new Map(previous.checks.map((c) => [c.id, c]));
  const drift: Drift = {
    previousScanAt: previous.finishedAt,
    worse: [],
    better: [],
    coverage: [],
    scoreDelta: current.score.value - previous.score.value,
  };
  for (const check of current.checks) {
    const old = before.get(check.id);
    before.delete(check.id);
    const change: StatusChange = {
      checkId: check.id,
      title: check.title,
      severity: check.severity,
      from: old?.realStatus ?? null,
      to: check.realStatus,
    };
    if (change.from === change.to) continue;
    const from = change.from === null ? undefined : STATUS_RANK[change.from];
    const to = STATUS_RANK[check.realStatus];
    if (from === undefined || to === undefined) drift.coverage.push(change);
    else (to < from ? drift.worse : drift.better).push(change);
  }
  for (const gone of before.values()) {
    drift.coverage.push({
      checkId: gone.id,
      title: gone.title,
      severity: gone.severity,
      from: gone.realStatus,
      to: null,
    });
  }
  return drift;
}

/** "SSPR-06 pass → fail" for logs and messages. */
export function describeChange(change: StatusChange): string {
  return `${change.checkId} ${change.from ?? 'absent'} → ${change.to ?? 'absent'}`;
}
