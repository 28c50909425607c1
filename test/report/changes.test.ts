// Changes since the previous scan: per check old → new status, better or worse, new and removed checks.

import { expect } from 'chai';
import type { Status } from '../../src/engine/types.js';
import type { CheckResult, Results } from '../../src/results/types.js';
import { changesSince, directionOf } from '../../src/report/view/changes.js';
import { goldenArtifacts } from './helpers/report-fixtures.js';

type Verdict = Exclude<Status, 'accepted_risk'>;
const base = goldenArtifacts().results;
const sample = base.checks.find((c) => c.id === 'SSPR-06')!;
const check = (
  status: Status,
  realStatus: Verdict = status === 'accepted_risk' ? 'fail' : (status as Verdict),
): CheckResult => ({ ...sample, status, realStatus });

describe('changes since the previous scan', () => {
  const table: Array<[CheckResult, CheckResult, string]> = [
    [check('pass'), check('fail'), 'worse'],
    [check('pass'), check('warn'), 'worse'],
    [check('warn'), check('fail'), 'worse'],
    [check('fail'), check('pass'), 'better'],
    [check('warn'), check('pass'), 'better'],
    [check('fail'), check('warn'), 'better'],
    [check('pass'), check('pass'), 'same'],
    [check('fail'), check('not_assessed'), 'changed'],
    [check('not_assessed'), check('fail'), 'changed'],
    [check('pass'), check('not_applicable'), 'changed'],
    [check('fail'), check('accepted_risk', 'fail'), 'changed'],
    [check('accepted_risk', 'fail'), check('fail'), 'changed'],
    [check('accepted_risk', 'warn'), check('pass'), 'better'],
    [check('pass'), check('accepted_risk', 'fail'), 'worse'],
    [check('accepted_risk', 'fail'), check('accepted_risk', 'warn'), 'better'],
  ];
  for (const [before, after, expected] of table) {
    const name = (c: CheckResult) =>
      c.status === 'accepted_risk' ? `accepted_risk(${c.realStatus})` : c.status;
    it(`${name(before)} → ${name(after)} is ${expected}`, () => {
      expect(directionOf(before, after)).to.equal(expected);
    });
  }

  const withStatuses = (results: Results, statuses: Record<string, CheckResult>, score: number): Results => ({
    ...results,
    score: { ...results.score, value: score },
    checks: results.checks.map((c) => ({
      ...c,
      ...(statuses[c.id] ? { status: statuses[c.id].status, realStatus: statuses[c.id].realStatus } : {}),
    })),
  });

  it('lists the changed checks, worst first, with labels, and counts the unchanged', () => {
    const previous = withStatuses(
      base,
      {
        'SSPR-06': check('pass'),
        'SSPR-07': check('fail'),
        'SSPR-09': check('fail'),
        'SSPR-23': check('pass'),
      },
      80,
    );
    const current = withStatuses(
      base,
      {
        'SSPR-06': check('fail'),
        'SSPR-07': check('pass'),
        'SSPR-09': check('not_assessed'),
        'SSPR-23': check('accepted_risk', 'fail'),
      },
      76.5,
    );
    const changes = changesSince(previous, current, (id) => `check-${id.toLowerCase()}`);
    expect(changes.items.map((i) => [i.id, i.from?.key, i.to?.key, i.directionLabel])).to.deep.equal([
      ['SSPR-06', 'pass', 'fail', 'Worse'],
      ['SSPR-23', 'pass', 'accepted_risk', 'Worse'],
      ['SSPR-09', 'fail', 'not_assessed', 'No longer assessed'],
      ['SSPR-07', 'fail', 'pass', 'Better'],
    ]);
    expect(changes.unchangedCount).to.equal(base.checks.length - 4);
    expect(changes).to.include({
      scoreDelta: '−3.5',
      scoreDirection: 'worse',
      worseCount: 2,
      betterCount: 1,
      hasChanges: true,
      previousScore: '80.0',
      currentScore: '76.5',
    });
    expect(changes.items[0].anchor).to.equal('check-sspr-06');
  });

  it('names checks that are new in this scan and checks no longer in it', () => {
    const previous: Results = {
      ...base,
      checks: [
        ...base.checks.filter((c) => c.id !== 'SSPR-24'),
        { ...sample, id: 'SSPR-99', title: 'Retired check' },
      ],
    };
    const changes = changesSince(previous, base, (id) => id);
    expect(
      changes.items.map((i) => [i.id, i.direction, i.from?.key ?? null, i.to?.key ?? null]),
    ).to.deep.equal([
      ['SSPR-24', 'new', null, 'pass'],
      ['SSPR-99', 'removed', 'pass', null],
    ]);
    expect(changes.items[1].anchor).to.equal(null);
  });

  it('says when nothing changed', () => {
    const changes = changesSince(base, base, (id) => id);
    expect(changes).to.include({
      hasChanges: false,
      scoreDelta: '±0.0',
      scoreDirection: 'same',
      unchangedCount: base.checks.length,
    });
  });
});
