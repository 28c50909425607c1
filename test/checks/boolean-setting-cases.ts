// The shared case table of the portal-backed on/off settings (SSPR-06, 07, 09, 13): every branch of
// evaluateBooleanSetting, as each check wires it to its own portal field and attestation key.

import type { AttestationSettings, Snapshot } from '../../src/snapshot/types.js';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import type { CheckCase } from './harness.js';

type Flag<T> = { [K in keyof T]-?: NonNullable<T[K]> extends boolean ? K : never }[keyof T];

export interface BooleanSettingWiring {
  section: 'passwordResetPolicies' | 'onPremisesPasswordResetPolicies';
  field: string;
  attested: Flag<AttestationSettings>;
  /** Substrings the passing message must contain. */
  passMessage?: string[];
  /** Troubleshooting entries a fail links. */
  failTroubleshooting?: string[];
}

export function booleanSettingCases(w: BooleanSettingWiring): CheckCase[] {
  const setPortal = (s: Snapshot, v: boolean) =>
    void ((s.sources[w.section].data as Record<string, unknown>)[w.field] = v);
  const attest = (s: Snapshot, v: boolean) => void (s.attestation!.settings[w.attested] = v);
  const permission = 'Authentication Policy Administrator (directory role)';
  return [
    {
      name: 'portal true → pass',
      expect: { status: 'pass', source: 'portal', observed: 'Yes', message: w.passMessage },
    },
    {
      name: 'portal false → fail',
      patch: (s) => setPortal(s, false),
      expect: {
        status: 'fail',
        source: 'portal',
        observed: 'No',
        ...(w.failTroubleshooting ? { troubleshooting: w.failTroubleshooting } : {}),
      },
    },
    {
      name: 'portal decides over a contrary attestation, which is recorded',
      patch: (s) => attest(s, false),
      expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
    },
    {
      name: 'no portal, attested true → pass (attested)',
      patch: (s) => {
        withoutPortal(s);
        attest(s, true);
      },
      expect: { status: 'pass', source: 'attested', observed: '(attested)' },
    },
    {
      name: 'no portal, attested false → fail (attested)',
      patch: (s) => {
        withoutPortal(s);
        attest(s, false);
      },
      expect: { status: 'fail', source: 'attested' },
    },
    {
      name: 'no portal, no attestation → not_assessed no_public_api',
      patch: (s) => {
        withoutPortal(s);
        delete s.attestation!.settings[w.attested];
      },
      expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api', message: ['--portal'] },
    },
    {
      name: 'regression: portal sign-in forbidden is never a fail → not_assessed missing_permission',
      patch: (s) => failSource(s, w.section, 'forbidden', permission),
      expect: {
        status: 'not_assessed',
        source: 'none',
        reason: 'missing_permission',
        missingPermission: permission,
      },
    },
    {
      name: 'portal call failed → not_assessed collection_error',
      patch: (s) => failSource(s, w.section, 'error'),
      expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
    },
  ];
}
