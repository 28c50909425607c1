// Reads a setting from the portal backend or the attestation, with the source that gave it.

import type {
  AttestationSettings,
  OnPremisesPasswordResetPolicies,
  PasswordResetPolicies,
  Snapshot,
} from '../../snapshot/types.js';

/** A field of the portal's PasswordResetPolicies, when the portal source answered and carries it. */
export function portalSetting<K extends keyof PasswordResetPolicies>(
  s: Snapshot,
  key: K,
): PasswordResetPolicies[K] | undefined {
  const src = s.sources.passwordResetPolicies;
  if (src.outcome.status !== 'ok' || !src.data) return undefined;
  const v = src.data[key];
  return v === null ? undefined : v;
}

/** A field of the portal's OnPremisesPasswordResetPolicies, when answered. */
export function onPremSetting<K extends keyof OnPremisesPasswordResetPolicies>(
  s: Snapshot,
  key: K,
): OnPremisesPasswordResetPolicies[K] | undefined {
  const src = s.sources.onPremisesPasswordResetPolicies;
  if (src.outcome.status !== 'ok' || !src.data) return undefined;
  const v = src.data[key];
  return v === null ? undefined : v;
}

/** An attested setting, when the attestation carries the key. */
export function attestedSetting<K extends keyof AttestationSettings>(
  s: Snapshot,
  key: K,
): AttestationSettings[K] | undefined {
  return s.attestation?.settings[key];
}

export function attestedBy(s: Snapshot): string {
  return s.attestation ? `${s.attestation.attestedBy} on ${s.attestation.attestedAt}` : '';
}
