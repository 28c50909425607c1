// CHECKS.md "Sign-in types" and GRAPH.md §17 on the collection side, through the real credentials,
// Graph client and collectors against the double: an application scan never calls the three
// delegated-only reports (they are `skipped` with why), a device-code scan reads them, one sign-in
// serves Graph and the portal backend, every request for an evolvable enum carries the Prefer
// header (every page, $batch included), the pilot group counts users only, and China's missing
// authentication methods policy (400 "Resource not found for the segment") is recorded as not offered.

import { expect } from 'chai';
import { SecondResourceCredential } from '../../src/auth/one-sign-in.js';
import { DELEGATED_ONLY_SOURCES, DELEGATED_ONLY_WHY } from '../../src/collect/delegated-only.js';
import { evolvableProperties, metadataFor } from '../graph-metadata/graph-metadata.js';
import { deviceCodeAuth, scan, startDouble } from '../graph-double/harness.js';
import { GRAPH_ROUTES } from '../graph-double/graph-routes.js';
import type { GraphDouble } from '../graph-double/server.js';
import { inChina, preset } from '../graph-double/tenants/presets.js';
import { EXPECTED } from './expected-verdicts.js';
import { expectSameVerdicts, expectSnapshotMatchesModel, expectVerdicts } from './snapshot-match.js';

const NOW = new Date('2026-11-20T09:00:00Z');
const DELEGATED_ONLY_ROUTES = [
  'usersRegisteredByMethod',
  'usersRegisteredByFeature',
  'userRegistrationActivity',
];

describe('sign-in types and Graph facts on the collection side', function () {
  this.timeout(120_000);

  describe('cloud-only tenant', () => {
    const { tenant } = preset('cloud-only', { now: NOW });
    let double: GraphDouble;
    before(async () => {
      double = await startDouble({ tenants: [tenant] });
    });
    after(() => double.stop());
    beforeEach(() => double.resetStats());

    it('an application sign-in never calls the delegated-only reports and records them skipped with why', async () => {
      const snapshot = await scan(double, tenant, { portal: true });
      const called = double.stats.log.filter((l) => DELEGATED_ONLY_ROUTES.includes(l.route));
      expect(called, 'requests to delegated-only reports').to.deep.equal([]);
      for (const name of DELEGATED_ONLY_SOURCES) {
        expect(snapshot.sources[name].outcome, name).to.deep.include({
          status: 'skipped',
          error: DELEGATED_ONLY_WHY,
        });
        expect(snapshot.sources[name].data, name).to.equal(undefined);
      }
      expectSnapshotMatchesModel(snapshot, tenant.model, 'application');
      expectSameVerdicts(snapshot, tenant.model, 'application');
      expectVerdicts(snapshot, EXPECTED['cloud-only']!);
    });

    it('a device-code sign-in reads them, and the portal backend with the same sign-in (one prompt)', async () => {
      const prompts: string[] = [];
      const snapshot = await scan(double, tenant, {
        auth: deviceCodeAuth(tenant),
        portal: true,
        onDeviceCode: (m) => prompts.push(m),
      });
      for (const name of DELEGATED_ONLY_ROUTES)
        expect(double.stats.byRoute[name] ?? 0, name).to.be.greaterThan(0);
      expectSnapshotMatchesModel(snapshot, tenant.model, 'delegated');
      expectSameVerdicts(snapshot, tenant.model, 'delegated');
      expect(snapshot.collectedBy).to.deep.include({ auth: 'device-code' });
      expect(snapshot.sources.passwordResetPolicies.outcome.status).to.equal('ok');
      expect(prompts, 'device-code prompts').to.have.length(1);
      expect(double.stats.log.filter((l) => l.route === 'devicecode')).to.have.length(1);
    });

    it('says plainly, before the code, when the portal needs a second sign-in', async () => {
      // Entra refuses the Graph sign-in's refresh token for the portal resource (client not allowed).
      const said: string[] = [];
      const order: string[] = [];
      const credential = new SecondResourceCredential(
        {
          getToken: () =>
            Promise.reject(
              new Error(
                'AADSTS65002: Consent between first party application and first party resource must be configured',
              ),
            ),
        },
        {
          getToken: () => (
            order.push('second prompt'),
            Promise.resolve({ token: 'x', expiresOnTimestamp: 0 })
          ),
        },
        (m) => (said.push(m), order.push('notice')),
      );
      await credential.getToken('74658136-14ec-4630-ad9b-26e160ff0fc6/.default');
      expect(order).to.deep.equal(['notice', 'second prompt']);
      expect(said[0]).to.include('second sign-in').and.to.include('AADSTS65002');
    });

    it('every request for a type with an evolvable enum carries Prefer: include-unknown-enum-members (every page)', async () => {
      await scan(double, tenant, { auth: deviceCodeAuth(tenant), onDeviceCode: () => undefined });
      const evolvable = GRAPH_ROUTES.filter(
        (r) =>
          r.graphType &&
          r.versions.some((v) => evolvableProperties(metadataFor(v, 'global'), r.graphType!).size > 0),
      ).map((r) => r.name);
      expect(evolvable, 'routes with evolvable enums (from the metadata)').to.include.members([
        'userEventsSummary',
        'userRegistrationActivity',
      ]);
      const requests = double.stats.log.filter((l) => evolvable.includes(l.route));
      expect(requests.map((l) => l.route)).to.include.members([
        'userEventsSummary',
        'userRegistrationActivity',
      ]);
      for (const l of requests)
        expect(l.prefer ?? '', `${l.route} ${l.url}`).to.match(/include-unknown-enum-members/);
    });
  });

  it('large tenant: the Prefer header holds on nextLink pages too', async () => {
    const { tenant } = preset('large', { now: NOW, users: 2_500 });
    // Enough events in the window for a second page of userEventsSummary ($top=1000).
    const events = tenant.model.sources.userEventsSummary.data!;
    const more = Array.from({ length: 1_200 }, (_, i) => ({
      ...events[i % events.length]!,
      id: `extra-${i}`,
    }));
    tenant.model.sources.userEventsSummary.data = [...events, ...more];
    const double = await startDouble({ tenants: [tenant] });
    try {
      await scan(double, tenant);
      const pages = double.stats.log.filter((l) => l.route === 'userEventsSummary');
      expect(pages.length, 'userEventsSummary pages').to.be.greaterThan(1);
      for (const l of pages) expect(l.prefer ?? '', l.url).to.match(/include-unknown-enum-members/);
    } finally {
      await double.stop();
    }
  });

  it('selected tenant: the pilot group counts users only (nested groups and devices are not people)', async () => {
    const { tenant } = preset('selected', { now: NOW });
    tenant.nonUserGroupMembers = 7;
    const double = await startDouble({ tenants: [tenant] });
    try {
      const snapshot = await scan(double, tenant, { portal: true });
      const want = tenant.model.sources.pilotGroups.data!;
      expect(snapshot.sources.pilotGroups.data).to.deep.equal(want);
      expect(double.stats.byRoute.groupUserCount ?? 0).to.be.greaterThan(0);
      expect(double.stats.byRoute.groupMemberCount ?? 0, 'uncast transitiveMembers/$count').to.equal(0);
    } finally {
      await double.stop();
    }
  });

  it('China: the authentication methods policy answers 400 "Resource not found for the segment" and is recorded unavailable', async () => {
    const tenant = inChina(preset('cloud-only', { now: NOW }).tenant);
    const double = await startDouble({ tenants: [tenant] });
    try {
      const snapshot = await scan(double, tenant, { cloud: 'china' });
      const outcome = snapshot.sources.authenticationMethodsPolicy.outcome;
      expect(outcome.status, outcome.error).to.equal('unavailable');
      expect(outcome.error).to.include('Resource not found for the segment').and.to.include('china');
      expect(snapshot.sources.authenticationMethodsPolicy.data).to.equal(undefined);
      expect(snapshot.sources.organization.outcome.status).to.equal('ok');
    } finally {
      await double.stop();
    }
  });
});
