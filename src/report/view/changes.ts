// Changes since the previous scan: per check, old → new status and whether that is better or worse.

import type { Status } from '../../engine/types.js';
import type { CheckResult, Results } from '../../results/types.js';
import { formatDateTime, formatScore } from './format.js';
import { statusBadge, type StatusBadge } from './labels.js';

export type ChangeDirection = 'better' | 'worse' | 'changed' | 'new' | 'removed';

export interface StatusChangeView {
  id: string;
  title: string;
  /** Anchor of the check's section; null for a check that is no longer in the results. */
  anchor: string | null;
  from: StatusBadge | null;
  to: StatusBadge | null;
  direction: ChangeDirection;
  directionLabel: string;
}

export interface ChangesView {
  previousScanDate: string;
  previousScore: string;
  currentScore: string;
  /** "+3.5", "−2.0" or "±0.0". */
  scoreDelta: string;
  scoreDirection: 'better' | 'worse' | 'same';
  previousGrade: string;
  currentGrade: string;
  items: StatusChangeView[];
  unchangedCount: number;
  hasChanges: boolean;
  worseCount: number;
  betterCount: number;
}

/** Decided outcomes in order of merit; other statuses have no better or worse. */
const MERIT: Partial<Record<Status, number>> = { fail: 0, warn: 1, pass: 2 };

/** The merit a check earned: an accepted risk counts as its real verdict. */
function merit(c: CheckResult): number | undefined {
  return MERIT[c.status === 'accepted_risk' ? c.realStatus : c.status];
}

export function directionOf(
  before: CheckResult,
  after: CheckResult,
): Exclude<ChangeDirection, 'new' | 'removed'> | 'same' {
  if (before.status === after.status && before.realStatus === after.realStatus) return 'same';
  const a = merit(before);
  const b = merit(after);
  if (a !== undefined && b !== undefined && a !== b) return b > a ? 'better' : 'worse';
  return 'changed';
}

const LABEL: Record<ChangeDirection, string> = {
  better: 'Better',
  worse: 'Worse',
  changed: 'Changed',
  new: 'New check',
  removed: 'No longer checked',
};

function changedLabel(before: CheckResult, after: CheckResult): string {
  if (after.status === 'not_assessed') return 'No longer assessed';
  if (before.status === 'not_assessed') return 'Now assessed';
  if (after.status === 'accepted_risk') return 'Risk accepted';
  if (before.status === 'accepted_risk') return 'Exception ended';
  return LABEL.changed;
}

const ORDER: Record<ChangeDirection, number> = { worse: 0, changed: 1, new: 2, removed: 3, better: 4 };

export function changesSince(
  previous: Results,
  current: Results,
  anchorOf: (id: string) => string,
): ChangesView {
  const before = new Map(previous.checks.map((c) => [c.id, c]));
  const items: StatusChangeView[] = [];
  let unchanged = 0;
  for (const now of current.checks) {
    const then = before.get(now.id);
    if (!then) {
      items.push({
        id: now.id,
        title: now.title,
        anchor: anchorOf(now.id),
        from: null,
        to: statusBadge(now.status),
        direction: 'new',
        directionLabel: LABEL.new,
      });
      continue;
    }
    const direction = directionOf(then, now);
    if (direction === 'same') {
      unchanged += 1;
      continue;
    }
    items.push({
      id: now.id,
      title: now.title,
      anchor: anchorOf(now.id),
      from: statusBadge(then.status),
      to: statusBadge(now.status),
      direction,
      directionLabel: direction === 'changed' ? changedLabel(then, now) : LABEL[direction],
    });
  }
  const currentIds = new Set(current.checks.map((c) => c.id));
  for (const gone of previous.checks.filter((c) => !currentIds.has(c.id))) {
    items.push({
      id: gone.id,
      title: gone.title,
      anchor: null,
      from: statusBadge(gone.status),
      to: null,
      direction: 'removed',
      directionLabel: LABEL.removed,
    });
  }
  items.sort((x, y) => ORDER[x.direction] - ORDER[y.direction] || x.id.localeCompare(y.id));

  const delta = Math.round(current.score.value * 10) / 10 - Math.round(previous.score.value * 10) / 10;
  return {
    previousScanDate: formatDateTime(previous.scanTime ?? previous.finishedAt),
    previousScore: formatScore(previous.score.value),
    currentScore: formatScore(current.score.value),
    scoreDelta: Math.abs(delta) < 0.05 ? '±0.0' : `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)}`,
    scoreDirection: Math.abs(delta) < 0.05 ? 'same' : delta > 0 ? 'better' : 'worse',
    previousGrade: previous.score.grade,
    currentGrade: current.score.grade,
    items,
    unchangedCount: unchanged,
    hasChanges: items.length > 0,
    worseCount: items.filter((i) => i.direction === 'worse').length,
    betterCount: items.filter((i) => i.direction === 'better').length,
  };
}
