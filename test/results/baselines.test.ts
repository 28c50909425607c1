// Baselines are data: each file is schema-valid and names only existing checks; --baseline
// asd-blueprint turns SSPR-01 "Selected" from warn into pass and says why; --profile overrides on top.

import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { CHECKS } from '../../checks/index.js';
import { baselineIds, BASELINE_DIR, loadBaseline, optionsInForce } from '../../src/inputs/baseline.js';
import { validatorFor } from '../../src/inputs/schemas.js';
import { buildResults } from '../../src/results/build-results.js';
import { loadFrameworks } from '../../src/results/frameworks.js';
import { demoArtifacts, FINISHED, STARTED } from '../report/helpers/report-fixtures.js';

const ids = CHECKS.map((c) => c.meta.id);

describe('baselines and frameworks as data', () => {
  it('ships id03-guide, cis-m365-v7 and asd-blueprint', () => {
    expect(baselineIds()).to.include.members(['id03-guide', 'cis-m365-v7', 'asd-blueprint']);
  });

  for (const id of baselineIds()) {
    it(`baselines/${id}.json is schema-valid and names only existing checks and options`, () => {
      const raw = JSON.parse(readFileSync(new URL(`${id}.json`, BASELINE_DIR), 'utf8'));
      const validate = validatorFor('baseline');
      expect(validate(raw), JSON.stringify(validate.errors)).to.equal(true);
      const baseline = loadBaseline(id, ids);
      for (const [check, c] of Object.entries(baseline.checks)) {
        expect(ids, check).to.include(check);
        const defaults = CHECKS.find((d) => d.meta.id === check)!.meta.defaultOptions as Record<
          string,
          unknown
        >;
        for (const key of Object.keys(c.options ?? {}))
          expect(defaults, `${check}.${key}`).to.have.property(key);
      }
      if (baseline.plugins) expect(baseline.plugins).to.be.an('array');
    });
  }

  it('rejects an unknown baseline naming the flag and the choices', () => {
    expect(() => loadBaseline('nope', ids)).to.throw(
      /--baseline: unknown baseline "nope" \(expected one of .*asd-blueprint/,
    );
  });

  it('every framework file is schema-valid (loadFrameworks validates) and names only existing checks', () => {
    const frameworks = loadFrameworks();
    expect(frameworks.map((f) => f.id)).to.include.members([
      'cis-m365-v7',
      'iso-27001-2022',
      'cisa-scuba-aad',
    ]);
    for (const f of frameworks)
      for (const c of f.controls)
        for (const check of c.checks) expect(ids, `${f.id} ${c.id}`).to.include(check);
    const cis = frameworks.find((f) => f.id === 'cis-m365-v7')!;
    expect(cis.controls.map((c) => c.id)).to.deep.equal([
      '5.2.4.1',
      '5.2.4.2',
      '5.2.4.3',
      '5.2.4.4',
      '5.2.4.5',
    ]);
  });

  it("asd-blueprint accepts SSPR-01 Selected: the guide's warn becomes pass, with the reason", () => {
    const { snapshot } = demoArtifacts();
    const guide = buildResults({
      snapshot,
      baseline: loadBaseline('id03-guide', ids),
      startedAt: STARTED,
      finishedAt: FINISHED,
    });
    const asd = buildResults({
      snapshot,
      baseline: loadBaseline('asd-blueprint', ids),
      startedAt: STARTED,
      finishedAt: FINISHED,
    });
    const before = guide.checks.find((c) => c.id === 'SSPR-01')!;
    const after = asd.checks.find((c) => c.id === 'SSPR-01')!;
    if (before.status === 'warn' && /^Selected/.test(before.observed)) {
      expect(after.status).to.equal('pass');
      expect(after.baseline?.accepted?.checkStatus).to.equal('warn');
      expect(after.baseline?.accepted?.why).to.match(/Blueprint/);
    } else {
      expect(after.status).to.equal(before.status);
    }
    expect(asd.baseline?.id).to.equal('asd-blueprint');
  });

  it('cis-m365-v7 scores only its checks, and --profile overrides the baseline options', () => {
    const { snapshot } = demoArtifacts();
    const cis = loadBaseline('cis-m365-v7', ids);
    const r = buildResults({ snapshot, baseline: cis, startedAt: STARTED, finishedAt: FINISHED });
    const unscored = r.checks.filter((c) => c.baseline?.scored === false).map((c) => c.id);
    expect(unscored).to.include('SSPR-14');
    expect(r.checks.find((c) => c.id === 'SSPR-01')!.baseline?.level).to.equal('L1');
    const asd = loadBaseline('asd-blueprint', ids);
    expect(optionsInForce(asd, { 'SSPR-10': { maxDays: 90 } })['SSPR-10']).to.deep.equal({ maxDays: 90 });
    expect(optionsInForce(asd, {})['SSPR-10']).to.deep.equal({ maxDays: 180 });
  });
});
