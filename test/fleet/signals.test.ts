// Signals against the real CLI (bin/sspr-audit.js) scanning tenants on the Graph double, which runs in
// this process: the double's latency sets how long each tenant takes, so a signal lands mid-run.

import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { testPki } from '../graph-double/certs.js';
import { startDouble } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { buildTenant } from '../graph-double/tenants/build-tenant.js';
import { ROOT } from '../helpers/run-cli.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

const TENANTS = Array.from({ length: 8 }, (_, i) => ({
  id: `70000000-0000-4000-8000-00000000000${i}`,
  name: `Tenant ${i}`,
  domain: `tenant${i}.example`,
}));

function fleetYaml(origin: string, tenants: typeof TENANTS): string {
  return [
    'defaults:',
    '  formats: [json]',
    '  concurrency: 2',
    '  auth: {clientId: 00000000-0000-0000-0000-0000000000aa, clientSecret: env:DOUBLE_SECRET}',
    `  graphEndpoint: ${origin}`,
    `  authorityHost: ${origin}`,
    'tenants:',
    ...tenants.map((t) => `  - {id: ${t.id}, name: ${t.name}}`),
    '',
  ].join('\n');
}

interface Child {
  exit: Promise<number | null>;
  lines: string[];
  kill(signal: NodeJS.Signals): void;
  /** Resolves when `count` stdout lines match. */
  waitFor(pattern: RegExp, count?: number): Promise<void>;
}

function startFleet(double: GraphDouble, config: string, latencyMs: number, extra: string[] = []): Child {
  double.latencyMs = latencyMs;
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/sspr-audit.js'), 'fleet', '--config', config, ...extra],
    {
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: testPki().caCertPath,
        SSPR_AUDIT_REPORTS_LIMIT: '5/300',
        DOUBLE_SECRET: 'double-secret',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    lines.push(...parts);
    waiters.forEach((w) => w());
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => lines.push(`stderr: ${chunk}`));
  return {
    lines,
    exit: new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))),
    ),
    kill: (signal) => child.kill(signal),
    waitFor: (pattern, count = 1) =>
      new Promise<void>((resolve) => {
        const check = () => lines.filter((l) => pattern.test(l)).length >= count && resolve();
        waiters.push(check);
        check();
      }),
  };
}

/**
 * Every visible tenant folder is whole: its manifest lists files that exist with the hashes recorded.
 * Hidden staging folders (a killed scan's) are allowed only when `allowStaging`; returns the whole ones.
 */
function assertWholeOutputs(out: string, allowStaging = false): number {
  let folders = 0;
  for (const tenant of readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const run of readdirSync(join(out, tenant.name))) {
      if (allowStaging && /^\..*\.partial$/.test(run)) continue;
      expect(run, 'no staging folder may survive').to.not.match(/partial/);
      const manifest = JSON.parse(readFileSync(join(out, tenant.name, run, 'manifest.json'), 'utf8')) as {
        files: Record<string, { sha256: string }>;
      };
      for (const [file, { sha256 }] of Object.entries(manifest.files)) {
        expect(
          createHash('sha256')
            .update(readFileSync(join(out, tenant.name, run, file)))
            .digest('hex'),
        ).to.equal(sha256);
      }
      folders++;
    }
  }
  return folders;
}

describe('fleet signals (the CLI against the Graph double)', function () {
  this.timeout(90_000);
  let double: GraphDouble;
  let dir: TempFolder;
  let config: string;
  before(async () => {
    const now = new Date();
    double = await startDouble({ tenants: TENANTS.map((t) => buildTenant({ ...t, users: 40, now })) });
  });
  after(async () => double.stop());
  beforeEach(() => {
    dir = tempFolder();
    config = dir.write('fleet.yaml', fleetYaml(double.origin, TENANTS));
  });
  afterEach(() => dir.remove());
  const out = () => join(dir.path, 'reports/fleet');

  it('SIGTERM mid-run: running scans finish, no new ones start, exit 143; history and reports whole; the next run works', async () => {
    const first = startFleet(double, config, 120);
    await first.waitFor(/scanned in/, 2);
    first.kill('SIGTERM');
    const code = await first.exit;
    expect(code, first.lines.join('\n')).to.equal(143);
    expect(first.lines.join('\n')).to.match(/SIGTERM: taking no new tenants; waiting for \d running scans?/);

    const store = HistoryStore.open(join(out(), 'history.sqlite'));
    expect(store.integrityCheck()).to.equal('ok');
    const [run] = store.runs();
    expect(run.status).to.equal('interrupted');
    const recorded = TENANTS.filter((t) => store.trend(t.id).length > 0).length;
    store.close();
    expect(recorded).to.be.within(3, 6); // the 2 seen + those running at the signal; never all 8
    expect(assertWholeOutputs(out())).to.equal(recorded);
    const report = readFileSync(join(out(), 'fleet-report.html'), 'utf8');
    expect(report).to.include('This run was interrupted');

    const second = startFleet(double, config, 0);
    expect(await second.exit, second.lines.join('\n')).to.equal(0);
    const after = HistoryStore.open(join(out(), 'history.sqlite'));
    expect(after.runs()[0]).to.deep.include({ status: 'completed', scanned: 8, failed: 0 });
    after.close();
    expect(assertWholeOutputs(out())).to.equal(recorded + 8);
  });

  it('--schedule keeps running, one pass per trigger, never overlapping; SIGTERM stops it', async () => {
    const small = dir.write('small.yaml', fleetYaml(double.origin, TENANTS.slice(0, 2)));
    // Every request takes 400 ms, so a pass (sign-in and several sequential reads) outlasts the
    // one-second trigger however fast the machine: the next trigger always finds it still going.
    const child = startFleet(double, small, 400, ['--schedule', '* * * * * *']);
    await child.waitFor(/fleet run \d+ finished/, 2);
    child.kill('SIGTERM');
    const code = await child.exit;
    expect([0, 143], child.lines.join('\n')).to.include(code);
    expect(child.lines.join('\n')).to.match(/next run at/);
    expect(child.lines.join('\n')).to.match(/previous run was still going: skipped/);
    const store = HistoryStore.open(join(out(), 'history.sqlite'));
    const runs = store.runs().reverse();
    store.close();
    expect(runs.length).to.be.at.least(2);
    expect(runs.every((r) => r.trigger === 'schedule')).to.equal(true);
    for (let i = 1; i < runs.length; i++) expect(runs[i].startedAt >= runs[i - 1].finishedAt!).to.equal(true);
  });

  it('SIGKILL mid-run loses nothing already written; the next run cleans up and works', async () => {
    const first = startFleet(double, config, 100);
    await first.waitFor(/scanned in/, 3);
    first.kill('SIGKILL');
    await first.exit;
    const before = HistoryStore.open(join(out(), 'history.sqlite'));
    expect(before.integrityCheck()).to.equal('ok');
    const recorded = TENANTS.filter((t) => before.trend(t.id).length > 0).length;
    expect(before.runs()[0].status).to.equal('running');
    before.close();
    expect(recorded).to.be.at.least(3);
    // A killed scan's hidden staging folder may remain until the next run; a folder published just
    // before the kill may lack its history row (the next scan of that tenant still works).
    const whole = assertWholeOutputs(out(), true);
    expect(whole).to.be.within(recorded, recorded + 2);

    const second = startFleet(double, config, 0, ['--json-log']);
    expect(await second.exit).to.equal(0);
    const events = second.lines
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { type: string; text?: string });
    expect(
      events.some(
        (e) => e.type === 'message' && /earlier run.* that never finished as interrupted/.test(e.text ?? ''),
      ),
    ).to.equal(true);
    const store = HistoryStore.open(join(out(), 'history.sqlite'));
    expect(store.runs().map((r) => r.status)).to.deep.equal(['completed', 'interrupted']);
    store.close();
    expect(assertWholeOutputs(out())).to.equal(whole + 8);
    expect(existsSync(join(out(), 'fleet-report.html'))).to.equal(true);
  });
});
