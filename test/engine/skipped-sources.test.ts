// CHECKS.md "Sign-in types": a `skipped` source (a delegated-only report under an application
// sign-in) neither decides nor makes a check not_assessed — the real checks, on a snapshot where the
// three delegated-only reports are skipped, never name them as the reason a check was not assessed,
// while the same reports *forbidden* do (so the test can tell the two apart).

import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import { DELEGATED_ONLY_SOURCES, DELEGATED_ONLY_WHY } from '../../src/collect/delegated-only.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { failureReason } from '../../src/engine/source-reason.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { failSource, golden } from '../fixtures/golden.js';

function withDelegatedOnly(status: 'skipped' | 'forbidden', others?: (s: Snapshot) => void): Snapshot {
  return golden((s) => {
    others?.(s);
    for (const name of DELEGATED_ONLY_SOURCES) {
      failSource(s, name, status, status === 'forbidden' ? 'AuditLog.Read.All' : undefined);
      if (status === 'skipped') s.sources[name].outcome.error = DELEGATED_ONLY_WHY;
    }
  });
}

const namesDelegatedOnly = (message: string) => DELEGATED_ONLY_SOURCES.some((n) => message.includes(n));

describe('a skipped source under an application sign-in', () => {
  it('gives no not_assessed reason', () => {
    expect(failureReason({ status: 'skipped', endpoint: 'x', fetchedAt: '2026-01-01T00:00:00Z' })).to.equal(
      undefined,
    );
  });

  for (const [label, others] of [
    ['with the portal', undefined],
    [
      'without the portal (inference only)',
      (s: Snapshot) => {
        failSource(s, 'passwordResetPolicies', 'skipped');
        failSource(s, 'onPremisesPasswordResetPolicies', 'skipped');
      },
    ],
  ] as const) {
    it(`never makes a real check not_assessed because of the delegated-only reports (${label})`, () => {
      const skipped = runChecks(CHECKS, withDelegatedOnly('skipped', others));
      for (const r of skipped) {
        expect(r.missingPermission, r.id).to.equal(undefined);
        expect(namesDelegatedOnly(r.message), `${r.id}: ${r.message}`).to.equal(false);
      }
      const forbidden = runChecks(CHECKS, withDelegatedOnly('forbidden', others));
      // The contrast: refused (not skipped) reports do surface as the reason somewhere when nothing else decides.
      const blamed = forbidden.filter((r) => r.status === 'not_assessed' && namesDelegatedOnly(r.message));
      if (label.startsWith('without'))
        expect(
          blamed.map((r) => r.id),
          'forbidden reports blamed',
        ).to.not.deep.equal([]);
    });
  }
});
