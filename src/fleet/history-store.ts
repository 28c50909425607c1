// The fleet's scan history: one SQLite file (better-sqlite3, WAL), schema by numbered migrations,
// every write in a transaction so a killed process leaves either the whole scan row or none of it.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { Status } from '../engine/types.js';
import type { Results } from '../results/types.js';
import { InputError } from '../util/input-error.js';
import { TOOL } from '../util/tool-info.js';
import type { Drift } from './drift.js';
import { MIGRATIONS, type Migration } from './history-migrations.js';

export type ScanOutcome = 'ok' | 'failed';

export interface ScanRecord {
  runId: number | null;
  tenantId: string;
  tenantName: string;
  startedAt: string;
  finishedAt: string;
  outcome: ScanOutcome;
  /** Why the tenant could not be scanned (redacted before it gets here). */
  error?: string;
  errorKind?: string;
  results?: Results;
  manifest?: unknown;
  outDir?: string;
  drift?: Drift;
}

export interface TrendRow {
  scanId: number;
  runId: number | null;
  tenantName: string;
  startedAt: string;
  finishedAt: string;
  outcome: ScanOutcome;
  error?: string;
  errorKind?: string;
  score?: number;
  grade?: string;
  coverage?: number;
  counts?: Record<Status, number>;
  drift?: Drift;
  outDir?: string;
}

export interface RunRecord {
  id: number;
  startedAt: string;
  finishedAt?: string;
  trigger: 'once' | 'schedule';
  status: 'running' | 'completed' | 'interrupted';
  tenants: number;
  scanned?: number;
  failed?: number;
}

export interface NotificationRecord {
  runId: number;
  channel: string;
  sentAt: string;
  ok: boolean;
  error?: string;
  tenants: string[];
}

export interface OpenHistoryOptions {
  /** The schema to migrate to (tests pass a different list). */
  migrations?: readonly Migration[];
  readonly?: boolean;
}

interface ScanRow {
  id: number;
  run_id: number | null;
  tenant_name: string;
  started_at: string;
  finished_at: string;
  outcome: ScanOutcome;
  error: string | null;
  error_kind: string | null;
  score: number | null;
  grade: string | null;
  coverage: number | null;
  counts_json: string | null;
  drift_json: string | null;
  out_dir: string | null;
}

/** Tenants are keyed case-insensitively (GUIDs and domains both are). */
export const tenantKey = (tenantId: string): string => tenantId.toLowerCase();

export class HistoryStore {
  private constructor(
    readonly file: string,
    private readonly db: Database,
  ) {}

  /** Opens (creating and migrating when needed) the history file. */
  static open(file: string, options: OpenHistoryOptions = {}): HistoryStore {
    const migrations = options.migrations ?? MIGRATIONS;
    if (!options.readonly) mkdirSync(dirname(file), { recursive: true });
    let db: Database;
    try {
      db = new BetterSqlite3(file, {
        readonly: options.readonly ?? false,
        fileMustExist: options.readonly ?? false,
      });
    } catch (err) {
      throw new InputError(file, `cannot open the history database: ${(err as Error).message}`);
    }
    try {
      db.pragma('busy_timeout = 10000');
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      migrate(db, file, migrations, options.readonly ?? false);
    } catch (err) {
      db.close();
      if (err instanceof InputError) throw err;
      throw new InputError(file, `not a usable history database: ${(err as Error).message}`);
    }
    return new HistoryStore(file, db);
  }

  /** The schema version (`PRAGMA user_version`). */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  beginRun(run: { startedAt: string; trigger: RunRecord['trigger']; tenants: number }): number {
    const info = this.db
      .prepare('INSERT INTO runs (started_at, trigger, status, tenants, tool_version) VALUES (?, ?, ?, ?, ?)')
      .run(run.startedAt, run.trigger, 'running', run.tenants, TOOL.version);
    return Number(info.lastInsertRowid);
  }

  finishRun(
    runId: number,
    end: { finishedAt: string; status: 'completed' | 'interrupted'; scanned: number; failed: number },
  ): void {
    this.db
      .prepare('UPDATE runs SET finished_at = ?, status = ?, scanned = ?, failed = ? WHERE id = ?')
      .run(end.finishedAt, end.status, end.scanned, end.failed, runId);
  }

  /** Runs left 'running' by a killed process are marked interrupted (called when a new run starts). */
  closeAbandonedRuns(now: string): number {
    return this.db
      .prepare(
        "UPDATE runs SET status = 'interrupted', finished_at = COALESCE(finished_at, ?) WHERE status = 'running'",
      )
      .run(now).changes;
  }

  runs(limit = 50): RunRecord[] {
    const rows = this.db.prepare('SELECT * FROM runs ORDER BY id DESC LIMIT ?').all(limit) as Array<
      Record<string, unknown>
    >;
    return rows.map((r) => ({
      id: r.id as number,
      startedAt: r.started_at as string,
      finishedAt: (r.finished_at as string | null) ?? undefined,
      trigger: r.trigger as RunRecord['trigger'],
      status: r.status as RunRecord['status'],
      tenants: r.tenants as number,
      scanned: (r.scanned as number | null) ?? undefined,
      failed: (r.failed as number | null) ?? undefined,
    }));
  }

  /** Records one tenant's scan and its per-check statuses in one transaction; returns the scan id. */
  recordScan(scan: ScanRecord): number {
    if ((scan.outcome === 'ok') !== (scan.results !== undefined))
      throw new Error('a scan has results exactly when its outcome is ok');
    const insertScan = this.db.prepare(`
      INSERT INTO scans (run_id, tenant_id, tenant_name, started_at, finished_at, outcome, error, error_kind,
                         score, grade, coverage, counts_json, drift_json, results_json, manifest_json, out_dir)
      VALUES (@runId, @tenantId, @tenantName, @startedAt, @finishedAt, @outcome, @error, @errorKind,
              @score, @grade, @coverage, @counts, @drift, @results, @manifest, @outDir)`);
    const insertCheck = this.db.prepare(
      'INSERT INTO check_statuses (scan_id, check_id, severity, status, real_status) VALUES (?, ?, ?, ?, ?)',
    );
    const r = scan.results;
    return this.db.transaction(() => {
      const info = insertScan.run({
        runId: scan.runId,
        tenantId: tenantKey(scan.tenantId),
        tenantName: scan.tenantName,
        startedAt: scan.startedAt,
        finishedAt: scan.finishedAt,
        outcome: scan.outcome,
        error: scan.error ?? null,
        errorKind: scan.errorKind ?? null,
        score: r?.score.value ?? null,
        grade: r?.score.grade ?? null,
        coverage: r?.score.coverage ?? null,
        counts: r ? JSON.stringify(r.counts) : null,
        drift: scan.drift ? JSON.stringify(scan.drift) : null,
        results: r ? JSON.stringify(r) : null,
        manifest: scan.manifest === undefined ? null : JSON.stringify(scan.manifest),
        outDir: scan.outDir ?? null,
      });
      const scanId = Number(info.lastInsertRowid);
      for (const c of r?.checks ?? []) insertCheck.run(scanId, c.id, c.severity, c.status, c.realStatus);
      return scanId;
    })();
  }

  /** The results of the tenant's last successful scan, for drift and "changes since last scan". */
  previousResults(tenantId: string): Results | undefined {
    const row = this.db
      .prepare(
        "SELECT results_json FROM scans WHERE tenant_id = ? AND outcome = 'ok' ORDER BY finished_at DESC, id DESC LIMIT 1",
      )
      .get(tenantKey(tenantId)) as { results_json: string } | undefined;
    return row ? (JSON.parse(row.results_json) as Results) : undefined;
  }

  /** The tenant's scans, oldest first (the last `limit` of them). */
  trend(tenantId: string, limit = 30): TrendRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM (SELECT id, run_id, tenant_name, started_at, finished_at, outcome, error, error_kind, score, grade, coverage,
                counts_json, drift_json, out_dir FROM scans WHERE tenant_id = ? ORDER BY finished_at DESC, id DESC LIMIT ?)
         ORDER BY finished_at ASC, id ASC`,
      )
      .all(tenantKey(tenantId), limit) as ScanRow[];
    return rows.map(toTrendRow);
  }

  /** The tenants in the history: id, last known name and number of scans. */
  tenants(): Array<{ tenantId: string; tenantName: string; scans: number; lastScanAt: string }> {
    return this.db
      .prepare(
        `SELECT tenant_id AS tenantId, (SELECT tenant_name FROM scans s2 WHERE s2.tenant_id = s.tenant_id ORDER BY id DESC LIMIT 1) AS tenantName,
                COUNT(*) AS scans, MAX(finished_at) AS lastScanAt FROM scans s GROUP BY tenant_id ORDER BY tenantName`,
      )
      .all() as Array<{ tenantId: string; tenantName: string; scans: number; lastScanAt: string }>;
  }

  /** The per-check statuses of one scan. */
  checkStatuses(
    scanId: number,
  ): Array<{ checkId: string; severity: string; status: Status; realStatus: Status }> {
    return this.db
      .prepare(
        'SELECT check_id AS checkId, severity, status, real_status AS realStatus FROM check_statuses WHERE scan_id = ? ORDER BY check_id',
      )
      .all(scanId) as Array<{ checkId: string; severity: string; status: Status; realStatus: Status }>;
  }

  recordNotification(n: NotificationRecord): void {
    this.db
      .prepare(
        'INSERT INTO notifications (run_id, channel, sent_at, ok, error, tenants) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(n.runId, n.channel, n.sentAt, n.ok ? 1 : 0, n.error ?? null, JSON.stringify(n.tenants));
  }

  notifications(runId: number): NotificationRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM notifications WHERE run_id = ? ORDER BY id')
      .all(runId) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      runId: r.run_id as number,
      channel: r.channel as string,
      sentAt: r.sent_at as string,
      ok: r.ok === 1,
      error: (r.error as string | null) ?? undefined,
      tenants: JSON.parse(r.tenants as string) as string[],
    }));
  }

  /** SQLite's own consistency check ("ok" when sound). */
  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  /** Folds the write-ahead log into the database file (so history.sqlite alone is a whole copy) and closes. */
  close(): void {
    if (!this.db.open) return;
    try {
      if (!this.db.readonly) this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}

function toTrendRow(r: ScanRow): TrendRow {
  return {
    scanId: r.id,
    runId: r.run_id,
    tenantName: r.tenant_name,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome,
    ...(r.error !== null ? { error: r.error } : {}),
    ...(r.error_kind !== null ? { errorKind: r.error_kind } : {}),
    ...(r.score !== null ? { score: r.score } : {}),
    ...(r.grade !== null ? { grade: r.grade } : {}),
    ...(r.coverage !== null ? { coverage: r.coverage } : {}),
    ...(r.counts_json !== null ? { counts: JSON.parse(r.counts_json) as Record<Status, number> } : {}),
    ...(r.drift_json !== null ? { drift: JSON.parse(r.drift_json) as Drift } : {}),
    ...(r.out_dir !== null ? { outDir: r.out_dir } : {}),
  };
}

/** Applies the migrations above the database's version, each in its own transaction. */
function migrate(db: Database, file: string, migrations: readonly Migration[], readonly: boolean): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;
  if (current > latest) {
    throw new InputError(
      file,
      `the history database is at schema version ${current}, newer than this sspr-audit (${TOOL.version}) knows (${latest}); upgrade sspr-audit`,
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (readonly)
    throw new InputError(
      file,
      `the history database is at schema version ${current} and needs migrating to ${latest}: run sspr-audit fleet once`,
    );
  for (const m of pending) {
    // IMMEDIATE takes the write lock first, so two processes opening at once cannot both apply it.
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
      db.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.description,
        new Date().toISOString(),
      );
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
