import { expect } from 'chai';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import { auditEvent, JUST_BEFORE_WINDOW, noActivity, RESET, UNLOCK, uesEvent } from '../fixtures/builders.js';
import type { CheckResultCore } from '../../src/engine/types.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const fact = (r: CheckResultCore, label: string) => r.evidence.facts.find((f) => f.label === label)?.value;
const then =
  (...patches: Array<(s: Snapshot) => void>) =>
  (s: Snapshot) =>
    patches.forEach((p) => p(s));
const forbid =
  (name: 'userRegistrationActivity' | 'userEventsSummary' | 'directoryAudits', permission: string) =>
  (s: Snapshot) =>
    failSource(s, name, 'forbidden', permission);
const AUDIT_PERMS = 'AuditLog.Read.All, Directory.Read.All';

runCheckCases('SSPR-22', [
  {
    name: 'golden: registrations, resets and an unlock in the window → pass',
    expect: {
      status: 'pass',
      source: 'graph',
      message: [
        '297 SSPR-method registrations (userRegistrationActivity)',
        '2 reset attempts (userEventsSummary)',
        '1 unlocks',
      ],
      also: (r) => {
        expect(fact(r, 'Self-service unlocks (directoryAudits)')).to.equal(1);
        expect(fact(r, 'Window')).to.equal('2026-10-21T09:00:00.000Z to 2026-11-20T09:00:00.000Z');
      },
    },
  },
  {
    name: 'SSPR-01 None → not_applicable prerequisite_off (from the portal value)',
    patch: (s) => void (s.sources.passwordResetPolicies.data!.enablementType = 0),
    expect: { status: 'not_applicable', source: 'portal', reason: 'prerequisite_off', message: ['SSPR-01'] },
  },
  {
    name: 'SSPR-01 Selected (a pilot) is still evaluated → pass',
    patch: (s) =>
      Object.assign(s.sources.passwordResetPolicies.data!, {
        enablementType: 1,
        passwordResetEnabledGroupName: 'Pilot',
      }),
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'no activity anywhere and every source answered → warn',
    patch: noActivity,
    expect: {
      status: 'warn',
      source: 'graph',
      observed: 'no activity',
      troubleshooting: ['TS-02'],
      also: (r) => expect(fact(r, 'Reset attempts (userEventsSummary)')).to.equal(0),
    },
  },
  {
    name: 'activity older than the window is ignored → warn',
    patch: (s) => {
      noActivity(s);
      s.sources.userEventsSummary.data = [
        uesEvent({ id: 'old', eventDateTime: JUST_BEFORE_WINDOW }),
        uesEvent({ id: 'old-r', feature: 'registration', eventDateTime: JUST_BEFORE_WINDOW }),
      ];
      s.sources.directoryAudits.data = [auditEvent('old-u', UNLOCK, 'success', JUST_BEFORE_WINDOW)];
    },
    expect: { status: 'warn', source: 'graph' },
  },
  {
    name: 'only an unlock in the window → pass',
    patch: (s) => {
      noActivity(s);
      s.sources.directoryAudits.data = [auditEvent('u', UNLOCK, 'success')];
    },
    expect: { status: 'pass', source: 'graph', message: ['1 unlocks (directoryAudits)'] },
  },
  {
    name: 'only registrations counted by userRegistrationActivity → pass',
    patch: (s) => {
      noActivity(s);
      s.sources.userRegistrationActivity.data![1].successfulActivityCount = 3;
    },
    expect: {
      status: 'pass',
      source: 'graph',
      message: ['3 SSPR-method registrations (userRegistrationActivity)'],
    },
  },
  {
    name: 'only a registration event in userEventsSummary → pass',
    patch: (s) => {
      noActivity(s);
      s.sources.userEventsSummary.data = [uesEvent({ id: 'r', feature: 'registration' })];
    },
    expect: {
      status: 'pass',
      source: 'graph',
      message: ['1 SSPR-method registration events (userEventsSummary)'],
    },
  },
  {
    name: 'a failed reset attempt is activity (someone tried SSPR) → pass',
    patch: (s) => {
      noActivity(s);
      s.sources.userEventsSummary.data = [uesEvent({ id: 'f', isSuccess: false, failureReason: 'x' })];
    },
    expect: { status: 'pass', source: 'graph', message: ['1 reset attempts'] },
  },
  {
    name: 'resets from the audits when userEventsSummary failed → pass',
    patch: (s) => {
      noActivity(s);
      forbid('userEventsSummary', 'AuditLog.Read.All')(s);
      s.sources.directoryAudits.data = [auditEvent('r', RESET, 'success')];
    },
    expect: { status: 'pass', source: 'graph', message: ['1 reset attempts (directoryAudits)'] },
  },
  {
    name: 'activity in an answered source decides even when another failed → pass',
    patch: forbid('directoryAudits', AUDIT_PERMS),
    expect: {
      status: 'pass',
      source: 'graph',
      also: (r) => expect(fact(r, 'Self-service unlocks (directoryAudits)')).to.equal('not available'),
    },
  },
  {
    name: 'SSPR-01 not assessed does not stop the check: activity → pass',
    patch: then(withoutPortal, (s) =>
      failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All'),
    ),
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'no activity; userRegistrationActivity failed but userEventsSummary answered the registration part → warn',
    patch: then(noActivity, forbid('userRegistrationActivity', 'AuditLog.Read.All')),
    expect: {
      status: 'warn',
      source: 'graph',
      also: (r) =>
        expect(fact(r, 'SSPR-method registrations (userRegistrationActivity, d30)')).to.equal(
          'not available',
        ),
    },
  },
  // Only registrations of SSPR-usable methods are SSPR use (CHECKS.md SSPR-22).
  {
    name: 'golden: the Windows Hello registration (1) is not counted, Authenticator push (297) is',
    expect: {
      status: 'pass',
      source: 'graph',
      also: (r) => expect(fact(r, 'SSPR-method registrations (userRegistrationActivity, d30)')).to.equal(297),
    },
  },
  {
    name: 'only passkey and Windows Hello registrations → warn (not SSPR use)',
    patch: (s) => {
      noActivity(s);
      const rows = s.sources.userRegistrationActivity.data!;
      rows.find((r) => r.authMethod === 'passKeyDeviceBound')!.successfulActivityCount = 5;
      rows.find((r) => r.authMethod === 'windowsHelloForBusiness')!.successfulActivityCount = 2;
      s.sources.userEventsSummary.data = [
        uesEvent({ id: 'p', feature: 'registration', authMethod: 'passKeyDeviceBound' }),
        uesEvent({ id: 'w', feature: 'registration', authMethod: 'windowsHelloForBusiness' }),
        uesEvent({ id: 'a', feature: 'registration', authMethod: 'alternateMobilePhone' }),
      ];
    },
    expect: { status: 'warn', source: 'graph' },
  },
  {
    name: 'a hardware OATH registration is SSPR use → pass',
    patch: (s) => {
      noActivity(s);
      s.sources.userEventsSummary.data = [
        uesEvent({ id: 'h', feature: 'registration', authMethod: 'hardwareOneTimePasscode' }),
      ];
    },
    expect: { status: 'pass', source: 'graph', message: ['1 SSPR-method registration events'] },
  },
  // Sign-in types: userRegistrationActivity is delegated-only; skipped under an application sign-in.
  {
    name: 'no activity; userRegistrationActivity skipped (app sign-in), userEventsSummary answered → warn',
    patch: then(noActivity, (s) => failSource(s, 'userRegistrationActivity', 'skipped')),
    expect: {
      status: 'warn',
      source: 'graph',
      also: (r) =>
        expect(fact(r, 'SSPR-method registrations (userRegistrationActivity, d30)')).to.equal(
          'not called (delegated sign-in only)',
        ),
    },
  },
  {
    name: 'no activity; userRegistrationActivity skipped and userEventsSummary failed → not_assessed with the summary reason',
    patch: then(
      noActivity,
      (s) => failSource(s, 'userRegistrationActivity', 'skipped'),
      forbid('userEventsSummary', 'AuditLog.Read.All'),
    ),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
      message: ['userEventsSummary'],
    },
  },
  {
    name: 'no activity; both registration reports failed → not_assessed with userRegistrationActivity\u2019s reason',
    patch: then(
      noActivity,
      (s) => failSource(s, 'userRegistrationActivity', 'not_licensed'),
      forbid('userEventsSummary', 'AuditLog.Read.All'),
    ),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'not_licensed',
      message: ['userRegistrationActivity'],
    },
  },
  {
    name: 'no activity; the audits failed (unlocks unknown) → not_assessed missing_permission naming both permissions',
    patch: then(noActivity, forbid('directoryAudits', AUDIT_PERMS)),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: AUDIT_PERMS,
      message: ['directoryAudits'],
    },
  },
  {
    name: 'no activity; every source failed → not_assessed with the first source\u2019s reason',
    patch: then(
      noActivity,
      forbid('userRegistrationActivity', 'AuditLog.Read.All'),
      (s) => failSource(s, 'userEventsSummary', 'error'),
      (s) => failSource(s, 'directoryAudits', 'error'),
    ),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
    },
  },
]);
