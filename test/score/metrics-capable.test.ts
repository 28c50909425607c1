// The "capable" count takes Graph's isSsprCapable when Graph sends it, even where it disagrees with
// isSsprEnabled && isSsprRegistered (Graph knows the policy's method rules; we only derive it for
// exports without the field). Written for a survivor of mutation testing (the field ignored).

import { expect } from 'chai';
import { computeMetrics } from '../../src/score/metrics.js';
import { golden } from '../fixtures/golden.js';

describe('computeMetrics registration: isSsprCapable from Graph', () => {
  it('counts what Graph says, not enabled && registered, when the two disagree', () => {
    const derived = (s: ReturnType<typeof golden>) =>
      s.sources.userRegistrationDetails.data!.filter(
        (u) => u.userType !== 'guest' && u.isSsprEnabled && u.isSsprRegistered,
      ).length;
    const s = golden((x) => {
      const rows = x.sources.userRegistrationDetails.data!;
      const enabledRegistered = rows.filter(
        (u) => u.isSsprEnabled && u.isSsprRegistered && u.userType !== 'guest',
      );
      // Graph: registered and enabled, yet not capable (e.g. methods the policy does not accept)
      enabledRegistered[0]!.isSsprCapable = false;
    });
    const m = computeMetrics(s).registration;
    expect(m.capable).to.equal(derived(s) - 1);
  });
});
