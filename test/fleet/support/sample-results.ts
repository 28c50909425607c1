// results.json values for history and drift tests: a synthetic tenant evaluated by the real engine,
// and copies with one check's status changed.

import { generateTenant, type TenantSpec } from '../../../src/demo/generate-tenant.js';
import type { Status } from '../../../src/engine/types.js';
import { buildResults } from '../../../src/results/build-results.js';
import type { Results } from '../../../src/results/types.js';
import { score } from '../../../src/score/score.js';

export function sampleResults(at = '2026-11-20T09:00:00Z', spec: Partial<TenantSpec> = {}): Results {
  const snapshot = generateTenant({ members: 40, guests: 2, admins: 2, scanTime: at, ...spec });
  return buildResults({ snapshot, startedAt: new Date(at), finishedAt: new Date(at) });
}

/** A copy with `checkId`'s status (and real status) set, score recomputed, finished at `at`. */
export function withStatus(
  results: Results,
  checkId: string,
  status: Exclude<Status, 'accepted_risk'>,
  at?: string,
): Results {
  const copy = structuredClone(results);
  const check = copy.checks.find((c) => c.id === checkId);
  if (!check) throw new Error(`no check ${checkId} in the results`);
  check.status = status;
  check.realStatus = status;
  const s = score(copy.checks);
  copy.score = s;
  copy.counts = Object.fromEntries(
    Object.keys(copy.counts).map((k) => [k, copy.checks.filter((c) => c.status === k).length]),
  ) as Results['counts'];
  if (at) {
    copy.startedAt = at;
    copy.finishedAt = at;
  }
  return copy;
}
