// sspr-audit history [--tenant ID] [--db FILE] [--json]: a tenant's trend from the fleet history
// (date, score, grade, counts, drift); without --tenant, the tenants the history knows.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { DEFAULT_OUT, HISTORY_FILE_NAME, loadFleetConfig } from '../fleet/config.js';
import { describeChange } from '../fleet/drift.js';
import { HistoryStore, type TrendRow } from '../fleet/history-store.js';
import { InputError } from '../util/input-error.js';
import { terminalLines } from '../util/terminal-text.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';

const OPTIONS = {
  tenant: { type: 'string' },
  db: { type: 'string' },
  config: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DEFAULT_DB = `${DEFAULT_OUT}/${HISTORY_FILE_NAME}`;

const HELP = `Usage: sspr-audit history [--tenant ID] [--db FILE | --config FILE] [--json] [--limit N]

Prints a tenant's scans from the fleet history, oldest first: date, score, grade, counts and drift
(checks that got worse or better since the scan before). Without --tenant, lists the tenants.

  --tenant ID     tenant id (GUID or domain) or name as recorded; without it, the tenants the history knows
  --db FILE       the history database (default ${DEFAULT_DB})
  --config FILE   take the history database from this fleet config instead
  --limit N       the last N scans (default 30)
  --json          JSON instead of a table`;

const COLUMNS = ['pass', 'warn', 'fail', 'not_applicable', 'not_assessed', 'accepted_risk'] as const;
const HEAD = ['pass', 'warn', 'fail', 'n/a', 'n/as', 'risk'];

function date(iso: string): string {
  return iso
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z')
    .replace(/Z$/, '');
}

function driftText(row: TrendRow): string {
  if (row.outcome === 'failed')
    return `could not be scanned (${row.errorKind ?? 'error'}): ${row.error ?? ''}`;
  const d = row.drift;
  if (!d || d.previousScanAt === undefined) return 'first scan';
  const parts: string[] = [];
  if (d.worse.length) parts.push(`worse: ${d.worse.map(describeChange).join(', ')}`);
  if (d.better.length) parts.push(`better: ${d.better.map(describeChange).join(', ')}`);
  if (d.coverage.length) parts.push(`coverage: ${d.coverage.map(describeChange).join(', ')}`);
  return parts.join('; ') || 'no change';
}

export function trendTable(rows: readonly TrendRow[]): string {
  const lines = [
    ['date (UTC)'.padEnd(19), 'score'.padStart(6), 'grade', ...HEAD.map((h) => h.padStart(4)), ' drift'].join(
      '  ',
    ),
  ];
  for (const r of rows) {
    const score = r.score === undefined ? '—' : r.score.toFixed(1);
    const delta = r.drift?.scoreDelta;
    const counts = COLUMNS.map((c) => String(r.counts?.[c] ?? '—').padStart(4));
    lines.push(
      [
        date(r.finishedAt).padEnd(19),
        score.padStart(6),
        (r.grade ?? '—').padEnd(5),
        ...counts,
        ` ${delta !== undefined && delta !== null && Math.abs(delta) >= 0.05 ? `(${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(1)}) ` : ''}${driftText(r)}`,
      ].join('  '),
    );
  }
  return lines.join('\n');
}

export function createHistoryCommand(out: Writable = process.stdout): Command {
  return {
    async run(argv) {
      const { values } = parseCommandArgs('history', argv, OPTIONS);
      if (values.help) {
        out.write(`${HELP}\n`);
        return 0;
      }
      if (values.db && values.config) throw new InputError('--db', 'give --db or --config, not both');
      const file = values.config
        ? loadFleetConfig(values.config).defaults.history
        : resolve(values.db ?? DEFAULT_DB);
      if (!existsSync(file))
        throw new InputError(
          file,
          `no fleet history here (run sspr-audit fleet first${values.db || values.config ? '' : ', or give --db FILE'})`,
        );
      const limit = values.limit === undefined ? 30 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new InputError('--limit', `expected a whole number of 1 or more, found "${values.limit}"`);
      const store = HistoryStore.open(file);
      try {
        const tenants = store.tenants();
        if (!values.tenant) {
          if (values.json) out.write(`${JSON.stringify(tenants, null, 2)}\n`);
          else
            out.write(
              terminalLines(
                `${tenants.map((t) => `${t.tenantName} (${t.tenantId}): ${t.scans} scan${t.scans === 1 ? '' : 's'}, last ${date(t.lastScanAt)} UTC`).join('\n') || 'no scans recorded'}`,
              ) + '\n',
            );
          return 0;
        }
        const wanted = values.tenant.toLowerCase();
        const match =
          tenants.find((t) => t.tenantId === wanted) ??
          tenants.find((t) => t.tenantName.toLowerCase() === wanted);
        if (!match)
          throw new InputError(
            '--tenant',
            `no scans of "${values.tenant}" in ${file}${tenants.length ? ` (known: ${tenants.map((t) => t.tenantId).join(', ')})` : ''}`,
          );
        const rows = store.trend(match.tenantId, limit);
        if (values.json)
          out.write(
            `${JSON.stringify({ tenantId: match.tenantId, tenantName: match.tenantName, scans: rows }, null, 2)}\n`,
          );
        else
          out.write(
            `${terminalLines(`${match.tenantName} (${match.tenantId}): ${rows.length} of ${match.scans} scan${match.scans === 1 ? '' : 's'}\n${trendTable(rows)}`)}\n`,
          );
        return 0;
      } finally {
        store.close();
      }
    },
  };
}

export const historyCommand = createHistoryCommand();
