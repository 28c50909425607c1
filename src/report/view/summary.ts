// The executive summary: score, grade (and why it is capped), coverage, counts by status, the top
// risks in plain words, the gaps in coverage, and changes since the previous scan.

import { SEVERITY_WEIGHT, STATUSES, type Status } from '../../engine/types.js';
import type { CheckResult, Results } from '../../results/types.js';
import { changesSince, type ChangesView } from './changes.js';
import { checkAnchor } from './check-section.js';
import { formatPercent, formatScore } from './format.js';
import { REASON_WORDS, SEVERITY_WORDS, STATUS_MEANINGS, statusBadge, type StatusBadge } from './labels.js';

/** Risks named on the summary page; the rest are counted and listed in the checklist. */
export const TOP_RISKS_SHOWN = 8;

export interface RiskView {
  id: string;
  anchor: string;
  title: string;
  severity: string;
  status: StatusBadge;
  /** The finding in plain words. */
  sentence: string;
}

export interface SummaryView {
  score: string;
  grade: string;
  gradeNote: string | null;
  coverage: string;
  coverageNote: string;
  headline: string;
  counts: Array<{ badge: StatusBadge; meaning: string; count: number }>;
  totalChecks: number;
  topRisks: RiskView[];
  moreRisks: number;
  noRisks: boolean;
  gaps: Array<{ id: string; anchor: string; title: string; reason: string }>;
  acceptedRisks: number;
  changes: ChangesView | null;
}

const STATUS_ORDER: Record<Status, number> = {
  fail: 0,
  warn: 1,
  accepted_risk: 2,
  not_assessed: 3,
  pass: 4,
  not_applicable: 5,
};

/** Fails and warnings, most serious first: severity, then fail before warn, then ID. */
export function rankRisks(checks: readonly CheckResult[]): CheckResult[] {
  return checks
    .filter((c) => c.status === 'fail' || c.status === 'warn')
    .sort(
      (a, b) =>
        SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity] ||
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        a.id.localeCompare(b.id),
    );
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summary(results: Results, previous: Results | undefined): SummaryView {
  const { checks, counts } = results;
  const risks = rankRisks(checks);
  const criticalFails = checks
    .filter((c) => c.status === 'fail' && c.severity === 'critical')
    .map((c) => c.id);
  const scored = counts.pass + counts.warn + counts.fail;
  const gaps = checks.filter((c) => c.status === 'not_assessed');

  const headline =
    scored === 0
      ? `No check could be scored for ${results.tenant.displayName}: see the gaps below.`
      : `${results.tenant.displayName} scores ${formatScore(results.score.value)} out of 100 (grade ${results.score.grade}) on ${plural(scored, 'scored check')}: ` +
        `${plural(counts.fail, 'fail')}, ${plural(counts.warn, 'warning')} and ${counts.pass} passed.`;

  return {
    score: formatScore(results.score.value),
    grade: results.score.grade,
    gradeNote: results.score.gradeCapped
      ? `Capped at ${results.score.grade} by a critical fail (${criticalFails.join(', ') || 'a critical check'}); the score alone would earn a better grade.`
      : null,
    coverage: formatPercent(results.score.coverage, 0),
    coverageNote:
      'Share of the applicable checks (weighted by severity) that were scored; not assessed checks and accepted risks lower it.',
    headline,
    counts: STATUSES.map((s) => ({ badge: statusBadge(s), meaning: STATUS_MEANINGS[s], count: counts[s] })),
    totalChecks: checks.length,
    topRisks: risks.slice(0, TOP_RISKS_SHOWN).map((c) => ({
      id: c.id,
      anchor: checkAnchor(c.id),
      title: c.title,
      severity: SEVERITY_WORDS[c.severity],
      status: statusBadge(c.status),
      sentence: c.message,
    })),
    moreRisks: Math.max(0, risks.length - TOP_RISKS_SHOWN),
    noRisks: risks.length === 0,
    gaps: gaps.map((c) => ({
      id: c.id,
      anchor: checkAnchor(c.id),
      title: c.title,
      reason: c.reason ? REASON_WORDS[c.reason] : 'Unknown reason',
    })),
    acceptedRisks: counts.accepted_risk,
    changes: previous ? changesSince(previous, results, checkAnchor) : null,
  };
}
