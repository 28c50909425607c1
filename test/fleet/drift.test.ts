import { expect } from 'chai';
import { computeDrift, describeChange, hasRegression } from '../../src/fleet/drift.js';
import { sampleResults, withStatus } from './support/sample-results.js';

describe('drift', () => {
  const base = withStatus(withStatus(sampleResults(), 'SSPR-01', 'pass'), 'SSPR-06', 'warn');

  it('is empty for a first scan', () => {
    expect(computeDrift(undefined, base)).to.deep.equal({
      worse: [],
      better: [],
      coverage: [],
      scoreDelta: null,
    });
  });

  it('reports a check that got worse (pass > warn > fail) with the score delta', () => {
    const now = withStatus(base, 'SSPR-01', 'fail');
    const drift = computeDrift(base, now);
    expect(drift.worse.map(describeChange)).to.deep.equal(['SSPR-01 pass → fail']);
    expect(drift.better).to.deep.equal([]);
    expect(drift.scoreDelta).to.be.below(0);
    expect(drift.previousScanAt).to.equal(base.finishedAt);
    expect(hasRegression(drift)).to.equal(true);
  });

  it('reports a check that got better', () => {
    const drift = computeDrift(base, withStatus(base, 'SSPR-06', 'pass'));
    expect(drift.better.map(describeChange)).to.deep.equal(['SSPR-06 warn → pass']);
    expect(hasRegression(drift)).to.equal(false);
  });

  it('reports not_assessed / not_applicable changes as coverage, not as drift', () => {
    const drift = computeDrift(
      base,
      withStatus(withStatus(base, 'SSPR-01', 'not_assessed'), 'SSPR-06', 'not_applicable'),
    );
    expect(drift.worse).to.deep.equal([]);
    expect(drift.coverage.map(describeChange)).to.deep.equal([
      'SSPR-01 pass → not_assessed',
      'SSPR-06 warn → not_applicable',
    ]);
  });

  it('compares real statuses: an accepted-risk exception neither hides a regression nor counts as a fix', () => {
    const regressed = withStatus(base, 'SSPR-01', 'fail');
    regressed.checks[0].status = 'accepted_risk';
    expect(computeDrift(base, regressed).worse.map(describeChange)).to.deep.equal(['SSPR-01 pass → fail']);
    const accepted = structuredClone(regressed);
    expect(computeDrift(regressed, accepted).worse).to.deep.equal([]);
  });

  it('reports checks that appear or disappear between tool versions as coverage changes', () => {
    const older = structuredClone(base);
    older.checks = older.checks.filter((c) => c.id !== 'SSPR-06');
    expect(computeDrift(older, base).coverage.map(describeChange)).to.deep.equal(['SSPR-06 absent → warn']);
    expect(computeDrift(base, older).coverage.map(describeChange)).to.deep.equal(['SSPR-06 warn → absent']);
  });
});
