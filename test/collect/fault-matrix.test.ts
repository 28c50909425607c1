// Every kind of fault on every route at once: the scan neither crashes nor hangs past its timeout,
// records every source it could not read as failed, and no check passes or fails on Graph data it
// could not see (only platform facts may still decide).

import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import { runChecks } from '../../src/engine/run-checks.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { CollectionError } from '../../src/util/collection-error.js';
import { FAST_LIMITS, scan, startDouble } from '../graph-double/harness.js';
import type { FaultKind, FaultSpec } from '../graph-double/faults.js';
import { GRAPH_ROUTES } from '../graph-double/graph-routes.js';
import type { GraphDouble } from '../graph-double/server.js';
import { preset } from '../graph-double/tenants/presets.js';

const KINDS: FaultKind[] = [
  'forbidden',
  'forbiddenNoCode',
  'notLicensed',
  'throttle',
  'serverError',
  'notFound',
  'slow',
  'drop',
  'cut',
  'truncate',
];
const WIRE = new Set<FaultKind>(['slow', 'drop', 'cut', 'truncate']);
const LIMITS = { ...FAST_LIMITS, requestTimeoutMs: 300, maxAttempts: 2, scanTimeoutMs: 20_000 };

function faultsFor(kind: FaultKind): FaultSpec[] {
  const routes = [...GRAPH_ROUTES.map((r) => r.name), ...(WIRE.has(kind) ? ['batch'] : [])];
  return routes.map((route) => ({ route, kind, retryAfterSeconds: 0, delayMs: 1_000 }));
}

describe('fault matrix: one kind of fault on every route', function () {
  this.timeout(60_000);
  const { tenant } = preset('selected', { now: new Date('2026-11-20T09:00:00Z'), portal: false });
  tenant.model.attestation = {
    attestedBy: 'Jane Doe',
    attestedAt: '2026-11-19',
    settings: { selectedGroup: 'SSPR Pilot Users' },
  };
  let double: GraphDouble;
  before(async () => {
    double = await startDouble({ tenants: [tenant] });
  });
  after(() => double.stop());

  it('loop: every paged list with a looping nextLink is an error, never a truncated list', async () => {
    double.faults.clear();
    double.faults.add(...faultsFor('loop'));
    const snapshot = await scan(double, tenant, { limits: LIMITS });
    for (const name of [
      'userRegistrationDetails',
      'userPhones',
      'roleAssignments',
      'userEventsSummary',
      'directoryAudits',
    ] as const) {
      expect(snapshot.sources[name].outcome.status, name).to.equal('error');
      expect(snapshot.sources[name].outcome.error, name).to.include('repeats a link already followed');
    }
    const results = new Map(runChecks(CHECKS, snapshot).map((r) => [r.id, r]));
    for (const id of ['SSPR-14', 'SSPR-15', 'SSPR-16', 'SSPR-19'])
      expect(results.get(id)!.status, id).to.equal('not_assessed');
  });

  for (const kind of KINDS) {
    it(`${kind}: completes in bounded time, records the failures, decides nothing it could not see`, async () => {
      double.faults.clear();
      double.faults.add(...faultsFor(kind));
      const started = Date.now();
      let snapshot: Snapshot;
      try {
        snapshot = await scan(double, tenant, { limits: LIMITS, attestation: tenant.model.attestation });
      } catch (err) {
        expect(err, String(err)).to.be.instanceOf(CollectionError);
        expect(WIRE.has(kind), `only network faults may leave Graph unreachable (${kind})`).to.equal(true);
        return;
      } finally {
        expect(Date.now() - started).to.be.lessThan(LIMITS.scanTimeoutMs);
      }
      const readable = Object.entries(snapshot.sources).filter(
        ([name, s]) => s.outcome.status === 'ok' && name !== 'pilotGroups',
      );
      expect(
        readable.map(([n]) => n),
        'sources read despite the fault',
      ).to.deep.equal([]);
      for (const r of runChecks(CHECKS, snapshot)) {
        if (r.status === 'pass' || r.status === 'warn' || r.status === 'fail')
          expect(r.source, `${r.id} decided ${r.status} from ${r.source}`).to.be.oneOf([
            'platform',
            'attested',
          ]);
      }
    });
  }
});
