// The SSPR-usable method sets the checks count with (src/plugin/helpers/population.ts for methodsRegistered,
// src/plugin/helpers/activity.ts for the activity reports' authMethod) against Microsoft's usageAuthMethod
// enum (beta metadata) and the Entra docs' "MFA and SSPR" / "only SSPR" columns (CHECKS.md).

import { expect } from 'chai';
import { SSPR_USABLE_METHODS } from '../../src/plugin/helpers/population.js';
import { enumMembers } from './metadata.js';

const usageAuthMethod = enumMembers('beta', 'usageAuthMethod');

describe('SSPR-usable methods the checks count', () => {
  it('methodsRegistered: exactly the methods Microsoft lists for SSPR, each a usageAuthMethod name', () => {
    expect([...SSPR_USABLE_METHODS].sort()).to.deep.equal(
      [
        'email',
        'hardwareOneTimePasscode',
        'microsoftAuthenticatorPush',
        'mobilePhone',
        'officePhone',
        'securityQuestion',
        'softwareOneTimePasscode',
      ].sort(),
    );
    for (const m of SSPR_USABLE_METHODS) expect(usageAuthMethod, m).to.include(m);
  });

  it('activity reports: the usageAuthMethod SSPR set, every member real', async () => {
    const { SSPR_ACTIVITY_METHOD_SET } = await import('../../src/plugin/helpers/activity.js');
    expect(
      SSPR_ACTIVITY_METHOD_SET,
      'src/plugin/helpers/activity.ts exports the set it counts with',
    ).to.not.equal(undefined);
    for (const m of SSPR_ACTIVITY_METHOD_SET) expect(usageAuthMethod, m).to.include(m);
    expect(SSPR_ACTIVITY_METHOD_SET.has('hardwareOneTimePasscode')).to.equal(true);
    for (const not of [
      'alternateMobilePhone',
      'alternateMobileCall',
      'windowsHelloForBusiness',
      'passKeyDeviceBound',
    ])
      expect(SSPR_ACTIVITY_METHOD_SET.has(not), not).to.equal(false);
  });
});
