import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { computeDrift } from '../../src/fleet/drift.js';
import { MIGRATIONS } from '../../src/fleet/history-migrations.js';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { InputError } from '../../src/util/input-error.js';
import { sampleResults, withStatus } from './support/sample-results.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

const TENANT = '11111111-2222-3333-4444-555555555555';

describe('history store', () => {
  let dir: TempFolder;
  let file: string;
  beforeEach(() => {
    dir = tempFolder();
    file = join(dir.path, 'nested/history.sqlite');
  });
  afterEach(() => dir.remove());

  it('creates the file at the latest schema version, in WAL mode', () => {
    const store = HistoryStore.open(file);
    expect(store.schemaVersion).to.equal(MIGRATIONS[MIGRATIONS.length - 1].version);
    store.close();
    const raw = new BetterSqlite3(file);
    expect(raw.pragma('journal_mode', { simple: true })).to.equal('wal');
    expect(
      (
        raw.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{
          version: number;
        }>
      ).map((r) => r.version),
    ).to.deep.equal(MIGRATIONS.map((m) => m.version));
    raw.close();
  });

  it('records ok and failed scans with per-check statuses; trend is oldest first; previous is the last ok scan', () => {
    const store = HistoryStore.open(file);
    const runId = store.beginRun({ startedAt: '2026-11-01T06:00:00Z', trigger: 'once', tenants: 1 });
    const first = sampleResults('2026-11-01T06:00:00Z');
    const second = withStatus(first, 'SSPR-01', 'fail', '2026-11-08T06:00:00Z');
    store.recordScan({
      runId,
      tenantId: TENANT,
      tenantName: 'Contoso',
      startedAt: first.startedAt,
      finishedAt: first.finishedAt,
      outcome: 'ok',
      results: first,
      manifest: { files: {} },
      outDir: '/x/1',
    });
    const secondId = store.recordScan({
      runId,
      tenantId: TENANT.toUpperCase(),
      tenantName: 'Contoso',
      startedAt: second.startedAt,
      finishedAt: second.finishedAt,
      outcome: 'ok',
      results: second,
      drift: computeDrift(first, second),
    });
    store.recordScan({
      runId,
      tenantId: TENANT,
      tenantName: 'Contoso',
      startedAt: '2026-11-15T06:00:00Z',
      finishedAt: '2026-11-15T06:00:05Z',
      outcome: 'failed',
      error: 'invalid_client',
      errorKind: 'auth',
    });
    store.finishRun(runId, {
      finishedAt: '2026-11-15T06:01:00Z',
      status: 'completed',
      scanned: 2,
      failed: 1,
    });

    const trend = store.trend(TENANT);
    expect(trend.map((t) => t.outcome)).to.deep.equal(['ok', 'ok', 'failed']);
    expect(trend[0]).to.deep.include({ score: first.score.value, grade: first.score.grade, outDir: '/x/1' });
    expect(trend[1].drift?.worse.map((c) => c.checkId)).to.deep.equal(['SSPR-01']);
    expect(trend[2]).to.deep.include({ error: 'invalid_client', errorKind: 'auth' });
    expect(trend[2].score).to.equal(undefined);
    expect(store.previousResults(TENANT)?.finishedAt).to.equal(second.finishedAt);
    expect(store.checkStatuses(secondId).find((c) => c.checkId === 'SSPR-01')).to.deep.include({
      status: 'fail',
      realStatus: 'fail',
    });
    expect(store.tenants()).to.deep.equal([
      { tenantId: TENANT, tenantName: 'Contoso', scans: 3, lastScanAt: '2026-11-15T06:00:05Z' },
    ]);
    expect(store.runs()[0]).to.deep.include({ status: 'completed', scanned: 2, failed: 1 });
    store.close();
  });

  it('writes a scan and its check statuses in one transaction: a failure leaves neither', () => {
    const store = HistoryStore.open(file);
    const broken = sampleResults();
    broken.checks.push(structuredClone(broken.checks[0])); // a duplicate check id violates the primary key
    expect(() =>
      store.recordScan({
        runId: null,
        tenantId: TENANT,
        tenantName: 'C',
        startedAt: broken.startedAt,
        finishedAt: broken.finishedAt,
        outcome: 'ok',
        results: broken,
      }),
    ).to.throw(/UNIQUE|PRIMARY KEY/);
    expect(store.trend(TENANT)).to.deep.equal([]);
    store.close();
  });

  it('migrates an older database forward, keeping its rows', () => {
    const old = HistoryStore.open(file, { migrations: MIGRATIONS.slice(0, 1) });
    expect(old.schemaVersion).to.equal(1);
    const r = sampleResults();
    old.recordScan({
      runId: null,
      tenantId: TENANT,
      tenantName: 'C',
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      outcome: 'ok',
      results: r,
    });
    old.close();
    const store = HistoryStore.open(file);
    expect(store.schemaVersion).to.equal(2);
    expect(store.trend(TENANT)).to.have.length(1);
    const runId = store.beginRun({ startedAt: r.startedAt, trigger: 'schedule', tenants: 1 });
    store.recordNotification({
      runId,
      channel: 'webhook',
      sentAt: r.finishedAt,
      ok: true,
      tenants: [TENANT],
    });
    expect(store.notifications(runId)).to.have.length(1);
    store.close();
  });

  it('rolls back a failing migration completely and stays at the previous version', () => {
    HistoryStore.open(file).close();
    const broken = [
      ...MIGRATIONS,
      {
        version: 3,
        description: 'broken',
        up: (db: BetterSqlite3.Database) => db.exec('CREATE TABLE half_done (x); SELECT no_such_function();'),
      },
    ];
    expect(() => HistoryStore.open(file, { migrations: broken })).to.throw(
      InputError,
      /not a usable history database/,
    );
    const raw = new BetterSqlite3(file);
    expect(raw.pragma('user_version', { simple: true })).to.equal(2);
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).to.equal(undefined);
    raw.close();
  });

  it('refuses a database from a newer sspr-audit', () => {
    HistoryStore.open(file).close();
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => HistoryStore.open(file)).to.throw(
      InputError,
      /schema version 99, newer than this sspr-audit/,
    );
  });

  it('refuses a file that is not SQLite with an input error', () => {
    const notDb = dir.write(
      'junk.sqlite',
      'this is not a database, just some text that is long enough to have a header',
    );
    expect(() => HistoryStore.open(notDb)).to.throw(InputError, /junk\.sqlite/);
  });

  it('marks runs left running by a killed process as interrupted', () => {
    const store = HistoryStore.open(file);
    store.beginRun({ startedAt: '2026-11-01T06:00:00Z', trigger: 'once', tenants: 3 });
    expect(store.closeAbandonedRuns('2026-11-02T00:00:00Z')).to.equal(1);
    expect(store.runs()[0]).to.deep.include({ status: 'interrupted', finishedAt: '2026-11-02T00:00:00Z' });
    store.close();
  });

  it('survives SIGKILL in the middle of writes: sound file, every scan row whole', async function () {
    this.timeout(30_000);
    HistoryStore.open(file).close();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'support/history-writer.ts'), file],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    });
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const store = HistoryStore.open(file);
    expect(store.integrityCheck()).to.equal('ok');
    store.close();
    const raw = new BetterSqlite3(file, { readonly: true });
    const scans = (raw.prepare('SELECT COUNT(*) AS n FROM scans').get() as { n: number }).n;
    const checksPerScan = sampleResults().checks.length;
    const incomplete = raw
      .prepare(
        'SELECT s.id FROM scans s LEFT JOIN check_statuses c ON c.scan_id = s.id GROUP BY s.id HAVING COUNT(c.check_id) <> ?',
      )
      .all(checksPerScan);
    raw.close();
    expect(scans).to.be.greaterThan(0);
    expect(incomplete).to.deep.equal([]);
  });
});
