// Benchmark: collecting from the HTTPS Graph double with 50 ms of latency per request, for tenants of
// 1,000, 100,000 and 300,000 users, beside the lower bound. The double (test/graph-double/serve.ts)
// and the scanner each run in a fresh process per size, so the scanner's peak memory is its own.
//
// Lower bound: sign-in (OpenID configuration, then token: 2 × latency), then the larger of
//   · the reports throttle: R report requests, at most 5 per window per tenant, cannot all be
//     answered before (⌈R/5⌉ − 1) × window + latency, and
//   · the longest chain of pages that must be read one after another (each nextLink needs the page
//     before it): pages × latency.
// Run alone: npx tsx bench/graph-scan.ts [--sizes 1000,100000,300000] [--latency 50] [--window-ms 10000]

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Agent } from 'undici';
import { printTable } from './table.js';

const SERVE = fileURLToPath(new URL('../test/graph-double/serve.ts', import.meta.url));
const WORKER = fileURLToPath(new URL('./graph-scan-worker.ts', import.meta.url));
const REPORTS_PER_WINDOW = 5;

export interface GraphScanBenchOptions {
  sizes?: number[];
  latencyMs?: number;
  /** The reports throttle window (Graph: 10,000 ms); the double and the scanner's pacer both use it. */
  windowMs?: number;
}

export interface GraphScanMeasure {
  users: number;
  wallMs: number;
  lowerBoundMs: number;
  httpRequests: number;
  graphRequests: number;
  reportRequests: number;
  throttled: number;
  longestChainPages: number;
  peakRssMiB: number;
  notOk: string[];
}

interface Served {
  origin: string;
  caCertPath: string;
  tenants: Array<{ id: string; clientId: string; clientSecret: string }>;
}

function startServer(
  users: number,
  latencyMs: number,
  windowMs: number,
): Promise<{ child: ChildProcessWithoutNullStreams; served: Served }> {
  const child = spawn(process.execPath, [
    '--import',
    'tsx',
    SERVE,
    '--preset',
    'large',
    '--users',
    String(users),
    '--latency',
    String(latencyMs),
    '--throttle-window',
    String(windowMs),
    '--no-portal',
  ]);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, served: JSON.parse(line) as Served });
    });
    child.on('exit', (code) => reject(new Error(`the double exited (${code}): ${err}`)));
  });
}

function runWorker(
  env: NodeJS.ProcessEnv,
): Promise<{ wallMs: number; peakRssMiB: number; notOk: string[]; pages: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!))
        : reject(new Error(`the scan failed (${code}): ${err}`)),
    );
  });
}

export function lowerBoundMs(
  reportRequests: number,
  longestChainPages: number,
  latencyMs: number,
  windowMs: number,
): number {
  const signIn = 2 * latencyMs;
  const throttle = (Math.ceil(reportRequests / REPORTS_PER_WINDOW) - 1) * windowMs + latencyMs;
  return signIn + Math.max(throttle, longestChainPages * latencyMs);
}

export async function measureGraphScan(
  users: number,
  latencyMs: number,
  windowMs: number,
): Promise<GraphScanMeasure> {
  const { child, served } = await startServer(users, latencyMs, windowMs);
  try {
    const tenant = served.tenants[0]!;
    const result = await runWorker({
      BENCH_ORIGIN: served.origin,
      BENCH_TENANT: tenant.id,
      BENCH_CLIENT_ID: tenant.clientId,
      BENCH_CLIENT_SECRET: tenant.clientSecret,
      BENCH_WINDOW_MS: String(windowMs),
      NODE_EXTRA_CA_CERTS: served.caCertPath,
    });
    const stats = (await (
      await fetch(`${served.origin}/_double/stats`, {
        dispatcher: new Agent({ connect: { ca: readFileSync(served.caCertPath, 'utf8') } }),
      } as RequestInit)
    ).json()) as {
      httpRequests: number;
      graphRequests: number;
      reportRequests: number;
      throttled: number;
    };
    // The lists read page after page; roleAssignments and directoryAudits add up parallel reads.
    const longestChainPages = Math.max(
      result.pages.userRegistrationDetails ?? 0,
      result.pages.userPhones ?? 0,
      result.pages.userEventsSummary ?? 0,
    );
    return {
      users,
      wallMs: result.wallMs,
      lowerBoundMs: lowerBoundMs(stats.reportRequests, longestChainPages, latencyMs, windowMs),
      httpRequests: stats.httpRequests,
      graphRequests: stats.graphRequests,
      reportRequests: stats.reportRequests,
      throttled: stats.throttled,
      longestChainPages,
      peakRssMiB: result.peakRssMiB,
      notOk: result.notOk,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

export async function benchGraphScan(opts: GraphScanBenchOptions = {}): Promise<GraphScanMeasure[]> {
  const sizes = opts.sizes ?? [1_000, 100_000, 300_000];
  const latencyMs = opts.latencyMs ?? 50;
  const windowMs = opts.windowMs ?? 10_000;
  const measures: GraphScanMeasure[] = [];
  for (const users of sizes) measures.push(await measureGraphScan(users, latencyMs, windowMs));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  printTable(
    `Graph scan (collectSnapshot) against the HTTPS double: ${latencyMs} ms latency per request, reports throttle ${REPORTS_PER_WINDOW} per ${windowMs / 1000} s per tenant, ` +
      `$top=999; one fresh process per size for the double and the scanner. Lower bound = 2 × latency (sign-in) + max((⌈reports/5⌉ − 1) × window + latency, longest page chain × latency); target ≤ 1.2 × bound, < 1 GiB`,
    [
      'users',
      'HTTP requests',
      'Graph requests',
      'report requests',
      '429s',
      'longest page chain',
      'wall time',
      'lower bound',
      'ratio',
      'peak RSS',
      'sources not ok',
    ],
    measures.map((m) => [
      m.users.toLocaleString('en'),
      String(m.httpRequests),
      String(m.graphRequests),
      String(m.reportRequests),
      String(m.throttled),
      String(m.longestChainPages),
      s(m.wallMs),
      s(m.lowerBoundMs),
      `${(m.wallMs / m.lowerBoundMs).toFixed(3)}×`,
      `${m.peakRssMiB.toFixed(0)} MiB`,
      m.notOk.join('; ') || 'none',
    ]),
  );
  return measures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, latency: { type: 'string' }, 'window-ms': { type: 'string' } },
  });
  await benchGraphScan({
    sizes: values.sizes?.split(',').map(Number),
    latencyMs: values.latency ? Number(values.latency) : undefined,
    windowMs: values['window-ms'] ? Number(values['window-ms']) : undefined,
  });
}
