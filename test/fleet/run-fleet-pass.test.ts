import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { AppRequestLimiter } from '../../src/fleet/limiter.js';
import { runFleetPass, type FleetPassDeps } from '../../src/fleet/run-fleet-pass.js';
import type { TenantCollector } from '../../src/fleet/tenant-collector.js';
import { Redactor } from '../../src/util/redactor.js';
import { eventRecorder, type EventRecorder } from './support/event-recorder.js';
import { FLEET_ENV, writeFleet } from './support/fleet-fixture.js';
import { NamedError, syntheticCollector } from './support/synthetic-collector.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

const HEALTHY = '10000000-0000-4000-8000-000000000001';
const UNLICENSED = '20000000-0000-4000-8000-000000000002';
const WRONG_SECRET = '30000000-0000-4000-8000-000000000003';
const REGRESSES = '40000000-0000-4000-8000-000000000004';

describe('fleet pass', () => {
  let dir: TempFolder;
  let history: HistoryStore;
  let events: EventRecorder;
  beforeEach(() => {
    dir = tempFolder();
    events = eventRecorder();
  });
  afterEach(() => {
    history?.close();
    dir.remove();
  });

  const deps = (collect: TenantCollector, over: Partial<FleetPassDeps> = {}): FleetPassDeps => ({
    collect,
    history,
    limiter: new AppRequestLimiter(),
    events,
    redactor: new Redactor(),
    stop: new AbortController().signal,
    abort: new AbortController().signal,
    trigger: 'once',
    env: FLEET_ENV,
    ...over,
  });

  it('scans every tenant, records failures without stopping the others, writes per-tenant outputs and history, computes drift', async () => {
    const config = writeFleet(dir, [
      { id: HEALTHY, name: 'Healthy' },
      { id: UNLICENSED, name: 'Unlicensed' },
      { id: WRONG_SECRET, name: 'Wrong secret' },
      { id: REGRESSES, name: 'Regresses' },
    ]);
    history = HistoryStore.open(config.defaults.history);
    let regressed = false;
    const collector = syntheticCollector({
      [HEALTHY]: {},
      [UNLICENSED]: { spec: { licensed: false } },
      [WRONG_SECRET]: {
        error: new NamedError(
          'AuthError',
          'AADSTS7000215: Invalid client secret provided for fleet-app-secret-value.',
        ),
      },
      [REGRESSES]: () => ({ spec: regressed ? { registeredShare: 0.3 } : {} }),
    });

    const first = await runFleetPass(config, deps(collector.collect));
    expect(first.exitCode).to.equal(3);
    expect(first.outcomes.map((o) => o.outcome)).to.deep.equal(['ok', 'ok', 'failed', 'ok']);
    const failed = first.outcomes[2];
    expect(failed.outcome === 'failed' && failed.errorKind).to.equal('auth');
    expect(failed.outcome === 'failed' && failed.error)
      .to.include('[redacted]')
      .and.not.include('fleet-app-secret-value');

    regressed = true;
    const second = await runFleetPass(config, deps(collector.collect));
    const r = second.outcomes[3];
    if (r.outcome !== 'ok') throw new Error('expected the regressing tenant to be scanned');
    expect(r.drift.worse.map((c) => c.checkId)).to.include.members(['SSPR-14', 'SSPR-15']);
    expect(r.previous?.finishedAt).to.equal(
      (first.outcomes[3] as { results: { finishedAt: string } }).results.finishedAt,
    );

    // outputs: <out>/<tenant id>/<UTC timestamp>/ with results, snapshot and manifest; no staging left
    const folders = readdirSync(join(config.defaults.out, REGRESSES));
    expect(folders).to.have.length(2);
    expect(folders.every((f) => /^\d{8}T\d{6}Z(-\d+)?$/.test(f))).to.equal(true);
    for (const f of folders)
      expect(readdirSync(join(config.defaults.out, REGRESSES, f)).sort()).to.deep.equal([
        'manifest.json',
        'results.json',
        'snapshot.json',
      ]);
    expect(existsSync(join(config.defaults.out, WRONG_SECRET))).to.equal(false);

    // history: two rows per tenant, the failure with its kind
    expect(history.trend(REGRESSES).map((t) => t.drift?.worse.length ?? 0)).to.deep.equal([0, 2]);
    expect(history.trend(WRONG_SECRET).map((t) => [t.outcome, t.errorKind])).to.deep.equal([
      ['failed', 'auth'],
      ['failed', 'auth'],
    ]);
    expect(history.runs().map((run) => run.status)).to.deep.equal(['completed', 'completed']);
    const finished = events.ofType('tenant-finished');
    expect(finished).to.have.length(8);
    expect(JSON.stringify(events.events)).to.not.include('fleet-app-secret-value');
  });

  it('exits 0 when all are scanned and 1 when a scanned tenant fails at or above --fail-on', async () => {
    const config = writeFleet(dir, [
      { id: HEALTHY, name: 'Healthy' },
      { id: REGRESSES, name: 'Weak' },
    ]);
    history = HistoryStore.open(config.defaults.history);
    const collector = syntheticCollector({ [HEALTHY]: {}, [REGRESSES]: { spec: { registeredShare: 0.3 } } });
    expect((await runFleetPass(config, deps(collector.collect))).exitCode).to.equal(0);
    expect((await runFleetPass(config, deps(collector.collect), 'low')).exitCode).to.equal(1);
  });

  it('runs at most `concurrency` tenants at once, all drawing on one app budget', async () => {
    const tenants = Array.from({ length: 6 }, (_, i) => ({
      id: `50000000-0000-4000-8000-00000000000${i}`,
      name: `T${i}`,
    }));
    const config = writeFleet(dir, tenants, 'concurrency: 2');
    history = HistoryStore.open(config.defaults.history);
    const collector = syntheticCollector(
      Object.fromEntries(tenants.map((t) => [t.id, { delayMs: 30, requests: 5 }])),
    );
    const limiter = new AppRequestLimiter();
    await runFleetPass(config, deps(collector.collect, { limiter }));
    expect(collector.maxInFlight).to.equal(2);
    expect(limiter.requests).to.equal(30);
    expect(new Set(collector.calls.map((c) => c.gate)).size).to.equal(1);
    expect(new Set(collector.calls.map((c) => c.credentials.tenantId)).size).to.equal(6);
  });

  it('refuses a snapshot of another tenant (isolation) and writes nothing for it', async () => {
    const config = writeFleet(dir, [
      { id: HEALTHY, name: 'Healthy' },
      { id: UNLICENSED, name: 'Other' },
    ]);
    history = HistoryStore.open(config.defaults.history);
    const collector = syntheticCollector({ [HEALTHY]: { snapshotOf: UNLICENSED }, [UNLICENSED]: {} });
    const result = await runFleetPass(config, deps(collector.collect));
    const o = result.outcomes[0];
    expect(o.outcome === 'failed' && [o.errorKind, o.error]).to.deep.equal([
      'isolation',
      `the collected snapshot is tenant ${UNLICENSED}, not ${HEALTHY}; nothing was written`,
    ]);
    expect(existsSync(join(config.defaults.out, HEALTHY))).to.equal(false);
  });

  it('stops taking tenants when stopped; abandons running ones when aborted; records neither as the tenant failing', async () => {
    const tenants = Array.from({ length: 5 }, (_, i) => ({
      id: `60000000-0000-4000-8000-00000000000${i}`,
      name: `T${i}`,
    }));
    const config = writeFleet(dir, tenants, 'concurrency: 2');
    history = HistoryStore.open(config.defaults.history);
    const stop = new AbortController();
    const abort = new AbortController();
    // Driven by events, not timers: T0 finishes at once (recorded before its slot frees), T1 never
    // finishes; when T2 starts (T0 recorded, T1 and T2 running) the run is stopped, then aborted.
    const never = new Promise<never>(() => undefined);
    const collector = syntheticCollector({
      [tenants[0].id]: {},
      [tenants[1].id]: { until: never },
      [tenants[2].id]: () => {
        stop.abort();
        setImmediate(() => abort.abort());
        return { until: never };
      },
      [tenants[3].id]: { until: never },
      [tenants[4].id]: { until: never },
    });
    const result = await runFleetPass(
      config,
      deps(collector.collect, { stop: stop.signal, abort: abort.signal }),
    );
    expect(result.interrupted).to.equal(true);
    expect(result.outcomes.map((o) => (o.outcome === 'ok' ? 'ok' : o.errorKind))).to.deep.equal([
      'ok',
      'interrupted',
      'interrupted',
    ]);
    expect(result.notStarted.map((t) => t.name)).to.deep.equal(['T3', 'T4']);
    expect(history.trend(tenants[1].id)).to.deep.equal([]);
    expect(history.runs()[0]).to.deep.include({ status: 'interrupted', scanned: 1, failed: 0 });
    const leftovers = readdirSync(config.defaults.out).flatMap((t) =>
      t.endsWith('.sqlite') || t.includes('.sqlite-') ? [] : readdirSync(join(config.defaults.out, t)),
    );
    expect(leftovers.filter((f) => f.includes('partial'))).to.deep.equal([]);
  });

  it('reports a tenant whose secret reference stopped resolving as an input failure, the others unaffected', async () => {
    const config = writeFleet(dir, [
      { id: HEALTHY, name: 'Healthy' },
      {
        id: UNLICENSED,
        name: 'Own',
        extra: 'auth: {clientId: 00000000-0000-4000-8000-00000000b002, clientSecret: env:OWN_APP_SECRET}',
      },
    ]);
    history = HistoryStore.open(config.defaults.history);
    const collector = syntheticCollector({ [HEALTHY]: {}, [UNLICENSED]: {} });
    const result = await runFleetPass(
      config,
      deps(collector.collect, { env: { FLEET_APP_SECRET: 'x-still-here' } }),
    );
    expect(
      result.outcomes.map((o) => (o.outcome === 'ok' ? 'ok' : `${o.errorKind}: ${o.error}`)),
    ).to.deep.equal(['ok', 'input: environment variable OWN_APP_SECRET is not set']);
    expect(readFileSync(config.defaults.history).length).to.be.greaterThan(0);
  });
});
