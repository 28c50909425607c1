// fleet-report.xlsx: one row per tenant (scanned, failed, not started) and a tenants × checks matrix;
// tenant text is neutralised so a spreadsheet never runs it as a formula.

import { expect } from 'chai';
import ExcelJS from 'exceljs';
import type { FleetTenant } from '../../src/fleet/config-types.js';
import type { FleetPassSummary } from '../../src/fleet/run-fleet-pass.js';
import { headlineFigures } from '../../src/report/figures.js';
import { fleetXlsx } from '../../src/report/fleet-xlsx.js';
import { demoArtifacts } from './helpers/report-fixtures.js';

const tenant = (id: string, name: string) =>
  ({ index: 0, id, name, cloud: 'global' }) as unknown as FleetTenant;

describe('fleet workbook', () => {
  it('has a Tenants sheet with the shared figures and a tenants × checks Matrix', async () => {
    const { results } = demoArtifacts();
    const summary = {
      runId: 1,
      startedAt: '2026-11-20T09:00:00Z',
      finishedAt: '2026-11-20T09:05:00Z',
      trigger: 'once',
      interrupted: false,
      outcomes: [
        {
          tenant: tenant('t1', 'Contoso'),
          outcome: 'ok',
          results,
          drift: { worse: [], better: [], coverage: [] },
          outDir: '/x',
          files: [],
          manifest: {},
          exitCode: 0,
          startedAt: '',
          finishedAt: '',
        },
        {
          tenant: tenant('t2', '=HYPERLINK("http://evil")'),
          outcome: 'failed',
          error: 'boom',
          errorKind: 'auth',
          startedAt: '',
          finishedAt: '',
        },
      ],
      notStarted: [tenant('t3', 'Later Ltd')],
    } as unknown as FleetPassSummary;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fleetXlsx(summary)) as unknown as ArrayBuffer);
    const tenants = wb.getWorksheet('Tenants')!;
    expect(tenants.rowCount).to.equal(4);
    const f = headlineFigures(results);
    expect(tenants.getRow(2).getCell(4).value).to.equal(f.score);
    expect(tenants.getRow(2).getCell(7).value).to.equal(f.scoreWithoutAcceptedRisks);
    expect(String(tenants.getRow(3).getCell(1).value)).to.match(/^'=HYPERLINK/);
    expect(tenants.getRow(3).getCell(1).formula).to.equal(undefined);
    const matrix = wb.getWorksheet('Matrix')!;
    expect(matrix.getRow(1).getCell(2).value).to.equal('SSPR-01');
    expect(matrix.getRow(2).getCell(2).value).to.equal(
      results.checks.find((c) => c.id === 'SSPR-01')!.status,
    );
  });
});
