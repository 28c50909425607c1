// results.json: the canonical output other tools consume (schema: schemas/results.schema.json).

import type { Cloud, CollectionStatus } from '../snapshot/types.js';
import type {
  ChecklistItemId,
  EvidenceSource,
  Evidence,
  Reason,
  Remediation,
  Severity,
  Status,
  TroubleshootingId,
} from '../engine/types.js';
import type { ManagementResponse } from '../inputs/responses.js';
import type { ControlStatus, FrameworkTag } from './frameworks.js';
import type { PopulationBridge } from './population.js';
import type { RoadmapStep } from './roadmap.js';

export const RESULTS_SCHEMA_VERSION = '1.0';

export type ExceptionState = 'live' | 'lapsed' | 'unused';

export interface CheckException {
  reason: string;
  owner: string;
  expires: string;
  state: ExceptionState;
}

export interface CheckResult {
  id: string;
  title: string;
  severity: Severity;
  checklistItem: ChecklistItemId;
  status: Status;
  /** The status the check decided before an exception was applied. */
  realStatus: Exclude<Status, 'accepted_risk'>;
  source: EvidenceSource;
  reason?: Reason;
  missingPermission?: string;
  message: string;
  observed: string;
  expected: string;
  evidence: Evidence;
  remediation: Remediation & { troubleshooting: TroubleshootingId[] };
  exception?: CheckException;
  /** Framework controls this check supports (frameworks/*.json). */
  frameworks?: FrameworkTag[];
  /** What the baseline in force says about this check. */
  baseline?: {
    scored: boolean;
    level?: 'L1' | 'L2';
    /** The baseline accepted the observed value: the check's own verdict, and why it changed. */
    accepted?: { checkStatus: Status; why: string };
  };
  /** The management response from --responses. */
  response?: ManagementResponse;
  /** The plugin pack the check comes from (absent for the built-in checks). */
  pack?: string;
  /** false when the check's pack does not count towards the score. */
  scored?: false;
}

export interface ScoreSummary {
  value: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
  coverage: number;
  gradeCapped: boolean;
}

/** A check pack that took part in the run (the built-ins first), with the SHA-256 of its entry file. */
export interface ResultsPack {
  name: string;
  version: string;
  apiVersion: number;
  builtIn: boolean;
  scores: boolean;
  sha256: string;
  checks: string[];
}

export interface FailureReasonCount {
  reason: string;
  count: number;
  troubleshooting: TroubleshootingId[];
}

export interface Metrics {
  registration: {
    /** Members allowed to use SSPR by policy. */
    enabled: number;
    /** Of those, members registered for SSPR. */
    registered: number;
    /** Members both enabled and registered (isSsprCapable). */
    capable: number;
    /** registered / enabled, in [0, 1]; null when nobody is enabled or the report was unavailable. */
    coverage: number | null;
    /** Members by number of SSPR-usable methods registered. */
    methodCounts?: Record<string, number>;
    /** Members holding each SSPR-usable method. */
    byMethod?: Record<string, number>;
    source: 'userRegistrationDetails' | 'none';
  };
  resets: {
    attempts: number;
    succeeded: number;
    /** succeeded / attempts, in [0, 1]; null without attempts. */
    successRate: number | null;
    topFailureReasons: FailureReasonCount[];
    byMethod: Record<string, { attempts: number; succeeded: number }>;
    unlocks: number;
    source: 'userEventsSummary' | 'directoryAudits' | 'none';
  };
  window: { from: string; to: string };
}

export interface Results {
  schemaVersion: string;
  tool: { name: string; version: string };
  tenant: { id: string; displayName: string; cloud: Cloud };
  startedAt: string;
  finishedAt: string;
  /** The scan time the checks measured windows and ages from. */
  scanTime: string;
  /** The score with accepted risks applied (left out of the score, as CHECKS.md defines it). */
  score: ScoreSummary;
  /** The score counting every accepted risk as its real finding: an accepted risk never silently lifts a grade. */
  scoreWithoutAcceptedRisks?: ScoreSummary;
  counts: Record<Status, number>;
  checks: CheckResult[];
  metrics: Metrics;
  collection: Array<{
    source: string;
    status: CollectionStatus;
    endpoint: string;
    permission?: string;
    error?: string;
    /** Graph API version (v1.0, beta), or the portal / an export. */
    apiVersion?: string;
    fetchedAt?: string;
    rows?: number;
    pages?: number;
  }>;
  /** SHA-256 of snapshot.json as written beside this file (results.json cannot carry its own hash: see manifest.json). */
  snapshotSha256?: string;
  baseline?: {
    id: string;
    name: string;
    version: string;
    source: string;
    checked: string;
    description: string;
    plugins?: string[];
  };
  population?: PopulationBridge;
  roadmap?: RoadmapStep[];
  frameworks?: Array<{
    id: string;
    name: string;
    version: string;
    source: string;
    checked: string;
    controls: Array<{
      id: string;
      title: string;
      level?: 'L1' | 'L2';
      basis: 'sourced' | 'judgement';
      checks: string[];
      status: ControlStatus;
    }>;
  }>;
  /** Thresholds and options in force for each check that has any. */
  options: Record<string, object>;
  attestation?: {
    attestedBy: string;
    attestedAt: string;
    evidence: string[];
    /** Per attested setting, its own evidence references. */
    settingEvidence?: Record<string, string[]>;
    file?: string;
  } | null;
  /** Every check pack in the run (the built-ins first). */
  packs?: ResultsPack[];
  /** Exceptions that named no check result to apply to are an input error, so every entry here matched. */
  profile?: {
    collectedBy?: { appId?: string; account?: string; auth?: string };
    informational: Array<{ label: string; value: string; note: string }>;
  };
}
