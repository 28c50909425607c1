// Benchmark: a fleet of tenants on the Graph double at several concurrencies (issue 5: 200 tenants of
// 500 users, 30 ms latency, concurrency 1, 4 and 16): wall time beside the ideal (sequential time /
// concurrency), requests, CPU, peak memory. The double runs in its own process; each pass in a fresh one.
// The reports pacing (Graph: 5 requests per 10 s per tenant) is scaled to 5 per 300 ms on both sides by
// default — with Graph's window every tenant waits ~10 s and 200 tenants take half an hour at
// concurrency 1; the scaling keeps the bench about the fleet, not the wait (--window-ms 10000 for real).
// Run alone: npx tsx bench/fleet.ts [--tenants 200] [--users 500] [--latency 30] [--concurrency 1,4,16] [--window-ms 300]

import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Agent } from 'undici';
import { printTable } from './table.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

export interface FleetBenchOptions {
  tenants?: number;
  users?: number;
  latencyMs?: number;
  concurrencies?: number[];
  /** The reports pacing window (Graph: 5 requests per 10 s per tenant); scaled down by default. */
  reportsWindowMs?: number;
}

interface DoubleInfo {
  origin: string;
  caCertPath: string;
  tenants: string[];
  clientId: string;
  secret: string;
}

async function startDouble(
  o: Required<FleetBenchOptions>,
): Promise<{ info: DoubleInfo; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      here('./fleet-double.ts'),
      String(o.tenants),
      String(o.users),
      String(o.latencyMs),
      String(o.reportsWindowMs),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const info = await new Promise<DoubleInfo>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (c: Buffer) => {
      buffer += c.toString('utf8');
      if (buffer.includes('\n')) resolve(JSON.parse(buffer.split('\n')[0]!) as DoubleInfo);
    });
    child.once('exit', (code) => reject(new Error(`the double exited (${code})`)));
  });
  return { info, child };
}

export async function benchFleet(options: FleetBenchOptions = {}): Promise<void> {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const o: Required<FleetBenchOptions> = {
    tenants: 200,
    users: 500,
    latencyMs: 30,
    concurrencies: [1, 4, 16],
    reportsWindowMs: 300,
    ...defined,
  };
  const dir = mkdtempSync(join(tmpdir(), 'sspr-bench-fleet-'));
  const { info, child } = await startDouble(o);
  const agent = new Agent({ connect: { ca: readFileSync(info.caCertPath, 'utf8') } });
  const control = async (path: string, method = 'GET'): Promise<Record<string, number>> => {
    const text = await (
      await fetch(`${info.origin}${path}`, { method, dispatcher: agent } as RequestInit)
    ).text();
    return text ? (JSON.parse(text) as Record<string, number>) : {};
  };
  const rows: string[][] = [];
  let sequentialMs: number | undefined;
  try {
    for (const c of o.concurrencies) {
      const out = join(dir, `c${c}`);
      const config = join(dir, `fleet-c${c}.yaml`);
      writeFileSync(
        config,
        [
          'defaults:',
          `  out: ${out}`,
          '  formats: [json]',
          `  concurrency: ${c}`,
          `  auth: {clientId: ${info.clientId}, clientSecret: env:BENCH_SECRET}`,
          `  graphEndpoint: ${info.origin}`,
          `  authorityHost: ${info.origin}`,
          'tenants:',
          ...info.tenants.map((id, i) => `  - {id: ${id}, name: Bench Tenant ${i + 1}}`),
          '',
        ].join('\n'),
      );
      await control('/_double/reset', 'POST');
      const raw = execFileSync(process.execPath, ['--import', 'tsx', here('./fleet-worker.ts'), config], {
        encoding: 'utf8',
        env: {
          ...process.env,
          NODE_EXTRA_CA_CERTS: info.caCertPath,
          BENCH_SECRET: info.secret,
          SSPR_AUDIT_REPORTS_LIMIT: `5/${o.reportsWindowMs}`,
        },
        maxBuffer: 64 * 1024 * 1024,
      });
      const m = JSON.parse(raw.trim().split('\n').pop()!) as {
        code: number;
        wallMs: number;
        cpuMs: number;
        peakRssMiB: number;
        scanned: number;
        failed: number;
      };
      const stats = await control('/_double/stats');
      if (c === 1) sequentialMs = m.wallMs;
      const ideal = sequentialMs !== undefined ? sequentialMs / c : undefined;
      rows.push([
        String(c),
        s(m.wallMs),
        ideal !== undefined ? s(ideal) : '—',
        ideal !== undefined ? `${((100 * ideal) / m.wallMs).toFixed(0)}%` : '—',
        `${m.scanned}/${o.tenants}${m.failed ? ` (${m.failed} failed)` : ''}`,
        stats.httpRequests.toLocaleString('en'),
        `${(stats.innerRequests ?? 0).toLocaleString('en')}`,
        (stats.httpRequests / (m.wallMs / 1000)).toFixed(0),
        s(m.cpuMs),
        `${m.peakRssMiB.toFixed(0)} MiB`,
      ]);
    }
  } finally {
    child.kill('SIGTERM');
    await agent.close();
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    `fleet: ${o.tenants} tenants × ${o.users} users on the Graph double (own process), ${o.latencyMs} ms latency per request, reports paced 5 per ${o.reportsWindowMs} ms per tenant (Graph: 5 per 10 s), one multi-tenant app, formats json; one fresh Node process per pass; ideal = sequential time / concurrency`,
    [
      'concurrency',
      'wall',
      'ideal',
      'efficiency',
      'scanned',
      'HTTP requests',
      '+ in $batch',
      'req/s',
      'fleet CPU',
      'peak RSS',
    ],
    rows,
  );
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      tenants: { type: 'string' },
      users: { type: 'string' },
      latency: { type: 'string' },
      concurrency: { type: 'string' },
      'window-ms': { type: 'string' },
    },
  });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  await benchFleet({
    tenants: num(values.tenants),
    users: num(values.users),
    latencyMs: num(values.latency),
    concurrencies: values.concurrency?.split(',').map(Number),
    reportsWindowMs: num(values['window-ms']),
  });
}
