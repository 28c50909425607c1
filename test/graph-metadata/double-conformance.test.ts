// The double held against Microsoft's own Graph metadata (../shared/graph-metadata/*.json), not
// against our reading of it: every body it sends in a scan must use only properties the real type
// has in that API version and cloud, with the right JSON types; evolvable enum members only with the
// Prefer header; the delegated-only reports refused to application tokens with Graph's 403 body;
// null in every nullable field the checks read when the tenant asks; China's missing policy as 400.

import { expect } from 'chai';
import { FIELDS_CHECKS_READ } from './fields-checks-read.js';
import {
  conformanceErrors,
  evolvableMembers,
  loadMetadata,
  metadataFor,
  propertiesOf,
} from './graph-metadata.js';
import { EXPANDED_PRINCIPAL_PROPERTIES } from '../graph-double/expanded-principal.js';
import { GRAPH_ROUTES } from '../graph-double/graph-routes.js';
import { deviceCodeAuth, scan, startDouble, trustingFetch } from '../graph-double/harness.js';
import type { RequestLogEntry } from '../graph-double/server.js';
import type { DoubleTenant } from '../graph-double/tenant.js';
import { inChina, preset, type PresetName } from '../graph-double/tenants/presets.js';

const NOW = new Date('2026-11-20T09:00:00Z');
const TYPE_OF = new Map(GRAPH_ROUTES.map((r) => [r.name, r.graphType]));

/** Each row (collection) or the entity a logged Graph answer carried. */
function rowsOf(entry: RequestLogEntry): unknown[] {
  const body = entry.body as { value?: unknown[] } | undefined;
  if (!body || typeof body !== 'object') return [];
  if ('error' in body) return [];
  return Array.isArray(body.value) ? body.value : [body];
}

function conformance(entries: RequestLogEntry[], tenant: DoubleTenant): string[] {
  const errors: string[] = [];
  for (const e of entries) {
    const type = TYPE_OF.get(e.route);
    if (!type || !e.version || e.status !== 200) continue;
    const meta = metadataFor(e.version, tenant.model.tenant.cloud);
    if (!meta.types[type]) continue; // recommendation: not in any extract (notInThisSchema)
    for (const row of rowsOf(e)) errors.push(...conformanceErrors(meta, type, row, `${e.route}`));
  }
  return errors;
}

describe('the Graph double against Microsoft’s metadata', function () {
  this.timeout(120_000);

  it('the checker itself fails on an unknown property, a wrong JSON type, a null where not nullable and a non-member', () => {
    const v1 = loadMetadata('v1.0');
    expect(
      conformanceErrors(v1, 'userRegistrationDetails', { id: 'x', userPrincipalName: 'a', madeUp: 1 }),
    ).to.have.length(1);
    expect(conformanceErrors(v1, 'userRegistrationDetails', { isAdmin: 'yes' })[0]).to.include('Edm.Boolean');
    expect(conformanceErrors(v1, 'userRegistrationDetails', { isSsprEnabled: null })[0]).to.include(
      'not nullable',
    );
    expect(conformanceErrors(v1, 'userRegistrationDetails', { userType: 'robot' })[0]).to.include(
      'signInUserType',
    );
    expect(conformanceErrors(v1, 'subscribedSku', { prepaidUnits: { enabled: '5' } })[0]).to.include(
      'Edm.Int32',
    );
    // China's v1.0 has no authentication methods policy at all.
    expect(loadMetadata('v1.0-china').types.authenticationMethodsPolicy).to.equal(undefined);
  });

  for (const name of ['cloud-only', 'hybrid', 'selected'] as PresetName[]) {
    it(`${name}: every body of a delegated scan (every route, $batch included) has only real properties of the right types`, async () => {
      const { tenant } = preset(name, { now: NOW });
      const double = await startDouble({ tenants: [tenant], captureBodies: true });
      try {
        await scan(double, tenant, { auth: deviceCodeAuth(tenant), portal: true });
        const routes = new Set(double.stats.log.filter((l) => l.body !== undefined).map((l) => l.route));
        expect([...routes]).to.include.members([
          'organization',
          'subscribedSkus',
          'authenticationMethodsPolicy',
          'roleAssignments',
          'userRegistrationDetails',
          'usersRegisteredByMethod',
          'userEventsSummary',
          'userRegistrationActivity',
          'directoryAudits',
          'users',
        ]);
        expect(conformance(double.stats.log, tenant)).to.deep.equal([]);
      } finally {
        await double.stop();
      }
    });
  }

  it('an expanded role principal carries display name and object id, never userPrincipalName (GRAPH.md §17.6)', async () => {
    const { tenant } = preset('cloud-only', { now: NOW });
    const double = await startDouble({ tenants: [tenant], captureBodies: true });
    try {
      const snapshot = await scan(double, tenant);
      const principals = double.stats.log
        .filter((l) => l.route === 'roleAssignments')
        .flatMap(rowsOf)
        .map((r) => (r as { principal?: Record<string, unknown> }).principal)
        .filter(Boolean);
      expect(principals.length).to.be.greaterThan(0);
      for (const p of principals) {
        expect(Object.keys(p!).filter((k) => !EXPANDED_PRINCIPAL_PROPERTIES.includes(k))).to.deep.equal([]);
        expect(p).to.have.property('id');
        expect(p).to.have.property('displayName');
      }
      for (const a of snapshot.sources.roleAssignments.data!)
        expect(a.principal).to.not.have.property('userPrincipalName');
    } finally {
      await double.stop();
    }
  });

  describe('what real Graph does that our reading missed', () => {
    const { tenant } = preset('cloud-only', { now: NOW });
    let double: Awaited<ReturnType<typeof startDouble>>;
    let appToken: string;
    let userToken: string;
    before(async () => {
      double = await startDouble({ tenants: [tenant], reportThrottle: null });
      const app = tenant.apps[0]!;
      const token = await fetch(`${double.origin}/${tenant.id}/oauth2/v2.0/token`, {
        ...trustingFetch(),
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: app.clientId,
          client_secret: app.secret!,
          scope: 'https://graph.microsoft.com/.default',
        }),
      });
      appToken = ((await token.json()) as { access_token: string }).access_token;
      const code = await fetch(`${double.origin}/${tenant.id}/oauth2/v2.0/devicecode`, {
        ...trustingFetch(),
        method: 'POST',
        body: new URLSearchParams({
          client_id: 'public-client',
          scope: 'https://graph.microsoft.com/.default',
        }),
      });
      const { device_code } = (await code.json()) as { device_code: string };
      const user = await fetch(`${double.origin}/${tenant.id}/oauth2/v2.0/token`, {
        ...trustingFetch(),
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
          client_id: 'public-client',
          device_code,
        }),
      });
      userToken = ((await user.json()) as { access_token: string }).access_token;
    });
    after(() => double.stop());

    const get = (path: string, token: string, headers: Record<string, string> = {}) =>
      fetch(`${double.origin}${path}`, {
        ...trustingFetch(),
        headers: { Authorization: `Bearer ${token}`, ...headers },
      });

    const DELEGATED_ONLY = [
      "/v1.0/reports/authenticationMethods/usersRegisteredByMethod(includedUserTypes='member',includedUserRoles='all')",
      "/v1.0/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='member',includedUserRoles='all')",
      "/beta/reports/authenticationMethods/userRegistrationActivity(period='d30')",
    ];

    it('refuses application tokens on the three delegated-only reports with Graph’s 403 body, and serves delegated tokens', async () => {
      for (const path of DELEGATED_ONLY) {
        const refused = await get(path, appToken);
        expect(refused.status, path).to.equal(403);
        const body = (await refused.json()) as {
          error: { code: string; message: string; innerError: object };
        };
        expect(body.error).to.include({
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
        });
        expect(body.error.innerError).to.have.keys('date', 'request-id', 'client-request-id');
        expect((await get(path, userToken)).status, path).to.equal(200);
      }
    });

    it('a delegated user without a reader role is refused the reports that need one', async () => {
      const other = preset('cloud-only', { now: NOW }).tenant;
      other.delegatedUser = { scopes: ['AuditLog.Read.All'], roles: [] };
      const d = await startDouble({ tenants: [other] });
      try {
        const snapshot = await scan(d, other, { auth: deviceCodeAuth(other) });
        expect(snapshot.sources.usersRegisteredByMethod.outcome.status).to.equal('forbidden');
        expect(snapshot.sources.userRegistrationActivity.outcome.status).to.equal('ok');
      } finally {
        await d.stop();
      }
    });

    it('sends evolvable enum members (from the metadata) as unknownFutureValue unless Prefer asks for them', async () => {
      const hidden = evolvableMembers(loadMetadata('beta'), 'usageAuthMethod');
      expect([...hidden]).to.include.members([
        'sms',
        'mobilePhone',
        'hardwareOneTimePasscode',
        'microsoftAuthenticatorPush',
      ]);
      const path = DELEGATED_ONLY[2]!;
      const plain = (await (await get(path, userToken)).json()) as { value: Array<{ authMethod: string }> };
      const full = (await (
        await get(path, userToken, { Prefer: 'include-unknown-enum-members' })
      ).json()) as typeof plain;
      expect(
        plain.value.some((r) => hidden.has(r.authMethod)),
        'no evolvable member without Prefer',
      ).to.equal(false);
      expect(plain.value.some((r) => r.authMethod === 'unknownFutureValue')).to.equal(true);
      expect(full.value.some((r) => hidden.has(r.authMethod))).to.equal(true);
    });
  });

  it('China: answers the missing authentication methods policy with Graph’s 400 body (from the China metadata)', async () => {
    const tenant = inChina(preset('cloud-only', { now: NOW }).tenant);
    const double = await startDouble({ tenants: [tenant], captureBodies: true });
    try {
      await scan(double, tenant, { cloud: 'china' });
      const answer = double.stats.log.find((l) => l.route === 'authenticationMethodsPolicy');
      expect(answer?.status).to.equal(400);
      expect((answer?.body as { error: { code: string; message: string } }).error).to.include({
        code: 'BadRequest',
        message: "Resource not found for the segment 'authenticationMethodsPolicy'.",
      });
      expect(conformance(double.stats.log, tenant)).to.deep.equal([]);
    } finally {
      await double.stop();
    }
  });

  it('can send null in every nullable field the checks read (driven by the metadata), and the scan still completes', async () => {
    const { tenant } = preset('hybrid', { now: NOW });
    tenant.nullNullableFields = true;
    const double = await startDouble({ tenants: [tenant], captureBodies: true });
    try {
      const snapshot = await scan(double, tenant, { auth: deviceCodeAuth(tenant) });
      expect(conformance(double.stats.log, tenant), 'nulls only where Graph allows them').to.deep.equal([]);
      const v1 = loadMetadata('v1.0');
      const nulled: string[] = [];
      for (const [type, paths] of Object.entries(FIELDS_CHECKS_READ)) {
        for (const path of paths) {
          const [head] = path.split('.');
          const prop = propertiesOf(v1, type)?.[head!.replace('[]', '')];
          if (!prop?.nullable || path.includes('.')) continue;
          nulled.push(`${type}.${path}`);
          const route = GRAPH_ROUTES.find((r) => r.graphType === type)!.name;
          const rows = double.stats.log.filter((l) => l.route === route).flatMap(rowsOf) as Array<
            Record<string, unknown>
          >;
          const carrying = rows.filter((r) => path in r);
          expect(carrying.length, `${type}.${path} sent`).to.be.greaterThan(0);
          for (const r of carrying) expect(r[path], `${type}.${path}`).to.equal(null);
        }
      }
      expect(nulled).to.include.members([
        'userRegistrationDetails.userType',
        'userRegistrationDetails.isAdmin',
        'organization.displayName',
        'subscribedSku.skuPartNumber',
        'subscribedSku.capabilityStatus',
        'unifiedRoleAssignment.principalId',
        'directoryAudit.result',
      ]);
      expect(snapshot.sources.userRegistrationDetails.outcome.status).to.equal('ok');
      expect(snapshot.sources.userRegistrationDetails.data!.every((r) => r.userType === null)).to.equal(true);
    } finally {
      await double.stop();
    }
  });
});
