// The auditor's report through the real CLI: the demo rendered to every format with a responses file.
// The headline figures (score both ways, coverage, the members-can-reset conclusion) are the same
// strings in the CLI summary, the HTML, the PDF text, the CSV and the XLSX; the PDF carries the
// conclusion, the population bridge, CIS 5.2.4.1 and ISO A.5.17. Expectations come from results.json,
// never from hard-coded demo numbers (verdict rules change).

import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headlineFigures } from '../../src/report/figures.js';
import type { Results } from '../../src/results/types.js';
import { runCli, tempDir } from '../helpers/run-cli.js';
import { parseCsv } from './helpers/parse-csv.js';
import { pdfText } from './helpers/pdf-tools.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('auditor report (demo, every format, through the CLI)', function () {
  this.timeout(180_000);
  const dir = tempDir('sspr-auditor-');
  const responses = join(dir, 'responses.yaml');
  let stdout = '';
  let results: Results;

  before(() => {
    writeFileSync(
      responses,
      'SSPR-03:\n  response: "Agreed: require two methods once registration coverage passes."\n  owner: "Sam Lee, IAM lead"\n  due: 2027-02-28\n',
    );
    const run = runCli(['demo', '--out', join(dir, 'out'), '--responses', responses]);
    expect(run.code, run.stderr).to.equal(0);
    stdout = run.stdout;
    results = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
  });

  it('carries the response, the baseline, the population and framework tags in results.json', () => {
    expect(results.checks.find((c) => c.id === 'SSPR-03')!.response?.owner).to.equal('Sam Lee, IAM lead');
    expect(results.baseline?.id).to.equal('id03-guide');
    expect(results.population!.all.capable).to.be.at.most(results.population!.all.registered);
    expect(results.checks.find((c) => c.id === 'SSPR-01')!.frameworks!.map((t) => t.control)).to.include(
      '5.2.4.1',
    );
    expect(results.snapshotSha256).to.match(/^[0-9a-f]{64}$/);
    for (const c of results.collection) expect(c.fetchedAt, c.source).to.be.a('string');
  });

  it('prints the same figures in the CLI summary, HTML, PDF, CSV and XLSX', async () => {
    const f = headlineFigures(results);
    const html = flat(readFileSync(join(dir, 'out', 'report.html'), 'utf8'));
    const pdf = flat(pdfText(join(dir, 'out', 'report.pdf')));
    const figures = [
      `score ${f.score}`,
      `coverage ${f.coverage}`,
      `${f.scoreWithoutAcceptedRisks} (grade ${f.gradeWithoutAcceptedRisks})`,
      f.conclusion,
    ];
    for (const text of figures) {
      expect(stdout.toLowerCase(), `CLI: ${text}`).to.include(text.toLowerCase());
      expect(html.toLowerCase(), `HTML: ${text}`).to.include(text.toLowerCase());
      expect(pdf.toLowerCase(), `PDF: ${text}`).to.include(text.toLowerCase());
    }
    // XLSX Summary sheet: the same strings.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', 'results.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).to.deep.equal([
      'Summary',
      'Checks',
      'Affected objects',
      'Frameworks',
      'Responses',
    ]);
    const summary = new Map<string, unknown>();
    wb.getWorksheet('Summary')!.eachRow(
      (row, n) => n > 1 && summary.set(String(row.getCell(1).value), row.getCell(2).value),
    );
    expect(summary.get('Score (accepted risks applied)')).to.equal(f.score);
    expect(summary.get('Coverage (accepted risks applied)')).to.equal(f.coverage);
    expect(summary.get('Score (without accepted risks)')).to.equal(f.scoreWithoutAcceptedRisks);
    expect(summary.get('Conclusion')).to.equal(f.conclusion);
    expect(summary.get('Capable members (can reset today)')).to.equal(results.population!.all.capable);
    expect(wb.getWorksheet('Responses')!.rowCount).to.equal(2);
    // CSV: one row per check, statuses add up to the counts every other output prints.
    const csv = parseCsv(readFileSync(join(dir, 'out', 'results.csv'), 'utf8'));
    const header = csv[0];
    const status = header.indexOf('status');
    for (const [s, n] of Object.entries(results.counts)) {
      expect(csv.slice(1).filter((r) => r[status] === s).length, s).to.equal(n);
    }
    expect(header).to.include.members(['frameworks', 'response', 'responseOwner', 'responseDue']);
  });

  it('the PDF text holds the conclusion, the population bridge, CIS 5.2.4.1, ISO A.5.17 and both scores', () => {
    const pdf = flat(pdfText(join(dir, 'out', 'report.pdf')));
    const f = headlineFigures(results);
    expect(pdf).to.include('Overall conclusion');
    expect(pdf).to.include(f.conclusion);
    expect(pdf).to.include('Population bridge');
    expect(pdf).to.include('SSPR-enabled');
    expect(pdf).to.match(/Capable and holding ≥ 2 usable methods \d/);
    expect(pdf).to.include('CIS');
    expect(pdf).to.include('5.2.4.1');
    expect(pdf).to.include('A.5.17');
    expect(pdf).to.include('Compliance by framework');
    expect(pdf).to.include(`Score ${f.score} (grade ${f.grade}) with accepted risks applied`);
    expect(pdf).to.include(
      `${f.scoreWithoutAcceptedRisks} (grade ${f.gradeWithoutAcceptedRisks}) without accepted risks`,
    );
    expect(pdf).to.include('Management response');
    expect(pdf).to.include('Sam Lee, IAM lead');
    expect(pdf).to.include('snapshot.json SHA-256');
    expect(pdf).to.include(results.snapshotSha256!);
    expect(pdf).to.include('Confidential');
    expect(pdf).to.include('Document version');
    expect(pdf).to.not.include('Protection > Password reset');
  });

  it('every chart carries its population in the caption', () => {
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    const captions = [...html.matchAll(/<figcaption>([^<]*)<\/figcaption>/g)].map((m) => m[1]);
    expect(captions.length).to.be.greaterThan(3);
    for (const c of captions.filter((c) => c !== 'Score')) expect(c).to.include('population');
  });

  it('a responses file with a bad key exits 2 naming the file and the key', () => {
    const bad = join(dir, 'bad-responses.yaml');
    writeFileSync(bad, 'SSPR-99:\n  response: x\n  owner: y\n');
    const run = runCli(['demo', '--out', join(dir, 'bad'), '--format', 'json', '--responses', bad]);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.include('bad-responses.yaml');
    expect(run.stderr).to.include('SSPR-99');
  });

  it('a responses entry without an owner exits 2 naming the path', () => {
    const bad = join(dir, 'no-owner.yaml');
    writeFileSync(bad, 'SSPR-03:\n  response: x\n');
    const run = runCli(['demo', '--out', join(dir, 'bad2'), '--format', 'json', '--responses', bad]);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(/no-owner\.yaml.*\/SSPR-03.*owner/);
  });

  it('--baseline asd-blueprint says why SSPR-01 changed, in the report', () => {
    const run = runCli([
      'demo',
      '--out',
      join(dir, 'asd'),
      '--format',
      'json,html',
      '--baseline',
      'asd-blueprint',
    ]);
    expect(run.code, run.stderr).to.equal(0);
    const asd: Results = JSON.parse(readFileSync(join(dir, 'asd', 'results.json'), 'utf8'));
    const guide = results.checks.find((c) => c.id === 'SSPR-01')!;
    const now = asd.checks.find((c) => c.id === 'SSPR-01')!;
    if (guide.status === 'warn' && /^Selected/.test(guide.observed)) {
      expect(now.status).to.equal('pass');
      const html = flat(readFileSync(join(dir, 'asd', 'report.html'), 'utf8'));
      expect(html).to.include('ASD Blueprint for Secure Cloud enables SSPR for a Selected group by design');
    }
    expect(run.stdout).to.include('asd-blueprint');
  });
});
