import { booleanSettingCases } from './boolean-setting-cases.js';
import { runCheckCases } from './harness.js';

runCheckCases(
  'SSPR-07',
  booleanSettingCases({
    section: 'passwordResetPolicies',
    field: 'notifyOnAdminPasswordReset',
    attested: 'notifyAdminsOnAdminReset',
    passMessage: ['Global Administrator'],
    failTroubleshooting: ['TS-05'],
  }),
);
