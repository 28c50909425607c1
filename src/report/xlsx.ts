// results.xlsx: Summary, Checks, Affected objects, Frameworks and Responses sheets, written with
// exceljs. Every text cell is neutralised as in the CSV (a leading ' before = + - @ tab CR), so a
// spreadsheet never runs tenant text as a formula; the headline figures are the same strings the
// report and the CLI print (src/report/figures.ts).

import ExcelJS from 'exceljs';
import type { Results } from '../results/types.js';
import { headlineFigures } from './figures.js';

const FORMULA_START = /^[=+\-@\t\r]/;
export type XlsxCell = string | number | boolean | null | undefined;

/** A cell value with formulas neutralised; numbers stay numbers. */
export function xlsxValue(value: XlsxCell): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function sheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: XlsxCell[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(xlsxValue));
  ws.columns.forEach((col, i) => {
    const longest = Math.max(header[i].length, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    col.width = Math.min(60, Math.max(10, longest + 2));
  });
}

/** The Summary sheet's rows: label → value (exported so a test can compare them with other outputs). */
export function summaryRows(results: Results): Array<[string, string | number]> {
  const f = headlineFigures(results);
  const pop = results.population;
  return [
    ['Tenant', results.tenant.displayName],
    ['Tenant ID', results.tenant.id],
    ['Scan time', results.scanTime],
    ['Baseline', f.baseline],
    ['Conclusion', f.conclusion],
    ['Score (accepted risks applied)', f.score],
    ['Grade (accepted risks applied)', f.grade],
    ['Coverage (accepted risks applied)', f.coverage],
    ['Score (without accepted risks)', f.scoreWithoutAcceptedRisks],
    ['Grade (without accepted risks)', f.gradeWithoutAcceptedRisks],
    ['Coverage (without accepted risks)', f.coverageWithoutAcceptedRisks],
    ...(Object.entries(results.counts).map(([s, n]) => [`Checks: ${s}`, n]) as Array<[string, number]>),
    ...(pop
      ? ([
          ['Members', pop.all.members],
          ['SSPR-enabled members', pop.all.enabled],
          ['Registered members', pop.all.registered],
          ['Capable members (can reset today)', pop.all.capable],
          ['Capable members with ≥ 2 usable methods', pop.all.twoOrMoreMethods],
          ['Admins', pop.admins.members],
          ['Guests (not in scope)', pop.guests],
        ] as Array<[string, number]>)
      : []),
    ['snapshot.json SHA-256', results.snapshotSha256 ?? ''],
  ];
}

export function buildWorkbook(results: Results): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${results.tool.name} ${results.tool.version}`;
  // Deterministic: the scan time, not the wall clock.
  wb.created = new Date(results.scanTime);
  wb.modified = new Date(results.scanTime);
  sheet(wb, 'Summary', ['Item', 'Value'], summaryRows(results));
  sheet(
    wb,
    'Checks',
    [
      'id',
      'title',
      'severity',
      'status',
      'realStatus',
      'source',
      'scored',
      'observed',
      'expected',
      'message',
      'frameworks',
      'response',
      'responseOwner',
      'responseDue',
    ],
    results.checks.map((c) => [
      c.id,
      c.title,
      c.severity,
      c.status,
      c.realStatus,
      c.source,
      c.baseline?.scored === false ? 'no' : 'yes',
      c.observed,
      c.expected,
      c.message,
      (c.frameworks ?? []).map((t) => t.label).join('; '),
      c.response?.response,
      c.response?.owner,
      c.response?.due,
    ]),
  );
  const columns: string[] = [];
  for (const c of results.checks)
    for (const col of c.evidence.affected?.columns ?? []) if (!columns.includes(col)) columns.push(col);
  const affected: XlsxCell[][] = [];
  for (const c of results.checks) {
    for (const row of c.evidence.affected?.rows ?? [])
      affected.push([c.id, c.evidence.affected!.kind, ...columns.map((col) => row[col])]);
  }
  sheet(wb, 'Affected objects', ['checkId', 'kind', ...columns], affected);
  sheet(
    wb,
    'Frameworks',
    ['framework', 'version', 'control', 'title', 'level', 'basis', 'checks', 'status'],
    (results.frameworks ?? []).flatMap((f) =>
      f.controls.map((c) => [
        f.name,
        f.version,
        c.id,
        c.title,
        c.level,
        c.basis,
        c.checks.join(', '),
        c.status,
      ]),
    ),
  );
  sheet(
    wb,
    'Responses',
    ['check', 'title', 'status', 'response', 'owner', 'due', 'responseStatus'],
    results.checks
      .filter((c) => c.response)
      .map((c) => [
        c.id,
        c.title,
        c.status,
        c.response!.response,
        c.response!.owner,
        c.response!.due,
        c.response!.status,
      ]),
  );
  return wb;
}

export async function resultsXlsx(results: Results): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(results).xlsx.writeBuffer());
}
