// results.json as buildResults assembles it from the checks: the score follows the reported
// statuses (an accepted risk is out of the score), a not_assessed check keeps the permission that
// would close it, and the counts agree with the checks. Written for survivors of mutation testing.

import { expect } from 'chai';
import { buildResults } from '../../src/results/build-results.js';
import { generateTenant } from '../../src/demo/generate-tenant.js';
import { score } from '../../src/score/score.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { failSource, golden, SCAN_TIME } from '../fixtures/golden.js';

const AT = new Date(SCAN_TIME);
/** A tenant that fails checks: few members registered, badly formatted phones. */
const weak = generateTenant({
  members: 40,
  guests: 2,
  admins: 2,
  scanTime: SCAN_TIME,
  registeredShare: 0.3,
  badPhoneShare: 0.5,
});

describe('buildResults', () => {
  it('scores the reported statuses: an accepted risk leaves the score instead of counting as a fail', () => {
    const plain = buildResults({ snapshot: weak, startedAt: AT, finishedAt: AT });
    const failing = plain.checks.find((c) => c.status === 'fail');
    expect(failing, 'the weak tenant has a fail to accept').to.not.equal(undefined);
    const accepted = buildResults({
      snapshot: weak,
      exceptions: [
        { check: failing!.id, reason: 'compensating control', owner: 'CISO', expires: '2099-12-31' },
      ],
      startedAt: AT,
      finishedAt: AT,
    });
    const check = accepted.checks.find((c) => c.id === failing!.id)!;
    expect([check.status, check.realStatus]).to.deep.equal(['accepted_risk', failing!.status]);
    expect(accepted.score).to.deep.equal(score(accepted.checks));
    expect(accepted.score).to.not.deep.equal(
      score(accepted.checks.map((c) => ({ severity: c.severity, status: c.realStatus }))),
    );
    expect(accepted.score.value).to.be.greaterThan(plain.score.value);
    expect(accepted.counts.accepted_risk).to.equal(1);
    expect(accepted.counts[failing!.status]).to.equal(plain.counts[failing!.status] - 1);
  });

  it('keeps missingPermission on a check not assessed for a missing permission, and only there', () => {
    const results = buildResults({
      snapshot: golden((s) => failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All')),
      startedAt: AT,
      finishedAt: AT,
    });
    const blocked = results.checks.filter((c) => c.reason === 'missing_permission');
    expect(blocked.length).to.be.greaterThan(0);
    for (const c of blocked) expect(c, c.id).to.deep.include({ missingPermission: 'AuditLog.Read.All' });
    for (const c of results.checks.filter((x) => x.reason !== 'missing_permission'))
      expect(c, c.id).to.not.have.property('missingPermission');
    expect(results.collection.find((c) => c.source === 'userRegistrationDetails')).to.deep.include({
      status: 'forbidden',
      permission: 'AuditLog.Read.All',
      error: 'forbidden (test)',
    });
  });

  it('does not invent missingPermission for an unlicensed source', () => {
    const results = buildResults({
      snapshot: golden((s) => failSource(s, 'userRegistrationDetails', 'not_licensed', 'AuditLog.Read.All')),
      startedAt: AT,
      finishedAt: AT,
    });
    const unlicensed = results.checks.filter((c) => c.reason === 'not_licensed');
    expect(unlicensed.length).to.be.greaterThan(0);
    for (const c of unlicensed) expect(c, c.id).to.not.have.property('missingPermission');
  });

  it('counts every status, and the counts add up to the checks', () => {
    const results = buildResults({ snapshot: golden(), startedAt: AT, finishedAt: AT });
    for (const [status, n] of Object.entries(results.counts))
      expect(n, status).to.equal(results.checks.filter((c) => c.status === status).length);
    expect(Object.values(results.counts).reduce((a, b) => a + b, 0)).to.equal(results.checks.length);
  });

  it('names the tenant from organization, else the snapshot, else its ID', () => {
    const name = (patch: (s: Snapshot) => void) =>
      buildResults({ snapshot: golden(patch), startedAt: AT, finishedAt: AT }).tenant.displayName;
    // organization's name wins over the snapshot's (they differ here)
    expect(name((s) => void (s.sources.organization.data!.displayName = 'Contoso (Graph)'))).to.equal(
      'Contoso (Graph)',
    );
    expect(name((s) => failSource(s, 'organization', 'error'))).to.equal(golden().tenant.displayName);
    expect(
      name((s) => {
        failSource(s, 'organization', 'error');
        (s.tenant as { displayName?: string }).displayName = '';
      }),
    ).to.equal(golden().tenant.id);
  });

  it('records the thresholds in force (defaults merged with the profile) for the checks that have any', () => {
    const results = buildResults({
      snapshot: golden(),
      options: { 'SSPR-14': { passRate: 0.9 } },
      startedAt: AT,
      finishedAt: AT,
    });
    expect(results.options['SSPR-14']).to.deep.equal({ passRate: 0.9, warnRate: 0.8 });
    expect(Object.keys(results.options).length).to.be.greaterThan(1);
    for (const [id, values] of Object.entries(results.options))
      expect(Object.keys(values).length, id).to.be.greaterThan(0);
  });

  it('carries the attestation (evidence defaulting to none) and who collected the snapshot', () => {
    const results = buildResults({
      snapshot: golden((s) => {
        delete s.attestation!.evidence;
        s.collectedBy = { auth: 'secret', appId: '00000000-0000-4000-8000-0000000000aa' } as never;
      }),
      startedAt: AT,
      finishedAt: AT,
    });
    expect(results.attestation).to.deep.equal({
      attestedBy: 'Jane Doe, ACME Audit LLP',
      attestedAt: '2026-11-19',
      evidence: [],
    });
    expect(results.profile?.collectedBy).to.deep.include({ auth: 'secret' });
    expect(
      buildResults({ snapshot: golden((s) => void (s.attestation = null)), startedAt: AT, finishedAt: AT })
        .attestation,
    ).to.equal(null);
  });
});
