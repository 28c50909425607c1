import { failSource, withoutPortal } from '../fixtures/golden.js';
import { runCheckCases } from './harness.js';

runCheckCases('SSPR-06', [
  { name: 'portal true → pass', expect: { status: 'pass', source: 'portal', observed: 'Yes' } },
  {
    name: 'portal false → fail',
    patch: (s) => void (s.sources.passwordResetPolicies.data!.notifyUsersOnPasswordReset = false),
    expect: { status: 'fail', source: 'portal', observed: 'No' },
  },
  {
    name: 'portal decides over a contrary attestation, which is recorded',
    patch: (s) => void (s.attestation!.settings.notifyUsersOnReset = false),
    expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
  },
  {
    name: 'no portal, attested true → pass (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.notifyUsersOnReset = true;
    },
    expect: { status: 'pass', source: 'attested' },
  },
  {
    name: 'no portal, attested false → fail (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.notifyUsersOnReset = false;
    },
    expect: { status: 'fail', source: 'attested' },
  },
  {
    name: 'no portal, no attestation → not_assessed no_public_api',
    patch: withoutPortal,
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api', message: ['--portal'] },
  },
  {
    name: 'portal sign-in forbidden → not_assessed missing_permission',
    patch: (s) => failSource(s, 'passwordResetPolicies', 'forbidden', 'Authentication Policy Administrator (directory role)'),
    expect: { status: 'not_assessed', source: 'none', reason: 'missing_permission', missingPermission: 'Authentication Policy Administrator (directory role)' },
  },
]);
