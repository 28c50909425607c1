// Chart geometry: bars scale to their maximum, empty charts say so, the gauge's arc ends at the score.

import { expect } from 'chai';
import { barChart, gauge } from '../../src/report/view/charts.js';

describe('report charts', () => {
  it('scales bars to the largest value by default, and to `max` when given', () => {
    const byLargest = barChart({
      title: 't',
      description: 'd',
      bars: [
        { label: 'a', value: 10 },
        { label: 'b', value: 5 },
        { label: 'c', value: 0 },
      ],
    });
    const [a, b, c] = byLargest.bars;
    expect(b.width).to.be.closeTo(a.width / 2, 0.1);
    expect(c.width).to.equal(0);
    expect(byLargest.empty).to.equal(false);
    const byMax = barChart({ title: 't', description: 'd', bars: [{ label: 'a', value: 10 }], max: 40 });
    expect(byMax.bars[0].width).to.be.closeTo(a.width / 4, 0.1);
  });

  it('places each bar on its own row, value text after the bar', () => {
    const chart = barChart({
      title: 't',
      description: 'd',
      bars: [1, 2, 3].map((v) => ({ label: `m${v}`, value: v })),
    });
    expect(chart.bars.map((b) => b.y)).to.deep.equal([4, 24, 44]);
    for (const bar of chart.bars) expect(bar.valueX).to.be.greaterThan(bar.x + bar.width);
    expect(chart.height).to.be.greaterThan(chart.bars[2].y + chart.bars[2].height);
  });

  it('marks a chart of zeros (or no bars) as empty', () => {
    expect(barChart({ title: 't', description: 'd', bars: [{ label: 'a', value: 0 }] }).empty).to.equal(true);
    expect(barChart({ title: 't', description: 'd', bars: [], emptyText: 'nothing' })).to.include({
      empty: true,
      emptyText: 'nothing',
    });
  });

  it('shortens long labels but keeps the full text for the tooltip', () => {
    const label = 'OnPremisesConnectivityError: the on-premises password could not be updated.';
    const [bar] = barChart({ title: 't', description: 'd', bars: [{ label, value: 3 }] }).bars;
    expect(bar.label.length).to.be.lessThan(label.length);
    expect(bar.label.endsWith('…')).to.equal(true);
    expect(bar.fullLabel).to.equal(label);
  });

  const arcs: Array<[number, string | null]> = [
    [0, null],
    [50, 'M 20 100 A 80 80 0 0 1 100 20'],
    [100, 'M 20 100 A 80 80 0 0 1 180 100'],
    [140, 'M 20 100 A 80 80 0 0 1 180 100'],
  ];
  for (const [value, path] of arcs) {
    it(`draws the gauge arc for a score of ${value}`, () => {
      const g = gauge(value, String(value), 'Grade X');
      expect(g.valuePath).to.equal(path);
      expect(g.trackPath).to.equal('M 20 100 A 80 80 0 0 1 180 100');
    });
  }
});
