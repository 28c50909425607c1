// Why a check was not assessed (or does not apply), and the concrete way to close the gap: the
// permission to grant, the sign-in to add, the attestation key to write. Built from the check's
// reason and the data sources its catalogue entry declares.

import type { CheckMeta, Reason } from '../../engine/types.js';
import type { CheckResult, Results } from '../../results/types.js';
import { CLOUD_WORDS, PORTAL_SOURCES, REASON_WORDS, sourceNameWords } from './labels.js';
import { formatDate } from './format.js';

export interface ClosingStep {
  text: string;
  /** A command, flag or file snippet shown in monospace after the text. */
  code: string | null;
}

export interface GapView {
  reasonLabel: string;
  /** Why, in one or two sentences. */
  explanation: string;
  /** What closes it, in order of preference; empty when there is nothing to do. */
  steps: ClosingStep[];
}

/** An example value per attestation key, so the snippet is one an auditor can copy and edit. */
const ATTESTATION_EXAMPLES: Record<string, string> = {
  enablement: 'all            # all | selected | none',
  selectedGroup: 'SSPR Pilot Users',
  methodsRequired: '2',
  securityQuestionsEnabled: 'false',
  notifyUsersOnReset: 'true',
  notifyAdminsOnAdminReset: 'true',
  requireRegistrationOnSignIn: 'true',
  reconfirmIntervalDays: '180',
  writebackEnabled: 'true',
  unlockWithoutReset: 'true',
  usersNotified: 'true',
  helpdeskPrepared: 'true',
};

const DELEGATED_AUTH = new Set(['device-code', 'azure-cli']);

/** The attestation keys a check reads (from `reads: 'settings.<key>'` in its data sources). */
export function attestationKeys(meta: CheckMeta<object> | undefined): string[] {
  return (meta?.dataSources ?? [])
    .filter((d) => d.source === 'attestation')
    .flatMap((d) => [...d.reads.matchAll(/settings\.(\w+)/g)].map((m) => m[1]));
}

function readsPortal(meta: CheckMeta<object> | undefined): boolean {
  return (meta?.dataSources ?? []).some((d) => PORTAL_SOURCES.has(d.source));
}

function attestationStep(keys: string[], lead: string): ClosingStep | null {
  if (keys.length === 0) return null;
  return {
    text: `${lead} add the value you verified under "settings:" in the attestation file (--attestation FILE), with the evidence you relied on:`,
    code: keys.map((k) => `${k}: ${ATTESTATION_EXAMPLES[k] ?? '<value>'}`).join('\n'),
  };
}

/** Steps that read a setting from the portal backend instead of Graph; `lead` opens the first. */
function portalSteps(lead: string): ClosingStep[] {
  return [
    {
      text: `${lead} scan with a delegated sign-in to the Entra portal backend (an account holding at least the Authentication Policy Administrator or Global Reader role):`,
      code: 'sspr-audit scan --tenant <tenant> --portal',
    },
    {
      text: "Or save the portal's PasswordResetPolicies JSON (browser developer tools on Entra ID > Password reset; only if neither --portal nor an attestation can be used) and pass it to the scan:",
      code: '--portal-export PasswordResetPolicies.json',
    },
  ];
}

/**
 * The first of the check's own sources (in precedence order) whose collection ended in one of
 * `statuses`; for a check the catalogue does not know, the first such source of the scan.
 */
function failedSource(results: Results, meta: CheckMeta<object> | undefined, statuses: string[]) {
  const failed = (c: Results['collection'][number]) => statuses.includes(c.status);
  if (!meta) return results.collection.find(failed);
  return meta.sources
    .map((name) => results.collection.find((c) => c.source === name))
    .find((c) => c !== undefined && failed(c));
}

/** The permission a not_assessed check needs: its own record, else its failed source's. */
export function neededPermission(
  check: CheckResult,
  results: Results,
  meta: CheckMeta<object> | undefined,
): string | undefined {
  return check.missingPermission ?? failedSource(results, meta, ['forbidden'])?.permission;
}

function grantSteps(permission: string | undefined, results: Results): ClosingStep[] {
  const by = results.profile?.collectedBy;
  const perm = permission ?? 'the permission named in the data collection table';
  if (by?.auth && DELEGATED_AUTH.has(by.auth)) {
    return [
      {
        text: `The scan signed in as ${by.account ?? 'a user'} (delegated). Consent to the delegated Microsoft Graph permission ${perm} for the sign-in app (an administrator can grant tenant-wide consent), and make sure the account holds a directory role that may read it; then scan again.`,
        code: null,
      },
    ];
  }
  const app = by?.appId ? ` (${by.appId})` : '';
  return [
    {
      text: `Grant the Microsoft Graph application permission ${perm} to the app registration used for the scan${app}: Entra admin center > App registrations > the app > API permissions > Add a permission > Microsoft Graph > Application permissions.`,
      code: null,
    },
    {
      text: 'Select "Grant admin consent" for the tenant (a permission without admin consent is not in the token), then scan again. The full list:',
      code: 'sspr-audit permissions',
    },
  ];
}

const MANUAL_FALLBACK: ClosingStep = {
  text: 'Verify the setting by hand in the Entra admin center and keep the evidence with the engagement file; the scan cannot read it here.',
  code: null,
};

/** The explanation and closing steps for a not_assessed check (never without a step). */
export function notAssessedGap(
  check: CheckResult,
  results: Results,
  meta: CheckMeta<object> | undefined,
): GapView {
  const gap = notAssessedExplanation(check, results, meta);
  return gap.steps.length > 0 ? gap : { ...gap, steps: [MANUAL_FALLBACK] };
}

function notAssessedExplanation(
  check: CheckResult,
  results: Results,
  meta: CheckMeta<object> | undefined,
): GapView {
  const reason: Reason = check.reason ?? 'collection_error';
  const keys = attestationKeys(meta);
  const portal = readsPortal(meta);
  /** The other ways to assess the check: the portal (when it reads it), then the attestation. */
  const alternatives = (lead: string): ClosingStep[] => {
    const attest = attestationStep(keys, portal ? 'Or' : lead);
    return [...(portal ? portalSteps(lead) : []), ...(attest ? [attest] : [])];
  };
  const base = { reasonLabel: REASON_WORDS[reason] };

  switch (reason) {
    case 'missing_permission': {
      const permission = neededPermission(check, results, meta);
      return {
        ...base,
        explanation: `The scan was not allowed to read the data this check needs${permission ? `: the ${permission} permission is missing` : ''}. A missing permission is never scored as a pass or a fail.`,
        steps: [...grantSteps(permission, results), ...alternatives('Alternatively,')],
      };
    }
    case 'not_licensed': {
      const src = failedSource(results, meta, ['not_licensed']);
      return {
        ...base,
        explanation: `${src ? `${sourceNameWords(src.source)} (${src.endpoint})` : 'A report this check reads'} needs a Microsoft Entra ID P1 or P2 licence, which the tenant does not hold.`,
        steps: [
          {
            text: 'Assign at least one Microsoft Entra ID P1 or P2 licence in the tenant (SSPR itself needs one), then scan again.',
            code: null,
          },
          ...alternatives('Until then,'),
        ],
      };
    }
    case 'no_public_api':
      return {
        ...base,
        explanation:
          'Microsoft Graph has no public API for this setting, and the public signals the scan read did not prove its value either way.',
        steps: alternatives('To close it,'),
      };
    case 'manual':
      return {
        ...base,
        explanation:
          "Only a person can confirm this: no API records it. It is assessed from the auditor's attestation.",
        steps: [
          attestationStep(keys, 'Confirm it with the organisation, then') ?? {
            text: 'Record the answer in the attestation file (--attestation FILE).',
            code: null,
          },
          {
            text: 'List the evidence (a dated announcement, a help-desk runbook) under "evidence:" in the same file; evidence files are hashed into manifest.json.',
            code: null,
          },
        ],
      };
    case 'collection_error': {
      const src = failedSource(results, meta, ['error']);
      return {
        ...base,
        explanation: src
          ? `Reading ${sourceNameWords(src.source)} (${src.endpoint}) failed${src.error ? `: ${src.error}` : ''}.`
          : `The data this check needs could not be read or evaluated: ${check.observed}.`,
        steps: [
          {
            text: 'Scan again: throttling (429) and service errors (5xx) are usually transient. If it persists, run with --verbose and keep the log for Microsoft support.',
            code: null,
          },
          ...alternatives('If the source stays unavailable,'),
        ],
      };
    }
    case 'not_offered_in_cloud':
      return {
        ...base,
        explanation: `Microsoft does not offer this data in the ${CLOUD_WORDS[results.tenant.cloud]} cloud.`,
        steps: alternatives('To assess it anyway,'),
      };
    case 'no_population':
      return {
        ...base,
        explanation:
          'There was nothing to infer the value from (for example no non-admin member in the registration report).',
        steps: alternatives('To assess it,'),
      };
    default:
      return {
        ...base,
        explanation: check.message,
        steps: alternatives('To assess it,'),
      };
  }
}

/** Why a check does not apply to this tenant (nothing to close, but the auditor must see why). */
export function notApplicableGap(
  check: CheckResult,
  results: Results,
  meta: CheckMeta<object> | undefined,
  titleOf: (id: string) => string,
): GapView {
  const reason: Reason = check.reason ?? 'no_population';
  const base = { reasonLabel: REASON_WORDS[reason], steps: [] as ClosingStep[] };
  switch (reason) {
    case 'cloud_only':
      return {
        ...base,
        explanation:
          'The tenant is cloud-only (no directory synchronisation), so on-premises password writeback does not apply.',
      };
    case 'scope_not_selected':
      return {
        ...base,
        explanation: 'SSPR is not limited to a selected group, so there is no pilot group to check.',
      };
    case 'prerequisite_off': {
      const deps = (meta?.dependsOn ?? []).map((id) => `${id} (${titleOf(id)})`);
      return {
        ...base,
        explanation: `A prerequisite is not met${deps.length ? `: ${deps.join(', ')}` : ''}. This check applies once it is.`,
      };
    }
    case 'no_population':
      return { ...base, explanation: 'There is no user or object in scope for this check.' };
    case 'no_activity':
      return {
        ...base,
        explanation: `There was no activity between ${formatDate(results.metrics.window.from)} and ${formatDate(results.metrics.window.to)}, so there is nothing to measure.`,
      };
    case 'not_offered_in_cloud':
      return {
        ...base,
        explanation: `Microsoft does not offer this in the ${CLOUD_WORDS[results.tenant.cloud]} cloud.`,
      };
    default:
      return { ...base, explanation: check.message };
  }
}
