// The runner's own rules, on a small registry of test checks (real engine, test-only checks).

import { expect } from 'chai';
import { defineCheck } from '../../src/engine/define-check.js';
import { runChecks } from '../../src/engine/run-checks.js';
import type { CheckMeta } from '../../src/engine/types.js';
import { failSource, golden } from '../fixtures/golden.js';

const meta = (id: string, extra: Partial<CheckMeta<object>> = {}): CheckMeta<object> => ({
  id,
  title: `Test check ${id}`,
  severity: 'low',
  checklistItem: 'enabled',
  description: 'test',
  dataSources: [{ source: 'organization', reads: 'x' }],
  sources: ['organization', 'subscribedSkus'],
  expected: 'x',
  remediation: { summary: 's', steps: ['a'] },
  troubleshooting: ['TS-01'],
  defaultOptions: {},
  ...extra,
});
const undecidedCheck = (id: string) =>
  defineCheck({
    meta: meta(id),
    evaluate: () => ({ kind: 'undecided', fallback: 'no_public_api', message: 'nothing decided.' }),
  });

describe('runChecks', () => {
  it('turns an undecided outcome into not_assessed with the first failed source in precedence order', () => {
    const s = golden((x) => {
      failSource(x, 'subscribedSkus', 'not_licensed');
      failSource(x, 'organization', 'forbidden', 'Organization.Read.All');
    });
    const [r] = runChecks([undecidedCheck('T-1')], s);
    expect(r).to.include({
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Organization.Read.All',
    });
    expect(r.message).to.include('Organization.Read.All');
  });

  it('uses the fallback reason only when every consulted source answered', () => {
    const [r] = runChecks([undecidedCheck('T-1')], golden());
    expect(r).to.include({ status: 'not_assessed', reason: 'no_public_api' });
  });

  it('does not treat a skipped source (portal not requested) as failed', () => {
    const [r] = runChecks(
      [undecidedCheck('T-1')],
      golden((x) => failSource(x, 'organization', 'skipped')),
    );
    expect(r.reason).to.equal('no_public_api');
  });

  it('hands a dependent check the real decision, evaluating dependencies first whatever the order', () => {
    const base = defineCheck({
      meta: meta('T-A'),
      evaluate: () => ({
        kind: 'decision',
        status: 'fail',
        source: 'graph',
        message: 'base failed.',
        observed: 'o',
        expected: 'e',
        evidence: { facts: [] },
      }),
    });
    const dependent = defineCheck({
      meta: meta('T-B', { dependsOn: ['T-A'] }),
      evaluate: (_s, _o, ctx) => ({
        kind: 'decision',
        status: 'pass',
        source: 'graph',
        message: `saw ${ctx.decisionOf('T-A').status}.`,
        observed: 'o',
        expected: 'e',
        evidence: { facts: [] },
      }),
    });
    const results = runChecks([dependent, base], golden());
    expect(results.map((r) => r.id)).to.deep.equal(['T-B', 'T-A']);
    expect(results[0].message).to.equal('saw fail.');
  });

  it('refuses an undeclared dependency, and records a check that throws as not_assessed, not a crash', () => {
    const sneaky = defineCheck({
      meta: meta('T-C'),
      evaluate: (_s, _o, ctx) => {
        ctx.decisionOf('T-A');
        throw new Error('unreachable');
      },
    });
    const [r] = runChecks([sneaky, undecidedCheck('T-A')], golden());
    expect(r).to.include({ status: 'not_assessed', reason: 'collection_error' });
    expect(r.message).to.include('without declaring it');
  });

  it('merges options over the defaults', () => {
    const seen: object[] = [];
    const tunable = defineCheck({
      meta: { ...meta('T-D'), defaultOptions: { a: 1, b: 2 } } as CheckMeta<{ a: number; b: number }>,
      evaluate: (_s, o) => {
        seen.push(o);
        return { kind: 'undecided', fallback: 'manual', message: 'x.' };
      },
    });
    runChecks([tunable], golden(), { 'T-D': { b: 5 } });
    expect(seen).to.deep.equal([{ a: 1, b: 5 }]);
  });
});
