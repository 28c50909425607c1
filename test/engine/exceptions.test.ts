import { expect } from 'chai';
import { exceptionFor } from '../../src/engine/apply-exceptions.js';
import type { CheckResultCore } from '../../src/engine/types.js';

const result = (status: CheckResultCore['status']): CheckResultCore => ({
  id: 'SSPR-07',
  status,
  source: 'portal',
  message: 'm',
  observed: 'o',
  expected: 'e',
  evidence: { facts: [] },
  troubleshooting: [],
});
const ex = { check: 'SSPR-07', reason: 'r', owner: 'o', expires: '2026-11-20' };

describe('exceptions', () => {
  it('turns a fail or warn into accepted_risk while live, through the end of the expiry day (UTC)', () => {
    for (const status of ['fail', 'warn'] as const) {
      const live = exceptionFor(result(status), ex, new Date('2026-11-20T23:59:59Z'));
      expect(live.status).to.equal('accepted_risk');
      expect(live.exception?.state).to.equal('live');
    }
  });

  it('lapses the day after: the real status stands and the exception says lapsed', () => {
    const lapsed = exceptionFor(result('fail'), ex, new Date('2026-11-21T00:00:00Z'));
    expect(lapsed.status).to.equal('fail');
    expect(lapsed.exception?.state).to.equal('lapsed');
  });

  it('is unused on pass, not_applicable and not_assessed', () => {
    for (const status of ['pass', 'not_applicable', 'not_assessed'] as const) {
      const r = exceptionFor(result(status), ex, new Date('2026-11-01T00:00:00Z'));
      expect(r.status).to.equal(status);
      expect(r.exception?.state).to.equal('unused');
    }
  });

  it('leaves a check without exception untouched', () => {
    expect(exceptionFor(result('fail'), undefined, new Date())).to.deep.equal({ status: 'fail' });
  });
});
