// A Graph that refuses the page size asked for ($top) gets the read again without $top.

import { expect } from 'chai';
import { withoutTop } from '../../src/collect/sources/paged-source.js';
import { scan, startDouble } from '../graph-double/harness.js';
import { preset } from '../graph-double/tenants/presets.js';

describe('page size fallback', function () {
  this.timeout(30_000);

  it('removes only $top from a URL', () => {
    expect(withoutTop('/users?$select=id&$top=999')).to.equal('/users?$select=id');
    expect(withoutTop('/users?$top=999&$select=id')).to.equal('/users?$select=id');
    expect(withoutTop('/users?$top=999')).to.equal('/users');
  });

  it('a 400 "Invalid page size" on userRegistrationDetails → read again without $top, all rows kept', async () => {
    const { tenant } = preset('large', { users: 1_200, now: new Date('2026-11-20T09:00:00Z') });
    const double = await startDouble({
      tenants: [tenant],
      faults: [{ route: 'userRegistrationDetails', kind: 'refuseTop' }],
    });
    try {
      const s = await scan(double, tenant);
      expect(s.sources.userRegistrationDetails.outcome).to.deep.include({
        status: 'ok',
        rows: 1_200,
        pages: 12,
      });
      expect(s.sources.userRegistrationDetails.data).to.deep.equal(
        tenant.model.sources.userRegistrationDetails.data,
      );
    } finally {
      await double.stop();
    }
  });
});
