// The attestation and exceptions registers: who attested what, on which evidence, and every
// accepted risk with its owner, expiry and state.

import { basename } from 'node:path';
import type { CheckResult, Results } from '../../results/types.js';
import type { Snapshot } from '../../snapshot/types.js';
import { attestationKeyFor } from './audit.js';
import { checkAnchor } from './check-section.js';
import { formatDate } from './format.js';
import { statusBadge, type StatusBadge } from './labels.js';

export interface AttestationView {
  attestedBy: string;
  attestedAt: string;
  file: string | null;
  evidence: string[];
  settings: Array<{ key: string; value: string }>;
  /** Checks whose verdict came from the attestation. */
  decided: Array<{
    id: string;
    anchor: string;
    title: string;
    status: StatusBadge;
    setting: string;
    evidence: string;
  }>;
}

export interface ExceptionRowView {
  id: string;
  anchor: string;
  title: string;
  state: string;
  stateKey: string;
  realStatus: StatusBadge;
  reportedStatus: StatusBadge;
  owner: string;
  expires: string;
  reason: string;
}

export function attestationRegister(results: Results, snapshot: Snapshot): AttestationView | null {
  const a = results.attestation;
  if (!a) return null;
  const settings = snapshot.attestation?.settings ?? {};
  return {
    attestedBy: a.attestedBy,
    attestedAt: formatDate(a.attestedAt),
    // The file name only: the signer's local folders have no place in a client's report.
    file: a.file ? basename(a.file) : null,
    evidence: a.evidence,
    // As written in the file (true/false, numbers), since the register quotes the signed answers.
    settings: Object.entries(settings).map(([key, value]) => ({ key, value: String(value) })),
    decided: results.checks
      .filter((c) => c.source === 'attested')
      .map((c) => {
        const key = attestationKeyFor(c.id);
        const own = key ? a.settingEvidence?.[key] : undefined;
        return {
          id: c.id,
          anchor: checkAnchor(c.id),
          title: c.title,
          status: statusBadge(c.status),
          setting: key ?? '–',
          evidence: own?.length
            ? `${own.join('; ')} (attested by ${a.attestedBy} on ${formatDate(a.attestedAt)}; files are hashed in manifest.json)`
            : a.evidence.length
              ? `No evidence for this setting itself; the attestation as a whole cites ${a.evidence.join('; ')}.`
              : "No evidence referenced: this verdict rests on the signer's word alone.",
        };
      }),
  };
}

const STATE_WORDS = { live: 'Live', lapsed: 'Lapsed', unused: 'Unused' } as const;

export function exceptionsRegister(checks: readonly CheckResult[]): ExceptionRowView[] {
  return checks
    .filter(
      (c): c is CheckResult & { exception: NonNullable<CheckResult['exception']> } =>
        c.exception !== undefined,
    )
    .map((c) => ({
      id: c.id,
      anchor: checkAnchor(c.id),
      title: c.title,
      state: STATE_WORDS[c.exception.state],
      stateKey: c.exception.state,
      realStatus: statusBadge(c.realStatus),
      reportedStatus: statusBadge(c.status),
      owner: c.exception.owner,
      expires: formatDate(c.exception.expires),
      reason: c.exception.reason,
    }));
}
