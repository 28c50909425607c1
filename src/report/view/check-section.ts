// One check's section of the report: verdict, evidence, affected objects (capped), remediation,
// troubleshooting links, exception, and for a gap the reason and how to close it.

import type { CheckMeta, Severity } from '../../engine/types.js';
import type { CheckResult, Results } from '../../results/types.js';
import type { TroubleshootingEntry } from '../../../checks/troubleshooting.js';
import { formatCell, formatCount, formatDate } from './format.js';
import { notApplicableGap, notAssessedGap, type GapView } from './how-to-close.js';
import {
  humanise,
  SEVERITY_WORDS,
  SOURCE_EXPLANATIONS,
  SOURCE_WORDS,
  statusBadge,
  type StatusBadge,
} from './labels.js';

/** Rows of an affected-objects table printed in the report; the CSV has every row. */
export const AFFECTED_ROWS_SHOWN = 25;
export const AFFECTED_CSV = 'results-affected.csv';

export interface TroubleshootingLinkView {
  id: string;
  anchor: string;
  symptom: string;
}

export interface AffectedTableView {
  title: string;
  kind: string;
  columns: string[];
  rows: string[][];
  total: string;
  shownCount: number;
  /** "37 more in results-affected.csv", or null when every row is shown. */
  moreNote: string | null;
}

export interface ExceptionView {
  state: 'live' | 'lapsed' | 'unused';
  stateLabel: string;
  note: string;
  owner: string;
  expires: string;
  reason: string;
}

export interface CheckSectionView {
  id: string;
  anchor: string;
  title: string;
  severity: { key: Severity; label: string };
  status: StatusBadge;
  /** The verdict behind an accepted risk or a lapsed exception; null when it equals the status. */
  realStatus: StatusBadge | null;
  source: { key: string; label: string; explanation: string };
  checklistText: string | null;
  description: string | null;
  message: string;
  expected: string;
  observed: string;
  facts: Array<{ label: string; value: string }>;
  disagreements: Array<{ source: string; says: string; detail: string }>;
  affected: AffectedTableView | null;
  remediation: {
    summary: string;
    steps: string[];
    graph: string | null;
    powershell: string | null;
    reference: string | null;
  } | null;
  troubleshooting: TroubleshootingLinkView[];
  exception: ExceptionView | null;
  notAssessed: GapView | null;
  notApplicable: GapView | null;
  thresholds: Array<{ name: string; value: string }>;
}

export const checkAnchor = (id: string): string => `check-${id.toLowerCase()}`;
export const troubleshootingAnchor = (id: string): string => id.toLowerCase();

const EXCEPTION_STATE: Record<ExceptionView['state'], { label: string; note: (expires: string) => string }> =
  {
    live: {
      label: 'Live',
      note: (e) => `Accepted until the end of ${e} (UTC); the check is left out of the score until then.`,
    },
    lapsed: {
      label: 'Lapsed',
      note: (e) =>
        `The exception expired at the end of ${e}; the real status stands and counts in the score.`,
    },
    unused: {
      label: 'Unused',
      note: () => 'The check did not warn or fail, so the exception has nothing to cover and can be removed.',
    },
  };

function affectedTable(check: CheckResult): AffectedTableView | null {
  const a = check.evidence.affected;
  if (!a || a.rows.length === 0) return null;
  const shown = a.rows.slice(0, AFFECTED_ROWS_SHOWN);
  const more = a.rows.length - shown.length;
  return {
    title: a.title,
    kind: a.kind,
    columns: a.columns.map(humanise),
    rows: shown.map((row) => a.columns.map((c) => formatCell(row[c]))),
    total: formatCount(a.rows.length),
    shownCount: shown.length,
    moreNote:
      more > 0
        ? `${formatCount(more)} more in ${AFFECTED_CSV} (${formatCount(a.rows.length)} in all).`
        : null,
  };
}

function optionValue(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function checkSection(
  check: CheckResult,
  results: Results,
  meta: CheckMeta<object> | undefined,
  troubleshootingOf: (id: string) => TroubleshootingEntry | undefined,
  checklistText: string | null,
  titleOf: (id: string) => string,
): CheckSectionView {
  const problem = check.status === 'fail' || check.status === 'warn' || check.status === 'accepted_risk';
  const ex = check.exception;
  return {
    id: check.id,
    anchor: checkAnchor(check.id),
    title: check.title,
    severity: { key: check.severity, label: SEVERITY_WORDS[check.severity] },
    status: statusBadge(check.status),
    realStatus: check.realStatus !== check.status ? statusBadge(check.realStatus) : null,
    source: {
      key: check.source,
      label: SOURCE_WORDS[check.source],
      explanation: SOURCE_EXPLANATIONS[check.source],
    },
    checklistText,
    description: meta?.description ?? null,
    message: check.message,
    expected: check.expected,
    observed: check.observed,
    facts: check.evidence.facts.map((f) => ({ label: f.label, value: formatCell(f.value) })),
    disagreements: (check.evidence.disagreements ?? []).map((d) => ({
      source: SOURCE_WORDS[d.source] ?? d.source,
      says: d.says,
      detail: d.detail,
    })),
    affected: affectedTable(check),
    remediation: problem
      ? {
          summary: check.remediation.summary,
          steps: check.remediation.steps,
          graph: check.remediation.graph ?? null,
          powershell: check.remediation.powershell ?? null,
          reference: check.remediation.reference ?? null,
        }
      : null,
    troubleshooting: check.remediation.troubleshooting.map((id) => ({
      id,
      anchor: troubleshootingAnchor(id),
      symptom: troubleshootingOf(id)?.symptom ?? id,
    })),
    exception: ex
      ? {
          state: ex.state,
          stateLabel: EXCEPTION_STATE[ex.state].label,
          note: EXCEPTION_STATE[ex.state].note(formatDate(ex.expires)),
          owner: ex.owner,
          expires: formatDate(ex.expires),
          reason: ex.reason,
        }
      : null,
    notAssessed: check.status === 'not_assessed' ? notAssessedGap(check, results, meta) : null,
    notApplicable: check.status === 'not_applicable' ? notApplicableGap(check, results, meta, titleOf) : null,
    thresholds: Object.entries(results.options?.[check.id] ?? {}).map(([name, value]) => ({
      name,
      value: optionValue(value),
    })),
  };
}
