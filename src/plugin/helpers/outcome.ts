// Builders for check outcomes, so check files state only their verdict logic.

import type {
  AffectedObjects,
  Cell,
  Decision,
  Disagreement,
  EvidenceSource,
  Reason,
  TroubleshootingId,
  Undecided,
  Verdict,
} from '../../engine/types.js';
import type { SourceName } from '../../snapshot/types.js';

export interface DecisionParts {
  message: string;
  observed: string;
  expected: string;
  facts?: Array<{ label: string; value: Cell }>;
  affected?: AffectedObjects;
  disagreements?: Disagreement[];
  troubleshooting?: TroubleshootingId[];
}

export function decide(status: Verdict, source: EvidenceSource, parts: DecisionParts): Decision {
  return {
    kind: 'decision',
    status,
    source,
    message: parts.message,
    observed: parts.observed,
    expected: parts.expected,
    evidence: {
      facts: parts.facts ?? [],
      ...(parts.affected ? { affected: parts.affected } : {}),
      ...(parts.disagreements?.length ? { disagreements: parts.disagreements } : {}),
    },
    ...(parts.troubleshooting ? { troubleshooting: parts.troubleshooting } : {}),
  };
}

export function notApplicable(reason: Reason, source: EvidenceSource, parts: DecisionParts): Decision {
  return { ...decide('pass', source, parts), status: 'not_applicable', reason };
}

export function undecided(
  fallback: Reason,
  message: string,
  extra: {
    consulted?: SourceName[];
    observed?: string;
    facts?: Array<{ label: string; value: Cell }>;
    disagreements?: Disagreement[];
  } = {},
): Undecided {
  return {
    kind: 'undecided',
    fallback,
    message,
    ...(extra.consulted ? { consulted: extra.consulted } : {}),
    ...(extra.observed ? { observed: extra.observed } : {}),
    ...(extra.facts || extra.disagreements
      ? {
          evidence: {
            facts: extra.facts ?? [],
            ...(extra.disagreements ? { disagreements: extra.disagreements } : {}),
          },
        }
      : {}),
  };
}

/** A not_assessed that carries another check's reason (SSPR-02 reading SSPR-01, …). */
export function inheritNotAssessed(
  from: { id: string; reason?: Reason; missingPermission?: string },
  message: string,
): Undecided {
  return {
    kind: 'undecided',
    fallback: from.reason ?? 'collection_error',
    inherited: {
      reason: from.reason ?? 'collection_error',
      ...(from.missingPermission ? { permission: from.missingPermission } : {}),
      detail: `${from.id} was not assessed (${from.reason ?? 'unknown reason'})`,
    },
    message,
  };
}

export const pct = (fraction: number): string => `${(Math.floor(fraction * 1000) / 10).toFixed(1)}%`;
