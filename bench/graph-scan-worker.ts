// One measured collection in a fresh process: collectSnapshot against the double (origin and app
// from the environment), through the real credential and Graph client. Prints one JSON line.

import { performance } from 'node:perf_hooks';
import { collectSnapshot } from '../src/collect/collect-snapshot.js';
import { DEFAULT_LIMITS } from '../src/graph/transport-limits.js';

const env = process.env;
const windowMs = Number(env.BENCH_WINDOW_MS);
const t0 = performance.now();
const snapshot = await collectSnapshot({
  tenantId: env.BENCH_TENANT!,
  auth: {
    kind: 'secret',
    tenantId: env.BENCH_TENANT!,
    clientId: env.BENCH_CLIENT_ID!,
    clientSecret: env.BENCH_CLIENT_SECRET!,
  },
  graphEndpoint: env.BENCH_ORIGIN,
  authorityHost: env.BENCH_ORIGIN,
  limits: { reports: { ...DEFAULT_LIMITS.reports, windowMs } },
});
const wallMs = performance.now() - t0;
const sources = Object.entries(snapshot.sources);
console.log(
  JSON.stringify({
    wallMs,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    notOk: sources
      .filter(([, s]) => s.outcome.status !== 'ok' && s.outcome.status !== 'skipped')
      .map(([n, s]) => `${n}: ${s.outcome.status}`),
    pages: Object.fromEntries(sources.map(([n, s]) => [n, s.outcome.pages ?? 0])),
    rows: snapshot.sources.userRegistrationDetails.outcome.rows,
  }),
);
