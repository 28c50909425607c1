// The history database's schema, as numbered migrations. The database's `PRAGMA user_version` is the
// last migration applied; each migration runs in one transaction with its version bump, so a crash
// leaves the database at the previous version, never half-migrated. Append only: never edit a shipped one.

import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'runs, scans (results, manifest, drift) and per-check statuses',
    up(db) {
      db.exec(`
        CREATE TABLE runs (
          id           INTEGER PRIMARY KEY,
          started_at   TEXT NOT NULL,
          finished_at  TEXT,
          trigger      TEXT NOT NULL CHECK (trigger IN ('once', 'schedule')),
          status       TEXT NOT NULL CHECK (status IN ('running', 'completed', 'interrupted')),
          tenants      INTEGER NOT NULL,
          scanned      INTEGER,
          failed       INTEGER,
          tool_version TEXT NOT NULL
        );
        CREATE TABLE scans (
          id            INTEGER PRIMARY KEY,
          run_id        INTEGER REFERENCES runs(id),
          tenant_id     TEXT NOT NULL,
          tenant_name   TEXT NOT NULL,
          started_at    TEXT NOT NULL,
          finished_at   TEXT NOT NULL,
          outcome       TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
          error         TEXT,
          error_kind    TEXT,
          score         REAL,
          grade         TEXT,
          coverage      REAL,
          counts_json   TEXT,
          drift_json    TEXT,
          results_json  TEXT,
          manifest_json TEXT,
          out_dir       TEXT,
          CHECK ((outcome = 'ok') = (results_json IS NOT NULL))
        );
        CREATE INDEX scans_by_tenant ON scans (tenant_id, finished_at);
        CREATE TABLE check_statuses (
          scan_id     INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
          check_id    TEXT NOT NULL,
          severity    TEXT NOT NULL,
          status      TEXT NOT NULL,
          real_status TEXT NOT NULL,
          PRIMARY KEY (scan_id, check_id)
        ) WITHOUT ROWID;
        CREATE INDEX check_statuses_by_check ON check_statuses (check_id, status);
      `);
    },
  },
  {
    version: 2,
    description: 'notifications sent (or not) per run',
    up(db) {
      db.exec(`
        CREATE TABLE notifications (
          id       INTEGER PRIMARY KEY,
          run_id   INTEGER NOT NULL REFERENCES runs(id),
          channel  TEXT NOT NULL,
          sent_at  TEXT NOT NULL,
          ok       INTEGER NOT NULL CHECK (ok IN (0, 1)),
          error    TEXT,
          tenants  TEXT NOT NULL
        );
      `);
    },
  },
];
