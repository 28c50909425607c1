// The transport on the real Graph client against the double: paging, loop detection, $batch and
// its inner 429s, Retry-After in both forms, 5xx backoff, timeouts, dropped and truncated responses,
// the scan deadline, and pacing of the reports.

import { expect } from 'chai';
import { BatchRequestContent } from '@microsoft/microsoft-graph-client';
import { runBatch } from '../../src/graph/batch.js';
import { GraphFailure } from '../../src/graph/graph-failure.js';
import { readAllPages, type GraphPage } from '../../src/graph/paging.js';
import type { GraphTransport } from '../../src/graph/transport.js';
import { startDouble, transportFor } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { preset } from '../graph-double/tenants/presets.js';

const URD = '/reports/authenticationMethods/userRegistrationDetails?$select=id,userPrincipalName&$top=100';
const USERS = '/users?$select=id&$top=100';

async function rejection(p: Promise<unknown>): Promise<GraphFailure> {
  try {
    await p;
  } catch (err) {
    expect(err).to.be.instanceOf(GraphFailure);
    return err as GraphFailure;
  }
  throw new Error('expected a failure');
}

describe('Graph transport (real client, HTTPS double)', function () {
  this.timeout(30_000);
  const { tenant } = preset('large', { users: 250 });
  let double: GraphDouble;
  let transport: GraphTransport;

  before(async () => {
    double = await startDouble({ tenants: [tenant], reportThrottle: null });
  });
  after(() => double.stop());
  beforeEach(() => {
    double.faults.clear();
    double.resetStats();
    transport = transportFor(double, tenant);
  });

  describe('paging', () => {
    it('follows @odata.nextLink verbatim until it is absent', async () => {
      const first = await transport.get<GraphPage<unknown>>({ url: URD, report: true });
      const next = first['@odata.nextLink']!;
      expect(next).to.match(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/reports\/.*\$skiptoken=/);
      const { rows, pages } = await readAllPages(transport, { url: URD, report: true }, {}, first);
      expect(rows).to.have.length(250);
      expect(pages).to.equal(3);
      const urls = double.stats.log.filter((l) => l.route === 'userRegistrationDetails').map((l) => l.url);
      expect(urls[1]).to.equal(next.slice(double.origin.length));
    });

    it('a nextLink that points back at a page already read is an error, not a truncated list', async () => {
      double.faults.add({ route: 'users', kind: 'loop', page: 1 });
      const err = await rejection(readAllPages(transport, { url: USERS }));
      expect(err.kind).to.equal('loop');
      expect(err.message).to.include('repeats a link already followed').and.to.include('/v1.0/users');
    });

    it('a page without "value" is an error', async () => {
      const err = await rejection(readAllPages(transport, { url: '/policies/authorizationPolicy' }));
      expect(err.kind).to.equal('malformed');
      expect(err.message).to.include('no "value" array');
    });
  });

  describe('$batch', () => {
    it("graph-client 3.0.7's BatchRequestContent keeps /v1.0 in inner URLs, which Graph refuses; runBatch's do not", async () => {
      const batch = new BatchRequestContent([
        { id: '1', request: new Request(`${double.origin}/v1.0/organization`) },
      ]);
      const content = (await batch.getContent()) as { requests: Array<{ url: string }> };
      expect(content.requests[0]!.url).to.equal('/v1.0/organization');
      const refused = await transport.post<{
        responses: Array<{ status: number; body: { error: { message: string } } }>;
      }>({ url: '/$batch' }, content);
      expect(refused.responses[0]!.status).to.equal(400);
      expect(refused.responses[0]!.body.error.message).to.equal("Resource not found for the segment 'v1.0'.");

      const results = await runBatch(transport, [{ id: '1', url: '/organization' }]);
      expect(results.get('1')!.status).to.equal(200);
    });

    it('retries only the throttled inner ids, once, after the longest Retry-After (seconds or HTTP date)', async () => {
      double.faults.add(
        { route: 'organization', kind: 'throttle', inBatch: true, times: 1, retryAfterSeconds: 1 },
        {
          route: 'subscribedSkus',
          kind: 'throttle',
          inBatch: true,
          times: 1,
          retryAfterSeconds: 2,
          retryAfterForm: 'date',
        },
      );
      const started = Date.now();
      const results = await runBatch(transport, [
        { id: 'org', url: '/organization' },
        { id: 'skus', url: '/subscribedSkus' },
        { id: 'authz', url: '/policies/authorizationPolicy' },
      ]);
      expect([...results.values()].map((r) => r.status)).to.deep.equal([200, 200, 200]);
      expect(Date.now() - started).to.be.greaterThanOrEqual(1000);
      expect(double.stats.batches).to.equal(2);
      expect(double.stats.byRoute).to.deep.include({
        organization: 2,
        subscribedSkus: 2,
        authorizationPolicy: 1,
      });
    });

    it('waits the LONGEST inner Retry-After, not the shortest (1 s and 2 s: at least 2 s)', async () => {
      double.faults.add(
        { route: 'organization', kind: 'throttle', inBatch: true, times: 1, retryAfterSeconds: 1 },
        { route: 'subscribedSkus', kind: 'throttle', inBatch: true, times: 1, retryAfterSeconds: 2 },
      );
      const started = Date.now();
      const results = await runBatch(transport, [
        { id: 'org', url: '/organization' },
        { id: 'skus', url: '/subscribedSkus' },
      ]);
      expect([...results.values()].map((r) => r.status)).to.deep.equal([200, 200]);
      // One retry round for both: waiting only the shortest (1 s) would need a third POST for skus.
      expect(Date.now() - started).to.be.greaterThanOrEqual(1_950);
      expect(double.stats.batches).to.equal(2);
    });

    it('keeps Graph’s answer for an inner request that keeps failing (no endless retries)', async () => {
      double.faults.add({ route: 'organization', kind: 'forbidden', inBatch: true });
      const results = await runBatch(transport, [{ id: 'org', url: '/organization' }]);
      expect(results.get('org')).to.deep.include({ status: 403 });
      expect(double.stats.batches).to.equal(1);
    });

    it('splits 25 requests into batches of at most 20', async () => {
      const steps = Array.from({ length: 25 }, (_, i) => ({ id: `s${i}`, url: '/organization' }));
      const results = await runBatch(transport, steps);
      expect(results.size).to.equal(25);
      expect(double.stats.batches).to.equal(2);
    });

    it('refuses inner URLs with a version prefix before sending them', async () => {
      try {
        await runBatch(transport, [{ id: '1', url: '/v1.0/organization' }]);
        expect.fail('expected a refusal');
      } catch (err) {
        expect((err as Error).message).to.include('without the version prefix');
      }
      expect(double.stats.batches).to.equal(0);
    });
  });

  describe('retries', () => {
    it('429 with Retry-After in seconds: waits that long, then succeeds', async () => {
      double.faults.add({ route: 'users', kind: 'throttle', times: 1, retryAfterSeconds: 1 });
      const started = Date.now();
      await transport.get({ url: USERS });
      expect(Date.now() - started).to.be.greaterThanOrEqual(1000);
      expect(transport.counters).to.deep.include({ throttled: 1, retries: 1 });
    });

    it('429 with Retry-After as an HTTP date: waits until then', async () => {
      double.faults.add({
        route: 'users',
        kind: 'throttle',
        times: 1,
        retryAfterSeconds: 2,
        retryAfterForm: 'date',
      });
      const started = Date.now();
      await transport.get({ url: USERS });
      expect(Date.now() - started).to.be.greaterThanOrEqual(900);
    });

    it('503 and 504: backs off and succeeds', async () => {
      double.faults.add(
        { route: 'users', kind: 'serverError', status: 503, times: 1 },
        { route: 'users', kind: 'serverError', status: 504, times: 1 },
      );
      await transport.get({ url: USERS });
      expect(double.stats.byRoute.users).to.equal(3);
    });

    it('a 5xx that persists fails after the bounded attempts, naming the endpoint and the status', async () => {
      double.faults.add({ route: 'users', kind: 'serverError', status: 503 });
      const err = await rejection(transport.get({ url: USERS }));
      expect(err.attempts).to.equal(4);
      expect(err.message).to.match(
        /^GET \/v1\.0\/users\?\$select=id&\$top=100 answered HTTP 503 ServiceUnavailable after 4 attempts/,
      );
      expect(double.stats.byRoute.users).to.equal(4);
    });

    it('a 403 is not retried and keeps Graph’s error code', async () => {
      double.faults.add({ route: 'users', kind: 'forbidden' });
      const err = await rejection(transport.get({ url: USERS }));
      expect(err).to.deep.include({ status: 403, code: 'Authorization_RequestDenied', attempts: 1 });
    });

    it('a slow answer times out and is retried', async () => {
      double.faults.add({ route: 'users', kind: 'slow', delayMs: 1_500, times: 1 });
      transport = transportFor(double, tenant, { requestTimeoutMs: 400 });
      await transport.get({ url: USERS });
      expect(transport.counters.retries).to.equal(1);
    });

    it('an answer that never comes fails as a timeout after the bounded attempts', async () => {
      double.faults.add({ route: 'users', kind: 'slow', delayMs: 2_000 });
      transport = transportFor(double, tenant, { requestTimeoutMs: 200, maxAttempts: 2 });
      const err = await rejection(transport.get({ url: USERS }));
      expect(err.kind).to.equal('timeout');
      expect(err.message).to.include('gave no complete answer in time after 2 attempts');
    });

    for (const kind of ['drop', 'cut', 'truncate'] as const) {
      it(`a ${kind === 'drop' ? 'dropped connection' : kind === 'cut' ? 'connection cut mid-body' : 'truncated JSON body'} is retried`, async () => {
        double.faults.add({ route: 'users', kind, times: 1 });
        const page = await transport.get<GraphPage<unknown>>({ url: USERS });
        expect(page.value).to.have.length(100);
        expect(transport.counters.retries).to.equal(1);
      });
    }

    it('truncated JSON that persists is reported as such', async () => {
      double.faults.add({ route: 'users', kind: 'truncate' });
      const err = await rejection(transport.get({ url: USERS }));
      expect(err.kind).to.equal('malformed');
      expect(err.message).to.include('probably truncated');
    });

    it('a connection that keeps dropping is reported as a network failure', async () => {
      double.faults.add({ route: 'users', kind: 'drop' });
      const err = await rejection(transport.get({ url: USERS }));
      expect(err.kind).to.equal('network');
      expect(err.message).to.match(/failed on the network after 4 attempts: connection failed/);
    });

    it('a 429 on a report request pauses every report request (the pacer), not just the one retried', async () => {
      double.faults.add({
        route: 'userRegistrationDetails',
        kind: 'throttle',
        times: 1,
        retryAfterSeconds: 1,
      });
      const started = Date.now();
      const first = transport.get({ url: URD, report: true });
      await new Promise((r) => setTimeout(r, 300));
      const other = transport
        .get({ url: '/auditLogs/directoryAudits?$top=10', report: true })
        .then(() => Date.now() - started);
      const [, otherDoneAfter] = await Promise.all([first, other]);
      // Unpaused, the second report request would be answered at about 300 ms.
      expect(otherDoneAfter).to.be.greaterThanOrEqual(950);
      expect(transport.counters.throttled).to.equal(1);
    });

    it('does not wait past the scan deadline', async () => {
      double.faults.add({ route: 'users', kind: 'throttle', retryAfterSeconds: 3 });
      transport = transportFor(double, tenant, {}, 1_000);
      const started = Date.now();
      const err = await rejection(transport.get({ url: USERS }));
      expect(err.kind).to.equal('deadline');
      expect(err.message).to.include('would pass the deadline');
      expect(Date.now() - started).to.be.lessThan(900);
    });
  });
});

describe('reports pacing against the double’s throttle (5 per 400 ms)', function () {
  this.timeout(30_000);
  const { tenant } = preset('cloud-only');
  let double: GraphDouble;
  before(async () => {
    double = await startDouble({
      tenants: [tenant],
      reportThrottle: { limit: 5, windowMs: 400 },
      latencyMs: 10,
    });
  });
  after(() => double.stop());
  beforeEach(() => double.resetStats());

  const burst = (transport: GraphTransport) =>
    Array.from({ length: 12 }, () => transport.get({ url: URD, report: true }));

  it('keeps 12 concurrent report requests under the limit: no 429, about two windows', async () => {
    const transport = transportFor(double, tenant, { reports: { limit: 5, windowMs: 400, marginMs: 20 } });
    const started = Date.now();
    await Promise.all(burst(transport));
    expect(double.stats.throttled).to.equal(0);
    expect(transport.counters.throttled).to.equal(0);
    expect(Date.now() - started).to.be.within(800, 1_600);
  });

  it('without pacing the same burst bounces off 429s', async () => {
    const transport = transportFor(double, tenant, {
      reports: { limit: 100, windowMs: 400, marginMs: 0 },
      maxAttempts: 1,
    });
    const settled = await Promise.allSettled(burst(transport));
    expect(double.stats.throttled).to.be.greaterThan(0);
    expect(settled.filter((r) => r.status === 'rejected')).to.have.length(double.stats.throttled);
  });
});
