// fleet-report.xlsx: the fleet in a workbook. Tenants (one row per tenant: state, score both ways,
// coverage, counts) and Matrix (tenants × checks, each cell the check's status). Text is neutralised
// as in the tenant workbook; the figures are the strings every other output prints (figures.ts).

import ExcelJS from 'exceljs';
import type { FleetPassSummary } from '../fleet/run-fleet-pass.js';
import { headlineFigures } from './figures.js';
import { xlsxValue, type XlsxCell } from './xlsx.js';

function addSheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: XlsxCell[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(xlsxValue));
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 32 : Math.max(10, header[i].length + 2)));
}

export async function fleetXlsx(summary: FleetPassSummary): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'sspr-audit';
  wb.created = new Date(summary.startedAt);
  wb.modified = new Date(summary.startedAt);
  const scanned = summary.outcomes.flatMap((o) => (o.outcome === 'ok' ? [o] : []));
  addSheet(
    wb,
    'Tenants',
    [
      'tenant',
      'id',
      'state',
      'score',
      'grade',
      'coverage',
      'score without accepted risks',
      'grade without accepted risks',
      'members who can reset',
      'fail',
      'warn',
      'not assessed',
      'error',
    ],
    [
      ...summary.outcomes.map((o): XlsxCell[] => {
        if (o.outcome !== 'ok')
          return [
            o.tenant.name,
            o.tenant.id,
            o.errorKind === 'interrupted' ? 'abandoned' : 'failed',
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            o.error,
          ];
        const f = headlineFigures(o.results);
        return [
          o.tenant.name,
          o.tenant.id,
          'scanned',
          f.score,
          f.grade,
          f.coverage,
          f.scoreWithoutAcceptedRisks,
          f.gradeWithoutAcceptedRisks,
          f.canReset,
          o.results.counts.fail,
          o.results.counts.warn,
          o.results.counts.not_assessed,
          null,
        ];
      }),
      ...summary.notStarted.map((t): XlsxCell[] => [t.name, t.id, 'not_started']),
    ],
  );
  const checkIds = [...new Set(scanned.flatMap((o) => o.results.checks.map((c) => c.id)))].sort();
  addSheet(
    wb,
    'Matrix',
    ['tenant', ...checkIds],
    scanned.map((o) => [
      o.tenant.name,
      ...checkIds.map((id) => o.results.checks.find((c) => c.id === id)?.status),
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
