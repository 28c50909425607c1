// The guide's Verification Checklist, item by item, with each item's checks and a rolled-up status.

import type { ChecklistItem } from '../../../checks/checklist.js';
import type { Status } from '../../engine/types.js';
import type { CheckResult } from '../../results/types.js';
import { checkAnchor } from './check-section.js';
import { NO_STATUS_BADGE, statusBadge, type StatusBadge } from './labels.js';

export interface ChecklistRowView {
  number: number;
  text: string;
  from: string;
  status: StatusBadge;
  checks: Array<{ id: string; anchor: string; title: string; status: StatusBadge }>;
}

/** The worst status first: an item is only as good as its weakest check. */
const ROLL_UP_ORDER: readonly Status[] = [
  'fail',
  'warn',
  'not_assessed',
  'accepted_risk',
  'pass',
  'not_applicable',
];

export function rollUp(statuses: readonly Status[]): Status | undefined {
  return ROLL_UP_ORDER.find((s) => statuses.includes(s));
}

export function checklistRows(
  items: readonly ChecklistItem[],
  checks: readonly CheckResult[],
): ChecklistRowView[] {
  return items.map((item, i) => {
    const mine = checks.filter((c) => c.checklistItem === item.id);
    const status = rollUp(mine.map((c) => c.status));
    return {
      number: i + 1,
      text: item.text,
      from: item.from,
      status: status ? statusBadge(status) : NO_STATUS_BADGE,
      checks: mine.map((c) => ({
        id: c.id,
        anchor: checkAnchor(c.id),
        title: c.title,
        status: statusBadge(c.status),
      })),
    };
  });
}
