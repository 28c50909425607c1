// Scans of the double's tenants through the real credential, Graph client and collectors: the
// snapshot reproduces each tenant's model, and the checks give the verdicts CHECKS.md prescribes.

import { expect } from 'chai';
import { preset, type PresetName } from '../graph-double/tenants/presets.js';
import { FAST_THROTTLE, scan, startDouble } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { EXPECTED } from './expected-verdicts.js';
import { expectSameVerdicts, expectSnapshotMatchesModel, expectVerdicts } from './snapshot-match.js';

const NOW = new Date('2026-11-20T09:00:00Z');

describe('scans of the Graph double', function () {
  this.timeout(60_000);

  for (const name of [
    'cloud-only',
    'hybrid',
    'unlicensed',
    'missing-permission',
    'selected',
  ] as PresetName[]) {
    it(`${name}: the snapshot reproduces the model and the verdicts are CHECKS.md's`, async () => {
      const { tenant, faults } = preset(name, { now: NOW });
      const double = await startDouble({ tenants: [tenant], faults });
      try {
        const snapshot = await scan(double, tenant, { portal: true });
        expectSnapshotMatchesModel(snapshot, tenant.model);
        expectSameVerdicts(snapshot, tenant.model);
        expectVerdicts(snapshot, EXPECTED[name]!);
      } finally {
        await double.stop();
      }
    });
  }

  for (const name of ['cloud-only', 'unlicensed', 'missing-permission'] as PresetName[]) {
    it(`${name} without --portal: the portal sources are skipped and the verdicts fall back`, async () => {
      const { tenant } = preset(name, { now: NOW, portal: false });
      const double = await startDouble({ tenants: [tenant] });
      try {
        const snapshot = await scan(double, tenant);
        expect(snapshot.sources.passwordResetPolicies.outcome.status).to.equal('skipped');
        expect(snapshot.sources.onPremisesPasswordResetPolicies.outcome.status).to.equal('skipped');
        expectSnapshotMatchesModel(snapshot, tenant.model);
        expectVerdicts(snapshot, EXPECTED[`${name} without portal`]!);
      } finally {
        await double.stop();
      }
    });
  }

  describe('throttled tenant (inner $batch 429, 429 with seconds and HTTP date, 503, 504, the reports limit)', () => {
    let double: GraphDouble;
    after(() => double?.stop());

    it('retries through every fault and reproduces the model', async () => {
      const { tenant, faults } = preset('throttled', { now: NOW });
      double = await startDouble({ tenants: [tenant], faults, latencyMs: 5 });
      const snapshot = await scan(double, tenant, { portal: true });
      expectSnapshotMatchesModel(snapshot, tenant.model);
      expectVerdicts(snapshot, EXPECTED.throttled!);
      expect(
        double.faults.hits().every((f) => f.hits > 0),
        JSON.stringify(double.faults.hits()),
      ).to.equal(true);
    });

    it('paced the reports: the double never had to throttle them', () => {
      expect(double.stats.reportRequests).to.be.greaterThan(FAST_THROTTLE.limit * 2);
      expect(double.stats.throttled).to.equal(0);
    });
  });

  it('large tenant (5,000 users, 6 pages of each paged list) reproduces the model', async () => {
    const { tenant } = preset('large', { now: NOW });
    const double = await startDouble({ tenants: [tenant] });
    try {
      const snapshot = await scan(double, tenant, { portal: true });
      expectSnapshotMatchesModel(snapshot, tenant.model);
      expectVerdicts(snapshot, EXPECTED.large!);
      expect(snapshot.sources.userRegistrationDetails.outcome).to.include({ pages: 6, rows: 5_000 });
      expect(double.stats.throttled).to.equal(0);
    } finally {
      await double.stop();
    }
  });
});
