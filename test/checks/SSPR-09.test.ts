import { withoutPortal } from '../fixtures/golden.js';
import { booleanSettingCases } from './boolean-setting-cases.js';
import { runCheckCases } from './harness.js';

runCheckCases('SSPR-09', [
  ...booleanSettingCases({
    section: 'passwordResetPolicies',
    field: 'registrationRequiredOnSignIn',
    attested: 'requireRegistrationOnSignIn',
    passMessage: ['register'],
    failTroubleshooting: ['TS-02'],
  }),
  {
    name: 'no portal and no attestation file at all → not_assessed no_public_api',
    patch: (s) => {
      withoutPortal(s);
      s.attestation = null;
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
]);
