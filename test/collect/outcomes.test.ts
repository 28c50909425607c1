// How each collector records what happened: 403 (both kinds, and with an empty code), missing
// permissions named precisely, 5xx, dropped or looping pages, optional groups that do not exist,
// endpoints a cloud does not offer, the portal, and a Graph that cannot be reached at all.

import { expect } from 'chai';
import { isDelegatedOnly } from '../../src/collect/delegated-only.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectSnapshot } from '../../src/collect/collect-snapshot.js';
import type { ProgressEvent } from '../../src/collect/progress.js';
import { loadPortalExport } from '../../src/inputs/portal-export.js';
import type { Attestation, Snapshot, SourceName } from '../../src/snapshot/types.js';
import { CollectionError } from '../../src/util/collection-error.js';
import { tempDir } from '../helpers/run-cli.js';
import { scan, scanOptions, startDouble } from '../graph-double/harness.js';
import type { FaultSpec } from '../graph-double/faults.js';
import type { GraphDouble } from '../graph-double/server.js';
import { ALL_SCAN_ROLES } from '../graph-double/tenant.js';
import { preset } from '../graph-double/tenants/presets.js';

const NOW = new Date('2026-11-20T09:00:00Z');
const statuses = (s: Snapshot) =>
  Object.fromEntries(Object.entries(s.sources).map(([k, v]) => [k, v.outcome.status]));
const attested = (selectedGroup: string): Attestation => ({
  attestedBy: 'Jane Doe',
  attestedAt: '2026-11-19',
  settings: { enablement: 'selected', selectedGroup },
});

describe('collector outcomes', function () {
  this.timeout(60_000);
  const { tenant } = preset('selected', { now: NOW });
  let double: GraphDouble;
  before(async () => {
    double = await startDouble({ tenants: [tenant] });
  });
  after(() => double.stop());
  beforeEach(() => {
    double.faults.clear();
    double.resetStats();
  });

  async function scanWith(faults: FaultSpec[], extra: Parameters<typeof scan>[2] = {}): Promise<Snapshot> {
    double.faults.add(...faults);
    return scan(double, tenant, { portal: true, ...extra });
  }

  /** Every other source read — but the delegated-only reports, skipped under this application sign-in. */
  function expectOthersOk(s: Snapshot, failed: SourceName[]): void {
    for (const [name, status] of Object.entries(statuses(s)))
      if (!failed.includes(name as SourceName))
        expect(status, name).to.equal(isDelegatedOnly(name as SourceName) ? 'skipped' : 'ok');
  }

  it('403 Authorization_RequestDenied inside the $batch → forbidden with the least-privileged permission', async () => {
    const s = await scanWith([{ route: 'subscribedSkus', kind: 'forbidden', inBatch: true }]);
    expect(s.sources.subscribedSkus.outcome).to.deep.include({
      status: 'forbidden',
      permission: 'Organization.Read.All',
    });
    expect(s.sources.subscribedSkus.outcome.error).to.include('Authorization_RequestDenied');
    expect(s.sources.subscribedSkus.data).to.equal(undefined);
    expectOthersOk(s, ['subscribedSkus']);
  });

  it('403 with an empty code → forbidden too', async () => {
    const s = await scanWith([{ route: 'roleAssignments', kind: 'forbiddenNoCode', inBatch: true }]);
    expect(s.sources.roleAssignments.outcome).to.deep.include({
      status: 'forbidden',
      permission: 'RoleManagement.Read.Directory',
    });
  });

  it('403 Authentication_RequestFromNonPremiumTenantOrB2CTenant → not_licensed (matched on the code)', async () => {
    const s = await scanWith([{ route: 'userRegistrationDetails', kind: 'notLicensed' }]);
    expect(s.sources.userRegistrationDetails.outcome.status).to.equal('not_licensed');
    expect(s.sources.userRegistrationDetails.outcome.permission).to.equal(undefined);
    expectOthersOk(s, ['userRegistrationDetails']);
  });

  it('a persistent 503 → error naming the endpoint and status; the scan goes on', async () => {
    const s = await scanWith([{ route: 'users', kind: 'serverError', status: 503 }]);
    expect(s.sources.userPhones.outcome.status).to.equal('error');
    expect(s.sources.userPhones.outcome.error).to.match(
      /^GET \/v1\.0\/users\?\$select=.* answered HTTP 503 ServiceUnavailable after 4 attempts/,
    );
    expectOthersOk(s, ['userPhones']);
  });

  it('a page that keeps dropping → error, and the pages read before it are not kept', async () => {
    const { tenant: big } = preset('large', { now: NOW, users: 1_500 });
    const d = await startDouble({ tenants: [big], faults: [{ route: 'users', kind: 'drop', page: 1 }] });
    try {
      const s = await scan(d, big, { portal: true });
      expect(s.sources.userPhones.outcome.status).to.equal('error');
      expect(s.sources.userPhones.outcome.error).to.include('failed on the network after 4 attempts');
      expect(s.sources.userPhones.data).to.equal(undefined);
    } finally {
      await d.stop();
    }
  });

  it('a looping nextLink → error that says so (never a silently truncated list)', async () => {
    const s = await scanWith([{ route: 'userRegistrationDetails', kind: 'loop', page: 0 }]);
    expect(s.sources.userRegistrationDetails.outcome.status).to.equal('error');
    expect(s.sources.userRegistrationDetails.outcome.error).to.include('repeats a link already followed');
  });

  it('the portal group exists → found with its transitive member count ($count, ConsistencyLevel: eventual)', async () => {
    const s = await scanWith([]);
    expect(s.sources.pilotGroups.data).to.deep.equal([
      {
        query: '6a1c0de0-7a11-4b1e-9c3d-5e5f00000001',
        by: 'id',
        found: true,
        id: '6a1c0de0-7a11-4b1e-9c3d-5e5f00000001',
        displayName: 'SSPR Pilot Users',
        transitiveMemberCount: 20,
      },
    ]);
  });

  it('an attested group id that does not exist → found: false with httpStatus 404 (the source is ok)', async () => {
    const s = await scanWith([], {
      portal: false,
      attestation: attested('0b0b0b0b-0000-4000-8000-000000000000'),
    });
    expect(s.sources.pilotGroups.outcome.status).to.equal('ok');
    expect(s.sources.pilotGroups.data).to.deep.equal([
      { query: '0b0b0b0b-0000-4000-8000-000000000000', by: 'id', found: false, httpStatus: 404 },
    ]);
  });

  it('an attested group name is looked up by displayName; a missing one is found: false', async () => {
    const found = await scanWith([], { portal: false, attestation: attested('SSPR Pilot Users') });
    expect(found.sources.pilotGroups.data).to.deep.equal([
      {
        query: 'SSPR Pilot Users',
        by: 'displayName',
        found: true,
        id: '6a1c0de0-7a11-4b1e-9c3d-5e5f00000001',
        displayName: 'SSPR Pilot Users',
        transitiveMemberCount: 20,
      },
    ]);
    const missing = await scanWith([], { portal: false, attestation: attested("O'Brien's pilot") });
    expect(missing.sources.pilotGroups.data).to.deep.equal([
      { query: "O'Brien's pilot", by: 'displayName', found: false },
    ]);
  });

  it('a malformed group id from a portal export (the sample\'s "GROUP") → found: false with httpStatus 400', async () => {
    const dir = tempDir();
    const file = join(dir, 'portal.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...tenant.model.sources.passwordResetPolicies.data,
        passwordResetEnabledGroupIds: ['GROUP'],
      }),
    );
    const s = await scanWith([], { portal: false, portalExport: loadPortalExport(file, NOW.toISOString()) });
    expect(s.sources.passwordResetPolicies.outcome.endpoint).to.include(`file:${file}`);
    expect(s.sources.pilotGroups.data).to.deep.equal([
      { query: 'GROUP', by: 'id', found: false, httpStatus: 400 },
    ]);
  });

  it('the portal refuses the signed-in user → forbidden, naming what would fix it', async () => {
    const s = await scanWith([{ route: 'passwordResetPolicies', kind: 'forbidden' }]);
    expect(s.sources.passwordResetPolicies.outcome).to.deep.include({
      status: 'forbidden',
      permission: 'Authentication Policy Administrator (directory role)',
    });
    expect(s.sources.onPremisesPasswordResetPolicies.outcome.status).to.equal('ok');
  });

  it('China cloud: directoryAudits is not offered → unavailable without a request; the portal too', async () => {
    const s = await scanWith([], { cloud: 'china', portalEndpoint: undefined });
    expect(s.tenant.cloud).to.equal('china');
    expect(s.sources.directoryAudits.outcome.status).to.equal('unavailable');
    expect(double.stats.byRoute.directoryAudits).to.equal(undefined);
    expect(s.sources.passwordResetPolicies.outcome.status).to.equal('unavailable');
    expect(s.sources.userRegistrationDetails.outcome.status).to.equal('ok');
  });

  it('a 404 for a whole endpoint is unavailable in a national cloud, an error in the global one', async () => {
    const gov = await scanWith([{ route: 'recommendations', kind: 'notFound' }], { cloud: 'usgov' });
    expect(gov.sources.recommendations.outcome.status).to.equal('unavailable');
    double.faults.clear();
    const global = await scanWith([{ route: 'recommendations', kind: 'notFound' }]);
    expect(global.sources.recommendations.outcome.status).to.equal('error');
  });

  it('reports progress: every source starts and finishes, paged ones report pages and rows', async () => {
    const events: ProgressEvent[] = [];
    await scanWith([], { onProgress: (e) => events.push(e) });
    const done = events.filter((e) => e.type === 'done').map((e) => (e as { source: string }).source);
    expect(new Set(done).size).to.equal(16);
    expect(
      events.some((e) => e.type === 'page' && e.source === 'userRegistrationDetails' && e.rows === 40),
    ).to.equal(true);
  });

  it('never writes a token or a secret into the snapshot', async () => {
    const s = await scanWith([{ route: 'users', kind: 'forbidden' }]);
    const text = JSON.stringify(s);
    expect(text).not.to.include(tenant.apps[0]!.secret!);
    expect(text).not.to.match(/eyJ[A-Za-z0-9_-]{10,}\./);
    expect(text).not.to.match(/Bearer /);
  });
});

describe('missing permissions named from the token', function () {
  this.timeout(30_000);

  it('an app without Directory.Read.All: directoryAudits names exactly that permission', async () => {
    const { tenant } = preset('cloud-only', { now: NOW });
    tenant.apps[0]!.roles = ALL_SCAN_ROLES.filter((r) => r !== 'Directory.Read.All');
    const double = await startDouble({ tenants: [tenant] });
    try {
      const s = await scan(double, tenant);
      const answeredByThen = double.stats.log.length;
      expect(s.sources.directoryAudits.outcome).to.deep.include({
        status: 'forbidden',
        permission: 'Directory.Read.All',
      });
      expect(s.sources.userRegistrationDetails.outcome.status).to.equal('ok');
      // The other two audit reads were waited for, not left running after the first one's 403: no
      // request reaches Graph once the collection has returned.
      await new Promise((r) => setTimeout(r, 300));
      expect(double.stats.log.length, 'requests answered after the scan returned').to.equal(answeredByThen);
      expect(double.stats.log.filter((e) => e.route === 'directoryAudits')).to.have.length(3);
    } finally {
      await double.stop();
    }
  });
});

describe('a Graph that cannot be reached', function () {
  this.timeout(30_000);

  it('throws a CollectionError (exit 3) instead of reporting sixteen failed sources', async () => {
    const { tenant } = preset('cloud-only', { now: NOW });
    const double = await startDouble({ tenants: [tenant] });
    try {
      const opts = scanOptions(double, tenant, { graphEndpoint: 'https://127.0.0.1:1' });
      try {
        await collectSnapshot({ ...opts, limits: { ...opts.limits, maxAttempts: 2 } });
        expect.fail('expected a CollectionError');
      } catch (err) {
        expect(err).to.be.instanceOf(CollectionError);
        expect((err as Error).message).to.include(
          'Microsoft Graph at https://127.0.0.1:1 could not be reached for any source',
        );
      }
    } finally {
      await double.stop();
    }
  });
});
