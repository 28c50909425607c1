// Formatting for the report: percentages round down, durations and dates are UTC and deterministic.

import { expect } from 'chai';
import {
  formatCell,
  formatCount,
  formatDate,
  formatDateTime,
  formatDuration,
  formatPercent,
  formatScore,
} from '../../src/report/view/format.js';
import { humanise } from '../../src/report/view/labels.js';

describe('report formatting', () => {
  const percents: Array<[number | null, number, string]> = [
    [0.99996, 1, '99.9%'],
    [0.999, 0, '99%'],
    [1, 1, '100.0%'],
    [0.5, 1, '50.0%'],
    [0.857142, 1, '85.7%'],
    [0.29, 0, '29%'],
    [0, 0, '0%'],
    [null, 1, '–'],
  ];
  for (const [fraction, digits, expected] of percents) {
    it(`formatPercent(${fraction}, ${digits}) = ${expected} (rounds down, so a missed threshold never looks met)`, () => {
      expect(formatPercent(fraction, digits)).to.equal(expected);
    });
  }

  const durations: Array<[number, string]> = [
    [850, '850 ms'],
    [3200, '3.2 s'],
    [120_000, '2 min 00 s'],
    [3_723_000, '1 h 02 min'],
    [-1, '–'],
  ];
  for (const [ms, expected] of durations)
    it(`formatDuration(${ms}) = ${expected}`, () => expect(formatDuration(ms)).to.equal(expected));

  it('prints the score with one decimal', () => {
    expect([formatScore(72.06), formatScore(0), formatScore(100), formatScore(66.666)]).to.deep.equal([
      '72.1',
      '0.0',
      '100.0',
      '66.7',
    ]);
  });

  it('prints dates in UTC whatever the input zone', () => {
    expect(formatDate('2026-11-20')).to.equal('20 Nov 2026');
    expect(formatDateTime('2026-11-20T23:30:00-02:00')).to.equal('21 Nov 2026, 01:30 UTC');
    expect(formatDate('not a date')).to.equal('not a date');
  });

  it('prints cells and counts for tables', () => {
    expect([
      formatCell(null),
      formatCell(true),
      formatCell(false),
      formatCell(3),
      formatCell(''),
    ]).to.deep.equal(['–', 'Yes', 'No', '3', '–']);
    expect([formatCount(5000), formatCount(1234567), formatCount(12)]).to.deep.equal([
      '5,000',
      '1,234,567',
      '12',
    ]);
  });

  it('turns field names into table headings', () => {
    expect(
      ['userPrincipalName', 'id', 'displayName', 'isSsprEnabled', 'skuPartNumber'].map(humanise),
    ).to.deep.equal(['User principal name', 'ID', 'Display name', 'Is SSPR enabled', 'SKU part number']);
  });
});
