import { failSource, withoutPortal } from '../fixtures/golden.js';
import { runCheckCases } from './harness.js';

runCheckCases('SSPR-09', [
  {
    name: 'portal true → pass',
    expect: { status: 'pass', source: 'portal', observed: 'Yes', message: ['register'] },
  },
  {
    name: 'portal false → fail, linked to TS-02',
    patch: (s) => void (s.sources.passwordResetPolicies.data!.registrationRequiredOnSignIn = false),
    expect: { status: 'fail', source: 'portal', observed: 'No', troubleshooting: ['TS-02'] },
  },
  {
    name: 'portal decides over a contrary attestation, which is recorded',
    patch: (s) => void (s.attestation!.settings.requireRegistrationOnSignIn = false),
    expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
  },
  {
    name: 'no portal, attested true → pass (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.requireRegistrationOnSignIn = true;
    },
    expect: { status: 'pass', source: 'attested' },
  },
  {
    name: 'no portal, attested false → fail (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.requireRegistrationOnSignIn = false;
    },
    expect: { status: 'fail', source: 'attested', observed: '(attested)' },
  },
  {
    name: 'no portal, no attestation → not_assessed no_public_api',
    patch: withoutPortal,
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api', message: ['attest'] },
  },
  {
    name: 'no portal and no attestation file at all → not_assessed no_public_api',
    patch: (s) => {
      withoutPortal(s);
      s.attestation = null;
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'regression: portal sign-in forbidden is never a fail → not_assessed missing_permission',
    patch: (s) =>
      failSource(
        s,
        'passwordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      ),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Authentication Policy Administrator (directory role)',
    },
  },
]);
