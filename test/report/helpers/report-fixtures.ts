// Run artifacts for the report tests: the bundled demo tenant (as `sspr-audit demo` evaluates it),
// the golden tenant with patches, and a hostile tenant whose strings try to break out of the page.

import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../../checks/index.js';
import { builtinCheckSet } from '../../../src/engine/builtin-check-set.js';
import { DEMO_FILES } from '../../../src/demo/demo-tenant.js';
import { loadAttestation } from '../../../src/inputs/attestation.js';
import { loadExceptions, type RiskException } from '../../../src/inputs/exceptions.js';
import type { RunArtifacts } from '../../../src/output/artifacts.js';
import { buildResults } from '../../../src/results/build-results.js';
import type { Results } from '../../../src/results/types.js';
import { loadSnapshot } from '../../../src/snapshot/load-snapshot.js';
import type { Snapshot } from '../../../src/snapshot/types.js';
import { setResetEvents, uesEvent } from '../../fixtures/builders.js';
import { golden, urdRow } from '../../fixtures/golden.js';

export const STARTED = new Date('2026-11-20T09:00:00Z');
export const FINISHED = new Date('2026-11-20T09:00:03.200Z');

const root = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

/** The demo tenant with its attestation and exceptions, evaluated as the demo command does. */
export function demoArtifacts(): RunArtifacts {
  const snapshot: Snapshot = {
    ...loadSnapshot(root(DEMO_FILES.snapshot)),
    attestation: loadAttestation(root(DEMO_FILES.attestation), STARTED).attestation,
  };
  const exceptions = loadExceptions(
    root(DEMO_FILES.exceptions),
    CHECKS.map((c) => c.meta.id),
  );
  return {
    results: buildResults({ snapshot, exceptions, startedAt: STARTED, finishedAt: FINISHED }),
    snapshot,
    checkSet: builtinCheckSet(),
  };
}

/** The golden (all-pass) tenant with `patch` applied, evaluated. */
export function goldenArtifacts(
  patch?: (s: Snapshot) => void,
  exceptions: RiskException[] = [],
): RunArtifacts {
  const snapshot = golden(patch);
  return {
    results: buildResults({ snapshot, exceptions, startedAt: STARTED, finishedAt: FINISHED }),
    snapshot,
    checkSet: builtinCheckSet(),
  };
}

/** A valid 1×1 PNG, for logos. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Strings a hostile tenant could put in names, messages and reasons. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  handlebars: '{{constructor}}',
  quote: '" onmouseover="alert(1)',
} as const;

/**
 * The golden tenant with hostile strings everywhere a tenant (or a signer) controls text: the tenant
 * name, user display names in an affected table, the attestation signer, an exception's owner and
 * reason, and a reset failure reason (drawn inside an SVG chart).
 */
export function hostileArtifacts(): RunArtifacts {
  const exceptions: RiskException[] = [
    {
      check: 'SSPR-06',
      reason: `Accepted ${HOSTILE.img}`,
      owner: `Mallory ${HOSTILE.script}`,
      expires: '2027-01-31',
    },
  ];
  return goldenArtifacts((s) => {
    s.sources.organization.data!.displayName = `Contoso ${HOSTILE.script}`;
    s.tenant.displayName = `Contoso ${HOSTILE.script}`;
    s.sources.userRegistrationDetails.data!.push(
      urdRow({
        id: '00000000-0000-0000-0000-0000000000e1',
        userPrincipalName: 'eve@contoso.com',
        userDisplayName: HOSTILE.img,
        isSsprEnabled: false,
        isSsprRegistered: false,
        isSsprCapable: false,
      }),
      urdRow({
        id: '00000000-0000-0000-0000-0000000000e2',
        userPrincipalName: 'hbs@contoso.com',
        userDisplayName: HOSTILE.handlebars,
        isSsprEnabled: false,
        isSsprRegistered: false,
        isSsprCapable: false,
      }),
      urdRow({
        id: '00000000-0000-0000-0000-0000000000e3',
        userPrincipalName: 'q@contoso.com',
        userDisplayName: HOSTILE.quote,
        isSsprEnabled: false,
        isSsprRegistered: false,
        isSsprCapable: false,
      }),
    );
    s.sources.passwordResetPolicies.data!.notifyUsersOnPasswordReset = false;
    s.attestation!.attestedBy = `Jane ${HOSTILE.script}`;
    setResetEvents(s, 30, 0);
    s.sources.userEventsSummary.data!.push(
      uesEvent({ id: 'evil-1', isSuccess: false, failureReason: HOSTILE.img }),
      uesEvent({ id: 'evil-2', isSuccess: false, failureReason: HOSTILE.handlebars }),
    );
  }, exceptions);
}

/** A copy of results with some checks replaced (for statuses the fixtures do not produce). */
export function withChecks(
  results: Results,
  replace: (c: Results['checks'][number]) => Results['checks'][number],
): Results {
  return { ...results, checks: results.checks.map(replace) };
}
