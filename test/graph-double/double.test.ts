// The double behaves like Graph where a scanner could get it wrong: bearer tokens, unsupported
// $filter clauses (400 with Graph's body), $batch rules, the reports throttle, $count's header.

import { expect } from 'chai';
import { runBatch } from '../../src/graph/batch.js';
import { GraphFailure } from '../../src/graph/graph-failure.js';
import { matches, parseFilter, unsupportedPart } from './odata-filter.js';
import { startDouble, transportFor, trustingFetch } from './harness.js';
import type { GraphDouble } from './server.js';
import { preset } from './tenants/presets.js';

describe('the Graph double', function () {
  this.timeout(30_000);
  const { tenant } = preset('selected');
  let double: GraphDouble;
  before(async () => {
    double = await startDouble({ tenants: [tenant], reportThrottle: { limit: 5, windowMs: 60_000 } });
  });
  after(() => double.stop());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${double.origin}${path}`, { ...trustingFetch(), headers });
  const failureOf = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (err) {
      return err as GraphFailure;
    }
    throw new Error('expected a failure');
  };

  it('refuses a request without a bearer token (401 InvalidAuthenticationToken)', async () => {
    const response = await get('/v1.0/organization');
    expect(response.status).to.equal(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).to.equal(
      'InvalidAuthenticationToken',
    );
  });

  it('answers an unsupported $filter with 400 and Graph’s error body', async () => {
    const transport = transportFor(double, tenant);
    const byDate = await failureOf(
      transport.get({
        url: `/reports/authenticationMethods/userEventsSummary?$filter=${encodeURIComponent('eventDateTime ge 2026-01-01T00:00:00Z')}`,
        version: 'beta',
      }),
    );
    expect(byDate).to.be.instanceOf(GraphFailure);
    expect(byDate).to.deep.include({ status: 400, code: 'BadRequest' });
    expect(byDate.detail).to.include("property 'eventDateTime'");
    const orClause = await failureOf(
      transport.get({
        url: `/auditLogs/directoryAudits?$filter=${encodeURIComponent("result eq 'success' or result eq 'failure'")}`,
      }),
    );
    expect(orClause.detail).to.include("the 'or' operator");
    const users = await failureOf(
      transport.get({ url: `/users?$filter=${encodeURIComponent("mobilePhone eq '1'")}` }),
    );
    expect(users).to.deep.include({ status: 400, code: 'Request_UnsupportedQuery' });
  });

  it('applies a supported $filter (eq on strings is case-insensitive)', async () => {
    const transport = transportFor(double, tenant);
    const page = await transport.get<{ value: unknown[] }>({
      url: `/groups?$filter=${encodeURIComponent("displayName eq 'sspr pilot users'")}`,
    });
    expect(page.value).to.have.length(1);
  });

  it('$batch: more than 20 requests or duplicate ids are a 400 for the whole batch', async () => {
    const transport = transportFor(double, tenant);
    const many = await failureOf(
      transport.post(
        { url: '/$batch' },
        {
          requests: Array.from({ length: 21 }, (_, i) => ({
            id: `${i}`,
            method: 'GET',
            url: '/organization',
          })),
        },
      ),
    );
    expect(many).to.deep.include({ status: 400 });
    expect(many.detail).to.include('maximum of 20');
    const dup = await failureOf(
      transport.post(
        { url: '/$batch' },
        {
          requests: [
            { id: '1', method: 'GET', url: '/organization' },
            { id: '1', method: 'GET', url: '/subscribedSkus' },
          ],
        },
      ),
    );
    expect(dup.detail).to.include('unique');
  });

  it('$batch answers in a different order than asked (the client matches by id)', async () => {
    const transport = transportFor(double, tenant);
    const raw = await transport.post<{ responses: Array<{ id: string }> }>(
      { url: '/$batch' },
      { requests: ['a', 'b', 'c'].map((id) => ({ id, method: 'GET', url: '/organization' })) },
    );
    expect(raw.responses.map((r) => r.id)).to.deep.equal(['c', 'b', 'a']);
    const results = await runBatch(
      transport,
      ['a', 'b', 'c'].map((id) => ({ id, url: '/organization' })),
    );
    expect([...results.keys()].sort()).to.deep.equal(['a', 'b', 'c']);
  });

  it('$count without ConsistencyLevel: eventual is refused; with it, answers text/plain', async () => {
    const transport = transportFor(double, tenant);
    const id = '6a1c0de0-7a11-4b1e-9c3d-5e5f00000001';
    const refused = await failureOf(
      transport.get({ url: `/groups/${id}/transitiveMembers/$count`, text: true }),
    );
    expect(refused.status).to.equal(400);
    expect(
      await transport.get({
        url: `/groups/${id}/transitiveMembers/$count`,
        text: true,
        headers: { ConsistencyLevel: 'eventual' },
      }),
    ).to.equal('20');
  });

  it('throttles the reports beyond 5 requests per window per tenant, with Retry-After', async () => {
    const transport = transportFor(double, tenant, { maxAttempts: 1 });
    const results = await Promise.allSettled(
      Array.from({ length: 7 }, () =>
        transport.get({ url: '/reports/authenticationMethods/userRegistrationDetails' }),
      ),
    );
    const refused = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason as GraphFailure);
    expect(refused.length).to.be.greaterThanOrEqual(2);
    expect(refused[0]).to.deep.include({ status: 429, code: 'TooManyRequests' });
    expect(refused[0]!.retryAfterMs).to.be.greaterThan(0);
  });
});

describe('the double’s OData $filter', () => {
  it('parses comparisons, functions, and/or/not, parentheses and escaped quotes', () => {
    const node = parseFilter(
      "(displayName eq 'O''Brien' or startswith(userPrincipalName,'ad')) and not isAdmin eq true",
    );
    expect(matches(node, { displayName: "o'brien", userPrincipalName: 'x', isAdmin: false })).to.equal(true);
    expect(matches(node, { displayName: 'z', userPrincipalName: 'adele@x', isAdmin: true })).to.equal(false);
  });

  it('compares datetimes and values inside collections', () => {
    expect(
      matches(parseFilter('activityDateTime ge 2026-11-01T00:00:00Z'), {
        activityDateTime: '2026-11-02T10:00:00Z',
      }),
    ).to.equal(true);
    expect(
      matches(parseFilter("methodsRegistered eq 'email'"), { methodsRegistered: ['mobilePhone', 'email'] }),
    ).to.equal(true);
  });

  it('names the unsupported part', () => {
    const rules = { properties: { a: ['eq' as const] } };
    expect(unsupportedPart(parseFilter("b eq 'x'"), rules)).to.equal("property 'b'");
    expect(unsupportedPart(parseFilter("a ne 'x'"), rules)).to.equal("operator 'ne' on property 'a'");
    expect(() => parseFilter("a eq 'x")).to.throw(/unterminated/);
    expect(() => parseFilter("targetResources/any(t: t/id eq 'x')")).to.throw(
      /unsupported function or lambda/,
    );
  });
});
