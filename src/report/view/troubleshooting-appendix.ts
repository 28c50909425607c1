// The troubleshooting appendix: TS-01 … TS-06 with links back to the checks (and reset failure
// reasons) that cite them.

import { currentNavigation } from './audit.js';
import type { TroubleshootingEntry } from '../../../checks/troubleshooting.js';
import type { Results } from '../../results/types.js';
import { checkAnchor, troubleshootingAnchor } from './check-section.js';
import { statusBadge, type StatusBadge } from './labels.js';

export interface TroubleshootingView {
  id: string;
  anchor: string;
  symptom: string;
  context: string;
  causes: string[];
  fixes: string[];
  citedBy: Array<{ id: string; anchor: string; title: string; status: StatusBadge }>;
  failureReasons: string[];
  /** True when a failing or warning check cites it: the entry bears on this tenant now. */
  relevant: boolean;
}

export function troubleshootingAppendix(
  entries: readonly TroubleshootingEntry[],
  results: Results,
): TroubleshootingView[] {
  return entries.map((entry) => {
    const citing = results.checks.filter((c) => c.remediation.troubleshooting.includes(entry.id));
    return {
      id: entry.id,
      anchor: troubleshootingAnchor(entry.id),
      symptom: entry.symptom,
      context: entry.context,
      causes: entry.causes,
      // Admin center paths as Microsoft Learn shows them today (data/entra-admin-center.json).
      fixes: entry.fixes.map(currentNavigation),
      citedBy: citing.map((c) => ({
        id: c.id,
        anchor: checkAnchor(c.id),
        title: c.title,
        status: statusBadge(c.status),
      })),
      failureReasons: results.metrics.resets.topFailureReasons
        .filter((r) => r.troubleshooting.includes(entry.id))
        .map((r) => r.reason),
      relevant: citing.some((c) => c.status === 'fail' || c.status === 'warn'),
    };
  });
}
