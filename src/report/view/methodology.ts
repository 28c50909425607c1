// Methodology and limitations: how verdicts are reached, which sources win, what is never scored,
// the tenant profile facts, and the thresholds in force for this scan.

import { EVIDENCE_SOURCES, SEVERITY_WEIGHT, SEVERITIES } from '../../engine/types.js';
import type { Results } from '../../results/types.js';
import { formatDate } from './format.js';
import { SEVERITY_WORDS, SOURCE_EXPLANATIONS, SOURCE_WORDS } from './labels.js';

export interface MethodologyView {
  precedence: Array<{ rank: number; source: string; explanation: string; checksDecided: number }>;
  otherSources: Array<{ source: string; explanation: string; checksDecided: number }>;
  scoring: string[];
  weights: Array<{ severity: string; weight: number }>;
  limitations: string[];
  profile: Array<{ label: string; value: string; note: string }>;
  thresholds: Array<{ check: string; settings: string }>;
  /** The check packs that produced the verdicts: name, version, scored or not, SHA-256 of the entry file. */
  packs: Array<{
    name: string;
    version: string;
    origin: string;
    scored: string;
    checks: string;
    sha256: string;
  }>;
}

const PRECEDENCE = ['portal', 'attested', 'graph', 'inferred'] as const;

export function methodology(results: Results): MethodologyView {
  const decided = (source: string) => results.checks.filter((c) => c.source === source).length;
  const portalChecks = decided('portal');
  const { from, to } = results.metrics.window;
  return {
    precedence: PRECEDENCE.map((s, i) => ({
      rank: i + 1,
      source: SOURCE_WORDS[s],
      explanation: SOURCE_EXPLANATIONS[s],
      checksDecided: decided(s),
    })),
    otherSources: EVIDENCE_SOURCES.filter((s) => !(PRECEDENCE as readonly string[]).includes(s)).map((s) => ({
      source: SOURCE_WORDS[s],
      explanation: SOURCE_EXPLANATIONS[s],
      checksDecided: decided(s),
    })),
    scoring: [
      'Each check is decided from the highest-precedence source that holds a value: portal, then attested, then Graph, then inferred. When sources disagree, the higher one decides and the disagreement is printed with the check.',
      'Score = 100 × Σ(weight × credit) ÷ Σ(weight) over the checks that passed (credit 1), warned (0.5) or failed (0). Not applicable, not assessed and accepted-risk checks are left out of the score.',
      'Coverage = weight of the scored checks ÷ weight of every check that applies; not assessed checks and accepted risks lower it.',
      'Grade: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, otherwise F. Any critical fail caps the grade at D.',
      'A missing permission, licence or API is never a pass and never a fail: the check is reported as not assessed, with the way to close the gap.',
    ],
    weights: SEVERITIES.map((s) => ({ severity: SEVERITY_WORDS[s], weight: SEVERITY_WEIGHT[s] })),
    limitations: [
      `The Entra portal backend (the API behind Entra ID > Password reset in the admin center) is undocumented: Microsoft may change it without notice, and it can only be read with a delegated sign-in (--portal) or from a saved export. ${
        portalChecks > 0
          ? `This scan used it to decide ${portalChecks} check${portalChecks === 1 ? '' : 's'}.`
          : 'This scan did not use it; those settings were attested, inferred, or are not assessed.'
      }`,
      `Activity (registrations, resets, unlocks) covers ${formatDate(from)} – ${formatDate(to)}. Microsoft's audit logs and authentication-methods activity reports are not real time: the most recent events may not yet appear, and the beta reports may change.`,
      'Inferred verdicts rest on per-user signals Microsoft computes (isSsprEnabled, isSsprRegistered, methodsRegistered). They show what users experience, not the setting itself.',
      'Attested values are the statement of the person who signed the attestation; the scan records them and their evidence but cannot verify them.',
      'Never scored: authorizationPolicy.allowedToUseSSPR governs administrators only and is not the user SSPR setting; Secure Score, the Entra recommendation and the administrator two-gate policy are shown as context only.',
      'A configuration scan shows the tenant at one moment. It does not test a reset end to end; a pilot reset by a real user remains the final proof.',
    ],
    profile: (results.profile?.informational ?? []).map((f) => ({
      label: f.label,
      value: f.value,
      note: f.note,
    })),
    thresholds: Object.entries(results.options ?? {}).map(([check, settings]) => ({
      check,
      settings: Object.entries(settings)
        .map(([k, v]) => `${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join('; '),
    })),
    packs: (results.packs ?? []).map((p) => ({
      name: p.name,
      version: p.version,
      origin: p.builtIn ? 'built in' : 'plugin',
      scored: p.scores ? 'yes' : 'no',
      checks:
        p.checks.length > 4
          ? `${p.checks[0]} – ${p.checks[p.checks.length - 1]} (${p.checks.length})`
          : p.checks.join(', '),
      sha256: p.sha256,
    })),
  };
}
