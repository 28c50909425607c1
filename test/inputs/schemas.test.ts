import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { validatorFor } from '../../src/inputs/schemas.js';
import { buildResults } from '../../src/results/build-results.js';
import { demoSnapshot, DEMO_FILES } from '../../src/demo/demo-tenant.js';
import { golden } from '../fixtures/golden.js';
import { ROOT } from '../helpers/run-cli.js';

describe('schemas', () => {
  it('accepts the golden snapshot and the demo snapshot', () => {
    const v = validatorFor('snapshot');
    expect(v(JSON.parse(JSON.stringify(golden()))), JSON.stringify(v.errors)).to.equal(true);
    expect(v(demoSnapshot()), JSON.stringify(v.errors)).to.equal(true);
  });

  it('accepts the results built from the golden snapshot and rejects a status outside the closed set', () => {
    const results = buildResults({ snapshot: golden(), startedAt: new Date(), finishedAt: new Date() });
    const v = validatorFor('results');
    expect(v(JSON.parse(JSON.stringify(results))), JSON.stringify(v.errors)).to.equal(true);
    const bad = JSON.parse(JSON.stringify(results));
    bad.checks[0].status = 'manual';
    expect(v(bad)).to.equal(false);
  });

  it('requires a reason on not_assessed results', () => {
    const results = JSON.parse(
      JSON.stringify(buildResults({ snapshot: golden(), startedAt: new Date(), finishedAt: new Date() })),
    );
    results.checks[0].status = 'not_assessed';
    results.checks[0].source = 'none';
    expect(validatorFor('results')(results)).to.equal(false);
    results.checks[0].reason = 'missing_permission';
    expect(validatorFor('results')(results)).to.equal(true);
  });

  it('keeps the bundled demo snapshot equal to what its spec generates', () => {
    const bundled = JSON.parse(readFileSync(`${ROOT}/${DEMO_FILES.snapshot}`, 'utf8'));
    expect(bundled).to.deep.equal(JSON.parse(JSON.stringify(demoSnapshot())));
  });
});
