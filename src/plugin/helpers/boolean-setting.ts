// The shared verdict rule of the on/off settings: portal value, else attested value; true passes,
// false fails, neither → not_assessed (no_public_api, or manual when only an attestation can tell).

import type { CheckOutcome, Disagreement, Reason } from '../../engine/types.js';
import type { AttestationSettings, Snapshot } from '../../snapshot/types.js';
import { decide, undecided } from './outcome.js';
import { attestedBy, attestedSetting, onPremSetting, portalSetting } from './settings.js';

type PortalFlag =
  | 'notifyUsersOnPasswordReset'
  | 'notifyOnAdminPasswordReset'
  | 'registrationRequiredOnSignIn'
  | 'securityQuestionsOptionEnabled';
type OnPremFlag = 'accountUnlockEnabled' | 'enablementForTenant' | 'cloudProvisioningEnablementForTenant';
type AttestedFlag = {
  [K in keyof AttestationSettings]-?: NonNullable<AttestationSettings[K]> extends boolean ? K : never;
}[keyof AttestationSettings];

export interface BooleanSettingSpec {
  /** The portal field, in PasswordResetPolicies or OnPremisesPasswordResetPolicies. */
  portal?:
    | { section: 'passwordResetPolicies'; field: PortalFlag }
    | { section: 'onPremisesPasswordResetPolicies'; field: OnPremFlag };
  attested: AttestedFlag;
  /** What the setting is, e.g. "Notify users on password resets". */
  label: string;
  onMessage: string;
  offMessage: string;
  expected: string;
  /** Reason when nothing decides: no_public_api (portal-backed) or manual (attestation only). */
  fallback: Reason;
}

export function evaluateBooleanSetting(s: Snapshot, spec: BooleanSettingSpec): CheckOutcome {
  const portalValue = spec.portal
    ? spec.portal.section === 'passwordResetPolicies'
      ? portalSetting(s, spec.portal.field)
      : onPremSetting(s, spec.portal.field)
    : undefined;
  const attestedValue = attestedSetting(s, spec.attested) as boolean | undefined;
  const show = (v: boolean) => (v ? 'Yes' : 'No');

  if (typeof portalValue === 'boolean') {
    const disagreements: Disagreement[] =
      typeof attestedValue === 'boolean' && attestedValue !== portalValue
        ? [
            {
              source: 'attested',
              says: show(attestedValue),
              detail: `${attestedBy(s)} attested "${show(attestedValue)}"; the portal reads "${show(portalValue)}".`,
            },
          ]
        : [];
    return decide(portalValue ? 'pass' : 'fail', 'portal', {
      message: portalValue ? spec.onMessage : spec.offMessage,
      observed: `${spec.label}: ${show(portalValue)}`,
      expected: spec.expected,
      facts: [{ label: `${spec.portal!.section}.${String(spec.portal!.field)}`, value: portalValue }],
      disagreements,
    });
  }
  if (typeof attestedValue === 'boolean') {
    return decide(attestedValue ? 'pass' : 'fail', 'attested', {
      message: attestedValue ? spec.onMessage : spec.offMessage,
      observed: `${spec.label}: ${show(attestedValue)} (attested)`,
      expected: spec.expected,
      facts: [
        { label: `attestation.settings.${String(spec.attested)}`, value: attestedValue },
        { label: 'Attested by', value: attestedBy(s) },
      ],
    });
  }
  return undecided(
    spec.fallback,
    spec.fallback === 'manual'
      ? `No attestation answers "${spec.label}"; only an auditor can confirm it.`
      : `"${spec.label}" has no public API: sign in with --portal, pass --portal-export, or attest it.`,
    { consulted: spec.portal ? [spec.portal.section] : [] },
  );
}
