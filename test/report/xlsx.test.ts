// results.xlsx: the five sheets, and tenant text that starts like a formula is stored as text with a
// leading ' (as in the CSV), never as a formula.

import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { resultsXlsx, xlsxValue } from '../../src/report/xlsx.js';
import { goldenArtifacts } from './helpers/report-fixtures.js';

describe('XLSX output', () => {
  it('neutralises formula-like text and keeps numbers as numbers', () => {
    for (const s of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx']) expect(xlsxValue(s)).to.equal(`'${s}`);
    expect(xlsxValue('plain')).to.equal('plain');
    expect(xlsxValue(42)).to.equal(42);
    expect(xlsxValue(undefined)).to.equal(null);
  });

  it('writes a hostile tenant name and affected user as text, not formulas, in every sheet', async () => {
    const { results } = goldenArtifacts((s) => {
      s.tenant.displayName = '=HYPERLINK("http://evil","x")';
      s.sources.organization.data!.displayName = '=HYPERLINK("http://evil","x")';
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await resultsXlsx(results)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).to.deep.equal([
      'Summary',
      'Checks',
      'Affected objects',
      'Frameworks',
      'Responses',
    ]);
    let formulas = 0;
    let found = false;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
          if (String(cell.value).startsWith(`'=HYPERLINK`)) found = true;
        }),
      ),
    );
    expect(formulas).to.equal(0);
    expect(found).to.equal(true);
  });
});
