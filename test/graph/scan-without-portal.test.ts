// A scan WITHOUT --portal (every other double test passes it): SSPR-11 then rests on the directory
// audits, so the two "Enable/Disable password writeback for directory" reads must be sent. Dropping
// them went unnoticed by mutation testing while every scan had the portal's answer instead.

import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { WRITEBACK_ACTIVITIES } from '../../src/collect/sources/directory-audits.js';
import { testPki } from '../graph-double/certs.js';
import { scan, startDouble } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { preset } from '../graph-double/tenants/presets.js';

describe('scan without --portal (hybrid tenant): the writeback audit reads', function () {
  this.timeout(60_000);
  const { tenant } = preset('hybrid', { certificatePem: testPki().appCert });
  let double: GraphDouble;
  before(async () => {
    double = await startDouble({ tenants: [tenant] });
  });
  after(() => double.stop());

  it('reads the writeback toggles in the window and decides SSPR-11 from them', async () => {
    const snapshot = await scan(double, tenant, { portal: false });
    expect(snapshot.sources.passwordResetPolicies.outcome.status).to.equal('skipped');
    const audits = snapshot.sources.directoryAudits.data!;
    expect(audits.map((a) => a.activityDisplayName)).to.include(WRITEBACK_ACTIVITIES[0]);
    // One read per writeback activity, each with its own documented filter.
    const writebackReads = double.stats.log.filter(
      (e) => e.route === 'directoryAudits' && /writeback/.test(decodeURIComponent(e.url)),
    );
    expect(writebackReads).to.have.length(WRITEBACK_ACTIVITIES.length);
    const sspr11 = runChecks(CHECKS, snapshot).find((c) => c.id === 'SSPR-11')!;
    expect(sspr11.source).to.equal('inferred');
    expect(sspr11.status).to.equal('pass');
  });
});
