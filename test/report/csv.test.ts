// results.csv and results-affected.csv, parsed back with a strict RFC 4180 reader.

import { expect } from 'chai';
import { csvField, UTF8_BOM } from '../../src/report/csv.js';
import { affectedCsv, RESULTS_CSV_COLUMNS, resultsCsv } from '../../src/report/results-csv.js';
import { csvRecords, parseCsv } from './helpers/parse-csv.js';
import {
  demoArtifacts,
  goldenArtifacts,
  HOSTILE,
  hostileArtifacts,
  withChecks,
} from './helpers/report-fixtures.js';

const body = (csv: string) => {
  expect(csv.startsWith(UTF8_BOM), 'starts with a UTF-8 BOM for Excel').to.equal(true);
  return csv.slice(1);
};

describe('CSV output', () => {
  const fields: Array<[Parameters<typeof csvField>[0], string]> = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=1+2', "'=1+2"],
    ['+1 4255551234', "'+1 4255551234"],
    ['-5', "'-5"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    [-5, '-5'],
    [3.5, '3.5'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ];
  for (const [value, expected] of fields) {
    it(`encodes ${JSON.stringify(value)} as ${JSON.stringify(expected)}`, () =>
      expect(csvField(value)).to.equal(expected));
  }

  describe('results.csv', () => {
    const { results } = demoArtifacts();
    const csv = resultsCsv(results);
    const records = csvRecords(body(csv));

    it('is RFC 4180: CRLF records, every row as wide as the header', () => {
      expect(csv.endsWith('\r\n')).to.equal(true);
      // The reader is strict: it refuses a bare LF, so parsing at all proves CRLF record ends.
      expect(() => parseCsv('a,b\nc,d\r\n')).to.throw(/expected a comma or CRLF/);
      expect(parseCsv(body(csv))[0]).to.deep.equal([...RESULTS_CSV_COLUMNS]);
    });

    it('has one row per check with its verdict, reason, troubleshooting and exception', () => {
      expect(records.map((r) => r.id)).to.deep.equal(results.checks.map((c) => c.id));
      for (const [i, c] of results.checks.entries()) {
        const r = records[i];
        expect([
          r.title,
          r.severity,
          r.status,
          r.realStatus,
          r.source,
          r.reason,
          r.missingPermission,
        ]).to.deep.equal([
          c.title,
          c.severity,
          c.status,
          c.realStatus,
          c.source,
          c.reason ?? '',
          c.missingPermission ?? '',
        ]);
        expect(r.troubleshooting).to.equal(c.remediation.troubleshooting.join(';'));
        expect([r.exceptionState, r.exceptionOwner, r.exceptionExpires]).to.deep.equal([
          c.exception?.state ?? '',
          c.exception?.owner ?? '',
          c.exception?.expires ?? '',
        ]);
      }
      expect(records.some((r) => r.exceptionState === 'live')).to.equal(true);
    });

    it('round-trips hostile text and neutralises formulas', () => {
      const base = hostileArtifacts().results;
      const hostile = withChecks(base, (c) =>
        c.id === 'SSPR-06'
          ? { ...c, observed: '=cmd|"/c calc"!A1', message: `x, "quoted"\r\nnext line ${HOSTILE.script}` }
          : c,
      );
      const row = csvRecords(body(resultsCsv(hostile))).find((r) => r.id === 'SSPR-06')!;
      expect(row.observed).to.equal(`'=cmd|"/c calc"!A1`);
      expect(row.message).to.equal(`x, "quoted"\r\nnext line ${HOSTILE.script}`);
      expect(row.exceptionOwner).to.equal(`Mallory ${HOSTILE.script}`);
    });
  });

  describe('results-affected.csv', () => {
    it("holds every affected object of every check: checkId, kind, then the objects' columns", () => {
      const { results } = demoArtifacts();
      const records = csvRecords(body(affectedCsv(results)));
      const withAffected = results.checks.filter((c) => c.evidence.affected?.rows.length);
      expect(withAffected.length).to.be.greaterThan(1);
      expect(records).to.have.length(withAffected.reduce((n, c) => n + c.evidence.affected!.rows.length, 0));
      const header = parseCsv(body(affectedCsv(results)))[0];
      expect(header.slice(0, 2)).to.deep.equal(['checkId', 'kind']);
      for (const c of withAffected) {
        const mine = records.filter((r) => r.checkId === c.id);
        expect(mine, c.id).to.have.length(c.evidence.affected!.rows.length);
        for (const col of c.evidence.affected!.columns) expect(header, `${c.id} ${col}`).to.include(col);
        const first = c.evidence.affected!.rows[0];
        for (const col of c.evidence.affected!.columns) {
          const v = first[col];
          const expected =
            v === null || v === undefined
              ? ''
              : typeof v === 'string' && /^[=+\-@\t\r]/.test(v)
                ? `'${v}`
                : String(v);
          expect(mine[0][col], `${c.id} ${col}`).to.equal(expected);
        }
        expect(mine[0].kind).to.equal(c.evidence.affected!.kind);
      }
    });

    it('has only the header when nothing is affected', () => {
      const { results } = goldenArtifacts();
      const none = withChecks(results, (c) => ({ ...c, evidence: { facts: c.evidence.facts } }));
      expect(parseCsv(body(affectedCsv(none)))).to.deep.equal([['checkId', 'kind']]);
    });
  });
});
