import { expect } from 'chai';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import type { Snapshot, UserEventSummary } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

// The golden scan time is 2026-11-20T09:00:00Z; the window opens 2026-10-21T09:00:00Z.
const portalOn = (s: Snapshot, on: boolean) =>
  void (s.sources.passwordResetPolicies.data!.securityQuestionsOptionEnabled = on);
const inferenceOnly = (s: Snapshot) => withoutPortal(s);
const registeredByMethod = (s: Snapshot, count: number) => {
  s.sources.usersRegisteredByMethod.data!.userRegistrationMethodCounts.find(
    (m) => m.authenticationMethod === 'securityQuestion',
  )!.userCount = count;
};
const activity = (s: Snapshot, feature: string, ok: number, failed: number) => {
  const row = s.sources.userRegistrationActivity.data!.find(
    (r) => r.authMethod === 'securityQuestion' && r.feature === feature,
  )!;
  Object.assign(row, { successfulActivityCount: ok, failureActivityCount: failed });
};
const event = (at: string): UserEventSummary => ({
  id: `sq-${at}`,
  feature: 'reset',
  userPrincipalName: 'bianca@contoso.com',
  userDisplayName: 'Bianca',
  isSuccess: true,
  authMethod: 'securityQuestion',
  eventDateTime: at,
});
const registered = (s: Snapshot, upn: string) =>
  s.sources.userRegistrationDetails
    .data!.find((u) => u.userPrincipalName === upn)!
    .methodsRegistered!.push('securityQuestion');

runCheckCases('SSPR-05', [
  {
    name: 'portal disabled, zero-count report rows → pass, no disagreement',
    expect: { status: 'pass', source: 'portal', observed: 'disabled', disagreements: [] },
  },
  {
    name: 'portal enabled → fail',
    patch: (s) => portalOn(s, true),
    expect: { status: 'fail', source: 'portal', message: ['guessed'] },
  },
  {
    name: 'portal disabled but usersRegisteredByMethod shows 3 users → pass (portal decides), use recorded as disagreement',
    patch: (s) => registeredByMethod(s, 3),
    expect: {
      status: 'pass',
      source: 'portal',
      disagreements: ['inferred'],
      also: (r) => expect(r.evidence.disagreements![0].detail).to.include('3 user(s)'),
    },
  },
  {
    name: 'portal disabled with an attestation of enabled → pass, attestation recorded',
    patch: (s) => void (s.attestation!.settings.securityQuestionsEnabled = true),
    expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
  },
  {
    name: 'portal enabled and in use → fail, users listed, no disagreement',
    patch: (s) => {
      portalOn(s, true);
      registered(s, 'grady@contoso.com');
    },
    expect: { status: 'fail', source: 'portal', affectedRows: 1, disagreements: [] },
  },
  {
    name: 'no portal, attested disabled → pass (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.securityQuestionsEnabled = false;
    },
    expect: { status: 'pass', source: 'attested', observed: '(attested)' },
  },
  {
    name: 'no portal, attested enabled → fail (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.securityQuestionsEnabled = true;
    },
    expect: { status: 'fail', source: 'attested' },
  },
  {
    name: 'no portal, attested disabled but a user registered security questions → pass (attested), disagreement recorded',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.securityQuestionsEnabled = false;
      registered(s, 'grady@contoso.com');
    },
    expect: { status: 'pass', source: 'attested', disagreements: ['inferred'], affectedRows: 1 },
  },
  {
    name: 'inferred: usersRegisteredByMethod securityQuestion userCount 2 → fail (inferred)',
    patch: (s) => {
      inferenceOnly(s);
      registeredByMethod(s, 2);
    },
    expect: { status: 'fail', source: 'inferred', message: ['usersRegisteredByMethod'] },
  },
  {
    name: "inferred: securityQuestion in a member's methodsRegistered → fail (inferred), the user listed",
    patch: (s) => {
      inferenceOnly(s);
      registered(s, 'grady@contoso.com');
    },
    expect: {
      status: 'fail',
      source: 'inferred',
      affectedRows: 1,
      also: (r) =>
        expect(r.evidence.affected!.rows[0]).to.include({ userPrincipalName: 'grady@contoso.com' }),
    },
  },
  {
    name: 'inferred: userRegistrationActivity has 2 successful security-question resets → fail (inferred)',
    patch: (s) => {
      inferenceOnly(s);
      activity(s, 'reset', 2, 0);
    },
    expect: { status: 'fail', source: 'inferred', message: ['userRegistrationActivity'] },
  },
  {
    name: 'inferred: only failed security-question registrations are still use → fail (inferred)',
    patch: (s) => {
      inferenceOnly(s);
      activity(s, 'registration', 0, 4);
    },
    expect: { status: 'fail', source: 'inferred', message: ['4 failed registration'] },
  },
  {
    name: 'inferred: a security-question reset event inside the window → fail (inferred), event listed',
    patch: (s) => {
      inferenceOnly(s);
      s.sources.userEventsSummary.data!.push(event('2026-11-15T10:00:00Z'));
    },
    expect: { status: 'fail', source: 'inferred', affectedRows: 1, message: ['userEventsSummary'] },
  },
  {
    name: 'an event exactly 30 days before the scan is inside the window → fail (inferred)',
    patch: (s) => {
      inferenceOnly(s);
      s.sources.userEventsSummary.data!.push(event('2026-10-21T09:00:00Z'));
    },
    expect: { status: 'fail', source: 'inferred' },
  },
  {
    name: 'an event 31 days before the scan is outside the window → proves nothing',
    patch: (s) => {
      inferenceOnly(s);
      s.sources.userEventsSummary.data!.push(event('2026-10-20T09:00:00Z'));
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'option windowDays 60: an event 31 days old counts → fail (inferred)',
    patch: (s) => {
      inferenceOnly(s);
      s.sources.userEventsSummary.data!.push(event('2026-10-20T09:00:00Z'));
    },
    options: { 'SSPR-05': { windowDays: 60 } },
    expect: { status: 'fail', source: 'inferred' },
  },
  {
    name: "a guest's securityQuestion registration is not a member's → proves nothing → not_assessed no_public_api",
    patch: (s) => {
      inferenceOnly(s);
      registered(s, 'partner_fabrikam.com#EXT#@contoso.com');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'delegated-only reports skipped (app sign-in), the others answered without proof → not_assessed no_public_api',
    patch: (s) => {
      inferenceOnly(s);
      failSource(s, 'usersRegisteredByMethod', 'skipped');
      failSource(s, 'userRegistrationActivity', 'skipped');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'delegated-only reports skipped, a member registered security questions → fail (inferred)',
    patch: (s) => {
      inferenceOnly(s);
      failSource(s, 'usersRegisteredByMethod', 'skipped');
      failSource(s, 'userRegistrationActivity', 'skipped');
      registered(s, 'grady@contoso.com');
    },
    expect: { status: 'fail', source: 'inferred', affectedRows: 1 },
  },
  {
    name: 'delegated-only reports skipped, userEventsSummary failed → not_assessed with its reason',
    patch: (s) => {
      inferenceOnly(s);
      failSource(s, 'usersRegisteredByMethod', 'skipped');
      failSource(s, 'userRegistrationActivity', 'skipped');
      failSource(s, 'userEventsSummary', 'error');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'collection_error',
      message: ['userEventsSummary'],
    },
  },
  {
    name: 'regression: zero-count securityQuestion rows prove nothing → not_assessed no_public_api, never pass',
    patch: inferenceOnly,
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'no_public_api',
      message: ['does not prove'],
      also: (r) => expect(r.evidence.facts.length).to.equal(4),
    },
  },
  {
    name: 'usersRegisteredByMethod forbidden, others without proof → not_assessed missing_permission',
    patch: (s) => {
      inferenceOnly(s);
      failSource(s, 'usersRegisteredByMethod', 'forbidden', 'AuditLog.Read.All');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
    },
  },
  {
    name: 'userRegistrationActivity not licensed, others without proof → not_assessed not_licensed',
    patch: (s) => {
      inferenceOnly(s);
      failSource(s, 'userRegistrationActivity', 'not_licensed');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'not_licensed' },
  },
  {
    name: 'userEventsSummary failed, others without proof → not_assessed collection_error',
    patch: (s) => {
      inferenceOnly(s);
      failSource(s, 'userEventsSummary', 'error');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
  {
    name: 'one report failed but another proves use → fail (inferred)',
    patch: (s) => {
      inferenceOnly(s);
      failSource(s, 'usersRegisteredByMethod', 'forbidden', 'AuditLog.Read.All');
      activity(s, 'registration', 1, 0);
    },
    expect: { status: 'fail', source: 'inferred' },
  },
  {
    name: "portal sign-in forbidden, reports without proof → not_assessed with the portal's missing_permission",
    patch: (s) =>
      failSource(
        s,
        'passwordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      ),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Authentication Policy Administrator (directory role)',
    },
  },
]);
