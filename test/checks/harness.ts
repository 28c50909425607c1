// Table-driven check tests: each case patches the golden snapshot, runs the real registry through the
// real engine, and asserts the status, source, reason and whatever else the case names.

import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import { runChecks, type CheckOptions } from '../../src/engine/run-checks.js';
import type { CheckResultCore, Status } from '../../src/engine/types.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { golden } from '../fixtures/golden.js';

export interface CheckCase {
  name: string;
  patch?: (s: Snapshot) => void;
  options?: CheckOptions;
  expect: {
    status: Exclude<Status, 'accepted_risk'>;
    source: CheckResultCore['source'];
    reason?: CheckResultCore['reason'];
    missingPermission?: string;
    /** Substrings the message must contain. */
    message?: string[];
    observed?: string;
    affectedRows?: number;
    /** Sources recorded as disagreeing. */
    disagreements?: string[];
    troubleshooting?: string[];
    /** Any further assertion on the result. */
    also?: (r: CheckResultCore) => void;
  };
}

export function evaluateOne(id: string, s: Snapshot, options?: CheckOptions): CheckResultCore {
  const result = runChecks(CHECKS, s, options).find((r) => r.id === id);
  if (!result) throw new Error(`${id} is not in the registry`);
  return result;
}

export function runCheckCases(id: string, cases: CheckCase[]): void {
  describe(id, () => {
    it('has unique case names and covers pass and not_assessed', () => {
      expect(new Set(cases.map((c) => c.name)).size).to.equal(cases.length);
      const statuses = new Set(cases.map((c) => c.expect.status));
      expect(statuses.has('pass') || statuses.has('not_applicable'), 'a passing or n/a case').to.equal(true);
    });
    for (const c of cases) {
      it(c.name, () => {
        const r = evaluateOne(id, golden(c.patch), c.options);
        const e = c.expect;
        expect(r.status, `status (message: ${r.message})`).to.equal(e.status);
        expect(r.source, 'source').to.equal(e.source);
        if (e.status === 'not_assessed' || e.status === 'not_applicable')
          expect(r.reason, 'reason').to.equal(e.reason);
        else expect(r.reason, 'no reason on a verdict').to.equal(undefined);
        if (e.status === 'not_assessed') expect(r.source).to.equal('none');
        if (e.missingPermission !== undefined) expect(r.missingPermission).to.equal(e.missingPermission);
        for (const part of e.message ?? []) expect(r.message).to.include(part);
        if (e.observed !== undefined) expect(r.observed).to.include(e.observed);
        if (e.affectedRows !== undefined)
          expect(r.evidence.affected?.rows.length ?? 0, 'affected rows').to.equal(e.affectedRows);
        if (e.disagreements !== undefined) {
          expect((r.evidence.disagreements ?? []).map((d) => d.source)).to.deep.equal(e.disagreements);
        }
        if (e.troubleshooting !== undefined) expect(r.troubleshooting).to.deep.equal(e.troubleshooting);
        expect(r.message.length, 'a message in words').to.be.greaterThan(10);
        e.also?.(r);
      });
    }
  });
}
