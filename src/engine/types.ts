// The check contract: what a check declares, what it returns, and what the engine makes of it.

import type { Cloud, Snapshot, SourceName } from '../snapshot/types.js';

export const STATUSES = ['pass', 'warn', 'fail', 'not_applicable', 'not_assessed', 'accepted_risk'] as const;
export type Status = (typeof STATUSES)[number];

/** A status a check can decide by itself (the engine adds not_assessed reasons and accepted_risk). */
export type Verdict = 'pass' | 'warn' | 'fail';

export const EVIDENCE_SOURCES = ['graph', 'inferred', 'portal', 'attested', 'platform', 'none'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export const REASONS = [
  'missing_permission',
  'not_licensed',
  'no_public_api',
  'manual',
  'collection_error',
  'cloud_only',
  'scope_not_selected',
  'prerequisite_off',
  'no_population',
  'no_activity',
  'not_offered_in_cloud',
] as const;
export type Reason = (typeof REASONS)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_WEIGHT: Record<Severity, number> = { critical: 10, high: 6, medium: 3, low: 1 };

export type TroubleshootingId = 'TS-01' | 'TS-02' | 'TS-03' | 'TS-04' | 'TS-05' | 'TS-06';

/** A value shown in evidence tables and facts. */
export type Cell = string | number | boolean | null;

export interface AffectedObjects {
  /** What the rows are (users, phone numbers, role assignments, …). */
  kind: string;
  title: string;
  columns: string[];
  /** Every affected object (the report caps the table; the CSV has them all). */
  rows: Array<Record<string, Cell>>;
}

export interface Disagreement {
  /** The lower-precedence source that said otherwise. */
  source: EvidenceSource;
  says: string;
  detail: string;
}

export interface Evidence {
  facts: Array<{ label: string; value: Cell }>;
  affected?: AffectedObjects;
  disagreements?: Disagreement[];
}

/** What a check reports when it reached a decision. */
export interface Decision {
  kind: 'decision';
  status: Verdict | 'not_applicable';
  source: EvidenceSource;
  reason?: Reason;
  /** One sentence in plain words: what was found. */
  message: string;
  observed: string;
  expected: string;
  evidence: Evidence;
  /** Troubleshooting entries that explain this particular outcome (defaults to the check's own). */
  troubleshooting?: TroubleshootingId[];
}

/**
 * What a check reports when none of its sources decided. The engine turns it into `not_assessed`:
 * with the reason of the first failed source the check consulted, else with `fallback`.
 */
export interface Undecided {
  kind: 'undecided';
  fallback: Reason;
  /** Which sources were consulted, in precedence order (default: the check's declared sources). */
  consulted?: SourceName[];
  /** An explicit reason that overrides the source lookup (e.g. inherited from another check). */
  inherited?: { reason: Reason; permission?: string; detail?: string };
  message: string;
  observed?: string;
  evidence?: Evidence;
}

export type CheckOutcome = Decision | Undecided;

export interface Remediation {
  summary: string;
  /** Portal path and clicks, in order. */
  steps: string[];
  /** A Microsoft Graph call or PowerShell command that does it, where one exists. */
  graph?: string;
  powershell?: string;
  /** A Microsoft Learn page. */
  reference?: string;
}

export interface DataSourceMeta {
  /** The snapshot section, or a non-collected input. */
  source: SourceName | 'attestation' | 'platform';
  /** The application permission needed to read it (Graph), or how it is obtained. */
  permission?: string;
  /** What the check reads there, in words. */
  reads: string;
}

export interface CheckMeta<O extends object> {
  id: string;
  title: string;
  severity: Severity;
  /** The guide's Verification Checklist item (or prerequisite / metric) this check implements. */
  checklistItem: ChecklistItemId;
  description: string;
  /** Where the deciding value is read, in precedence order. */
  dataSources: DataSourceMeta[];
  /** The snapshot sections whose failure can leave this check not assessed, in precedence order. */
  sources: SourceName[];
  /** Checks whose real decision this one reads. */
  dependsOn?: string[];
  expected: string;
  remediation: Remediation;
  troubleshooting: TroubleshootingId[];
  defaultOptions: O;
}

export interface EvalContext {
  /** Scan time. Every window and age is measured from it. */
  now: Date;
  cloud: Cloud;
  /** The real (pre-exception) results of the checks this one depends on. */
  decisionOf(checkId: string): CheckResultCore;
}

export interface CheckDefinition<O extends object = object> {
  meta: CheckMeta<O>;
  evaluate(snapshot: Snapshot, options: O, ctx: EvalContext): CheckOutcome;
}

/** The engine's result for one check before exceptions and report metadata are applied. */
export interface CheckResultCore {
  id: string;
  status: Exclude<Status, 'accepted_risk'>;
  source: EvidenceSource;
  reason?: Reason;
  /** The permission that would let the check be assessed. */
  missingPermission?: string;
  message: string;
  observed: string;
  expected: string;
  evidence: Evidence;
  troubleshooting: TroubleshootingId[];
}

export const CHECKLIST_ITEMS = [
  'prereq-licence',
  'prereq-roles',
  'enabled',
  'methods-required',
  'methods-enabled',
  'security-questions',
  'notify-users',
  'notify-admins',
  'combined-registration',
  'registration',
  'writeback',
  'users-notified',
  'helpdesk-prepared',
  'usage-monitoring',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];
