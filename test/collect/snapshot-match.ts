// Asserts that a scanned snapshot reproduces the double's model: same tenant, times, permissions;
// per source the same outcome (status, permission, Graph endpoint) and, when ok, the same data.

import { expect } from 'chai';
import { CHECKS } from '../../checks/index.js';
import { runChecks } from '../../src/engine/run-checks.js';
import { validateSnapshot } from '../../src/snapshot/load-snapshot.js';
import type { Snapshot, SourceName } from '../../src/snapshot/types.js';
import type { SignInType } from '../../src/auth/sign-in-type.js';
import { DELEGATED_ONLY_SOURCES, DELEGATED_ONLY_WHY } from '../../src/collect/delegated-only.js';

const PORTAL: SourceName[] = ['passwordResetPolicies', 'onPremisesPasswordResetPolicies'];

/**
 * The model as a scan under `signIn` must record it: an application sign-in never calls the
 * delegated-only reports, so they are `skipped` (CHECKS.md "Sign-in types"), whatever the model holds.
 */
export function modelSeenBy(model: Snapshot, signIn: SignInType): Snapshot {
  if (signIn === 'delegated') {
    // A delegated token carries scopes (scp), not application permissions (roles).
    const { grantedPermissions: _roles, ...rest } = model;
    return rest;
  }
  const sources = { ...model.sources };
  for (const name of DELEGATED_ONLY_SOURCES) {
    const { endpoint, fetchedAt } = model.sources[name].outcome;
    sources[name] = { outcome: { status: 'skipped', endpoint, fetchedAt, error: DELEGATED_ONLY_WHY } };
  }
  return { ...model, sources };
}

export function expectSnapshotMatchesModel(
  scanned: Snapshot,
  fullModel: Snapshot,
  signIn: SignInType = 'application',
): void {
  const model = modelSeenBy(fullModel, signIn);
  validateSnapshot(JSON.parse(JSON.stringify(scanned)), 'the scanned snapshot');
  expect(scanned.tenant, 'tenant').to.deep.equal(model.tenant);
  expect(scanned.collectedAt, 'collectedAt').to.equal(model.collectedAt);
  expect(scanned.window, 'window').to.deep.equal(model.window);
  expect(scanned.grantedPermissions, 'grantedPermissions').to.deep.equal(model.grantedPermissions);
  for (const name of Object.keys(model.sources) as SourceName[]) {
    const got = scanned.sources[name];
    const want = model.sources[name];
    expect(got.outcome.status, `${name} status (${got.outcome.error ?? ''})`).to.equal(want.outcome.status);
    if (want.outcome.permission)
      expect(got.outcome.permission, `${name} permission`).to.equal(want.outcome.permission);
    if (!PORTAL.includes(name))
      expect(got.outcome.endpoint, `${name} endpoint`).to.equal(want.outcome.endpoint);
    if (want.outcome.status === 'ok') expect(got.data, `${name} data`).to.deep.equal(want.data);
    else expect(got.data, `${name} has no data`).to.equal(undefined);
  }
}

/** The registered checks give the same verdicts on the scan as on the model. */
export function expectSameVerdicts(
  scanned: Snapshot,
  fullModel: Snapshot,
  signIn: SignInType = 'application',
): void {
  const model = modelSeenBy(fullModel, signIn);
  const key = (s: Snapshot) =>
    runChecks(CHECKS, s).map((r) => ({
      id: r.id,
      status: r.status,
      source: r.source,
      reason: r.reason,
      missingPermission: r.missingPermission,
    }));
  expect(key(scanned)).to.deep.equal(key(model));
}

export type Expected = Record<string, string>;

/** Asserts `status[/reason]` for each registered check named in `expected` (the rest await their checks). */
export function expectVerdicts(scanned: Snapshot, expected: Expected): void {
  const results = new Map(runChecks(CHECKS, scanned).map((r) => [r.id, r]));
  for (const [id, want] of Object.entries(expected)) {
    const r = results.get(id);
    if (!r) continue;
    const got =
      r.reason && (r.status === 'not_assessed' || r.status === 'not_applicable')
        ? `${r.status}/${r.reason}`
        : r.status;
    expect(got, `${id}: ${r.message}`).to.equal(want);
  }
}
