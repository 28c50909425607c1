import { expect } from 'chai';
import { parseRetryAfter } from '../../src/graph/retry-after.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-20T09:00:00Z');

  it('reads delta-seconds, fractional ones included', () => {
    expect(parseRetryAfter('2', now)).to.equal(2000);
    expect(parseRetryAfter('2.128', now)).to.equal(2128);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
  });

  it('reads an HTTP date (never negative)', () => {
    expect(parseRetryAfter('Fri, 20 Nov 2026 09:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 08:59:00 GMT', now)).to.equal(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).to.equal(undefined);
    expect(parseRetryAfter('', now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('-1', now)).to.equal(undefined);
  });
});
