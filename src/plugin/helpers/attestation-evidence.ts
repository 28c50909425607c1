// Adds the attestation's date and evidence references to an attested decision, so a reader can
// find what the auditor relied on (SSPR-23 and SSPR-24 have nothing else to show).

import type { CheckOutcome } from '../../engine/types.js';
import type { Snapshot } from '../../snapshot/types.js';

export function withAttestationEvidence(outcome: CheckOutcome, s: Snapshot): CheckOutcome {
  if (outcome.kind !== 'decision' || outcome.source !== 'attested' || !s.attestation) return outcome;
  const refs = s.attestation.evidence ?? [];
  return {
    ...outcome,
    evidence: {
      ...outcome.evidence,
      facts: [
        ...outcome.evidence.facts,
        { label: 'Attested on', value: s.attestation.attestedAt },
        { label: 'Evidence references', value: refs.length > 0 ? refs.join(', ') : 'none given' },
      ],
    },
  };
}
