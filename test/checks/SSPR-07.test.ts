import { failSource, withoutPortal } from '../fixtures/golden.js';
import { runCheckCases } from './harness.js';

runCheckCases('SSPR-07', [
  {
    name: 'portal true → pass',
    expect: { status: 'pass', source: 'portal', observed: 'Yes', message: ['Global Administrator'] },
  },
  {
    name: 'portal false → fail, linked to TS-05',
    patch: (s) => void (s.sources.passwordResetPolicies.data!.notifyOnAdminPasswordReset = false),
    expect: { status: 'fail', source: 'portal', observed: 'No', troubleshooting: ['TS-05'] },
  },
  {
    name: 'portal decides over a contrary attestation, which is recorded',
    patch: (s) => void (s.attestation!.settings.notifyAdminsOnAdminReset = false),
    expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
  },
  {
    name: 'no portal, attested true → pass (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.notifyAdminsOnAdminReset = true;
    },
    expect: { status: 'pass', source: 'attested', observed: '(attested)' },
  },
  {
    name: 'no portal, attested false → fail (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.notifyAdminsOnAdminReset = false;
    },
    expect: { status: 'fail', source: 'attested' },
  },
  {
    name: 'no portal, no attestation → not_assessed no_public_api',
    patch: withoutPortal,
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api', message: ['--portal'] },
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
  {
    name: 'portal call failed → not_assessed collection_error',
    patch: (s) => failSource(s, 'passwordResetPolicies', 'error'),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
]);
