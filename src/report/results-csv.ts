// The two CSV files: results.csv (one row per check) and results-affected.csv (every affected object
// of every check: checkId, kind, then the union of the objects' columns in first-seen order).

import type { Results } from '../results/types.js';
import { toCsv, type CsvCell } from './csv.js';

export const RESULTS_CSV_COLUMNS = [
  'id',
  'title',
  'severity',
  'checklistItem',
  'status',
  'realStatus',
  'source',
  'reason',
  'missingPermission',
  'observed',
  'expected',
  'message',
  'troubleshooting',
  'exceptionState',
  'exceptionOwner',
  'exceptionExpires',
  'exceptionReason',
  'scored',
  'frameworks',
  'response',
  'responseOwner',
  'responseDue',
] as const;

export function resultsCsv(results: Results): string {
  const rows = results.checks.map((c): CsvCell[] => [
    c.id,
    c.title,
    c.severity,
    c.checklistItem,
    c.status,
    c.realStatus,
    c.source,
    c.reason,
    c.missingPermission,
    c.observed,
    c.expected,
    c.message,
    c.remediation.troubleshooting.join(';'),
    c.exception?.state,
    c.exception?.owner,
    c.exception?.expires,
    c.exception?.reason,
    c.baseline?.scored === false ? 'no' : 'yes',
    (c.frameworks ?? []).map((t) => t.label).join('; '),
    c.response?.response,
    c.response?.owner,
    c.response?.due,
  ]);
  return toCsv(RESULTS_CSV_COLUMNS, rows);
}

export function affectedCsv(results: Results): string {
  const columns: string[] = [];
  for (const c of results.checks) {
    for (const col of c.evidence.affected?.columns ?? []) if (!columns.includes(col)) columns.push(col);
  }
  const rows: CsvCell[][] = [];
  for (const c of results.checks) {
    const affected = c.evidence.affected;
    if (!affected) continue;
    for (const row of affected.rows) rows.push([c.id, affected.kind, ...columns.map((col) => row[col])]);
  }
  return toCsv(['checkId', 'kind', ...columns], rows);
}
