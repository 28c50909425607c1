// The tenant profile (results.json profile.informational): facts read from Graph and shown unscored,
// each from its own source and left out when that source did not answer. Written for survivors of
// mutation testing (no test read the facts' values).

import { expect } from 'chai';
import { tenantProfile } from '../../src/results/tenant-profile.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { failSource, golden } from '../fixtures/golden.js';

const facts = (s: Snapshot) => Object.fromEntries(tenantProfile(s).map((f) => [f.label, f.value]));
const SYNC = 'Directory synchronisation';
const ADMIN = 'Administrator SSPR (authorizationPolicy.allowedToUseSSPR)';
const FEATURE = 'usersRegisteredByFeature (members)';
const REC = 'Entra recommendation selfServicePasswordReset';
const MIGRATION = 'Authentication methods policy migration';

describe('tenantProfile', () => {
  it('reads each fact from its source: hybrid, admin SSPR, feature counts, recommendation, migration', () => {
    const f = facts(golden());
    expect(f).to.deep.include({
      [SYNC]: 'Hybrid (synchronised from on-premises AD)',
      [ADMIN]: 'No',
      [FEATURE]: 'ssprEnabled 6, ssprRegistered 6, ssprCapable 6 of 6',
      [REC]: 'not listed',
      [MIGRATION]: 'migrationComplete',
    });
    expect(Object.keys(f)).to.have.length(7);
  });

  it('says cloud-only, Yes, the counts each feature reports, and the recommendation’s status', () => {
    const f = facts(
      golden((s) => {
        s.sources.organization.data!.onPremisesSyncEnabled = null;
        s.sources.authorizationPolicy.data!.allowedToUseSSPR = true;
        s.sources.usersRegisteredByFeature.data = {
          totalUserCount: 9,
          userRegistrationFeatureCounts: [
            { feature: 'ssprCapable', userCount: 2 },
            { feature: 'ssprEnabled', userCount: 7 },
          ],
        };
        s.sources.recommendations.data = [
          { recommendationType: 'mfaRegistrationV2', status: 'active' },
          { recommendationType: 'selfServicePasswordReset', status: 'completedBySystem' },
        ] as never;
        delete (s.sources.authenticationMethodsPolicy.data as { policyMigrationState?: string })
          .policyMigrationState;
      }),
    );
    expect(f).to.deep.include({
      [SYNC]: 'Cloud-only',
      [ADMIN]: 'Yes',
      [FEATURE]: 'ssprEnabled 7, ssprRegistered –, ssprCapable 2 of 9',
      [REC]: 'completedBySystem',
      [MIGRATION]: 'not reported',
    });
  });

  it('says "not reported" for an absent allowedToUseSSPR and "present" for a recommendation without status', () => {
    const f = facts(
      golden((s) => {
        delete (s.sources.authorizationPolicy.data as { allowedToUseSSPR?: boolean }).allowedToUseSSPR;
        s.sources.recommendations.data = [{ recommendationType: 'selfServicePasswordReset' }] as never;
      }),
    );
    expect(f).to.deep.include({ [ADMIN]: 'not reported', [REC]: 'present' });
  });

  it('leaves out each fact whose source did not answer, keeping the two platform facts', () => {
    const f = facts(
      golden((s) => {
        failSource(s, 'organization', 'error');
        failSource(s, 'authorizationPolicy', 'forbidden', 'Policy.Read.All');
        failSource(s, 'usersRegisteredByFeature', 'not_licensed');
        failSource(s, 'recommendations', 'unavailable');
        failSource(s, 'authenticationMethodsPolicy', 'error');
      }),
    );
    expect(Object.keys(f)).to.deep.equal(['SMS and voice delivery', 'Administrator reset policy']);
  });
});
