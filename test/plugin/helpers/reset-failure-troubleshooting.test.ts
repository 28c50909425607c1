import { expect } from 'chai';
import { troubleshootingFor } from '../../../src/plugin/helpers/reset-failure-troubleshooting.js';

// Error codes from Microsoft's SSPR troubleshooting page and user-facing texts from the guide.
const CASES: Array<[string, string[]]> = [
  ['Password reset is not enabled for your organization', ['TS-01']],
  ['TenantSSPRFlagDisabled', ['TS-01']],
  ['SsprNotEnabledInUserPolicy', ['TS-01']],
  ['UserNotMemberOfScopedAccessGroup', ['TS-01']],
  ['UserNotLicensed', ['TS-01']],
  ['The user has no licence', ['TS-01']],
  ['You are not registered for self-service password reset', ['TS-02']],
  ['UserNotProperlyConfigured', ['TS-02']],
  ['WritebackNotEnabled', ['TS-03']],
  ['OnPremisesAdminActionRequired', ['TS-03']],
  ['OnPremisesConnectivityError', ['TS-03']],
  ["We couldn't verify your account", ['TS-04']],
  ['SMS was not delivered to the phone', ['TS-04']],
  ['Invalid code entered', ['TS-04']],
  ["We couldn't verify your account. Contact your administrator.", ['TS-04']],
  ['Insufficient privileges to complete the operation.', ['TS-05']],
  ['Admin cannot reset this user', ['TS-05']],
  ['Password not synchronized to the cloud', ['TS-06']],
  ['A system error has occurred.', []],
  ['Operation not permitted', []],
  ['', []],
  ['   ', []],
];

describe('reset failure reason → troubleshooting entry', () => {
  for (const [reason, entries] of CASES) {
    it(`"${reason}" → ${entries.join(', ') || 'none'}`, () =>
      expect(troubleshootingFor(reason)).to.deep.equal(entries));
  }
});
