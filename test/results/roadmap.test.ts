// The roadmap is safe by construction: "require two methods" (SSPR-03) never comes before the
// coverage step while that step is open, writeback comes before extending to All, and every step
// comes after the steps it waits for, whatever the statuses.

import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import type { Status } from '../../src/engine/types.js';
import { buildRoadmap, PHASES, stepDefinitions } from '../../src/results/roadmap.js';
import { demoArtifacts } from '../report/helpers/report-fixtures.js';

const STATUSES: Status[] = ['pass', 'warn', 'fail', 'not_applicable', 'not_assessed'];

/** A small deterministic PRNG so a failure names a reproducible seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('remediation roadmap', () => {
  it('never orders a method-count increase before the coverage step (1,000 random tenants)', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const next = rng(seed);
      const statuses = new Map(
        CHECKS.map((c) => [c.meta.id, STATUSES[Math.floor(next() * STATUSES.length)]]),
      );
      const roadmap = buildRoadmap((id) => statuses.get(id));
      const requireTwo = roadmap.find((s) => s.id === 'require-two-methods');
      if (!requireTwo) continue;
      const coverageProven = ['SSPR-09', 'SSPR-14', 'SSPR-15', 'SSPR-16'].every((id) =>
        ['pass', 'not_applicable'].includes(statuses.get(id)!),
      );
      const coverage = roadmap.find((s) => s.id === 'register');
      if (coverageProven) continue;
      expect(coverage, `seed ${seed}: the coverage step is missing while SSPR-03 is scheduled`).to.not.equal(
        undefined,
      );
      expect(requireTwo.order, `seed ${seed}`).to.be.greaterThan(coverage!.order);
      expect(PHASES.indexOf(requireTwo.phase), `seed ${seed}`).to.be.greaterThan(
        PHASES.indexOf(coverage!.phase),
      );
      expect(requireTwo.after).to.include('register');
    }
  });

  it('orders every step after each step it waits for', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = rng(seed);
      const roadmap = buildRoadmap(() => STATUSES[Math.floor(next() * STATUSES.length)]);
      for (const step of roadmap) {
        for (const dep of step.after) {
          const d = roadmap.find((s) => s.id === dep)!;
          expect(d.order, `${step.id} after ${dep}`).to.be.lessThan(step.order);
          // Later holds every step two or more dependencies deep, so only the order separates those.
          if (d.phase !== 'Later') expect(PHASES.indexOf(d.phase)).to.be.lessThan(PHASES.indexOf(step.phase));
        }
      }
    }
  });

  it('on the demo: the coverage step comes before requiring two methods when users lack two methods', () => {
    const { results } = demoArtifacts();
    const roadmap = results.roadmap!;
    const sspr15 = results.checks.find((c) => c.id === 'SSPR-15')!;
    const requireTwo = roadmap.find((s) => s.id === 'require-two-methods');
    if (requireTwo && !['pass', 'not_applicable'].includes(sspr15.realStatus)) {
      const coverage = roadmap.find((s) => s.id === 'register')!;
      expect(coverage.order).to.be.lessThan(requireTwo.order);
    }
  });

  it('names only existing checks, and every check is closed by exactly one step', () => {
    const ids = CHECKS.map((c) => c.meta.id);
    const closed = stepDefinitions().flatMap((s) => s.closes);
    for (const id of closed) expect(ids).to.include(id);
    expect([...closed].sort()).to.deep.equal([...ids].sort());
  });
});
