import { booleanSettingCases } from './boolean-setting-cases.js';
import { runCheckCases } from './harness.js';

runCheckCases(
  'SSPR-06',
  booleanSettingCases({
    section: 'passwordResetPolicies',
    field: 'notifyUsersOnPasswordReset',
    attested: 'notifyUsersOnReset',
    passMessage: ['email'],
  }),
);
