import { expect } from 'chai';
import { failSource } from '../fixtures/golden.js';
import {
  auditEvent,
  IN_WINDOW,
  JUST_BEFORE_WINDOW,
  RESET,
  setResetEvents,
  UNLOCK,
  uesEvent,
  WINDOW_START,
} from '../fixtures/builders.js';
import type { CheckResultCore } from '../../src/engine/types.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const fact = (r: CheckResultCore, label: string) => r.evidence.facts.find((f) => f.label === label)?.value;
const ues = (s: Snapshot) => s.sources.userEventsSummary.data!;
const audits = (s: Snapshot) => s.sources.directoryAudits.data!;
const resets = (ok: number, failed: number, reason?: string) => (s: Snapshot) =>
  setResetEvents(s, ok, failed, reason);
const uesForbidden = (s: Snapshot) => failSource(s, 'userEventsSummary', 'forbidden', 'AuditLog.Read.All');

runCheckCases('SSPR-21', [
  {
    name: 'golden: 2 of 2 resets succeeded (userEventsSummary) → pass, no failure entry linked',
    expect: {
      status: 'pass',
      source: 'graph',
      observed: '100.0% (2 of 2)',
      troubleshooting: [],
      affectedRows: 0,
      also: (r) => {
        expect(fact(r, 'Reset source')).to.equal('userEventsSummary');
        expect(fact(r, 'Resets via email')).to.equal('1 of 1 succeeded');
        expect(fact(r, 'Resets via appNotification')).to.equal('1 of 1 succeeded');
        expect(fact(r, 'Self-service unlocks (not attempts)')).to.equal(1);
      },
    },
  },
  {
    name: 'exactly 95% (19 of 20) → pass, the failure reason still linked',
    patch: resets(19, 1, 'UserNotLicensed'),
    expect: {
      status: 'pass',
      source: 'graph',
      observed: '95.0% (19 of 20)',
      affectedRows: 1,
      troubleshooting: ['TS-01'],
    },
  },
  {
    name: 'just below 95% (18 of 20) → warn',
    patch: resets(18, 2, 'You are not registered for self-service password reset'),
    expect: { status: 'warn', source: 'graph', observed: '90.0%', troubleshooting: ['TS-02'] },
  },
  {
    name: 'exactly 80% (4 of 5) → warn',
    patch: resets(4, 1, 'WritebackNotEnabled'),
    expect: { status: 'warn', source: 'graph', observed: '80.0%', troubleshooting: ['TS-03'] },
  },
  {
    name: 'below 80% (3 of 5) → fail naming the most frequent reason',
    patch: resets(3, 2, "We couldn't verify your account"),
    expect: {
      status: 'fail',
      source: 'graph',
      observed: '60.0%',
      message: ['"We couldn\'t verify your account" (2)'],
      troubleshooting: ['TS-04'],
    },
  },
  {
    name: 'several failure reasons: ranked by count, each linked to its entry; the result links all of them',
    patch: (s) => {
      setResetEvents(s, 1, 0);
      ues(s).push(
        uesEvent({ id: 'f1', isSuccess: false, failureReason: 'OnPremisesConnectivityError' }),
        uesEvent({ id: 'f2', isSuccess: false, failureReason: 'Insufficient privileges to reset this user' }),
        uesEvent({ id: 'f3', isSuccess: false, failureReason: 'Insufficient privileges to reset this user' }),
        uesEvent({
          id: 'f4',
          isSuccess: false,
          failureReason: 'Password sync failed for the synchronized account',
        }),
      );
    },
    expect: {
      status: 'fail',
      source: 'graph',
      affectedRows: 3,
      troubleshooting: ['TS-03', 'TS-05', 'TS-06'],
      also: (r) =>
        expect(r.evidence.affected!.rows).to.deep.equal([
          { reason: 'Insufficient privileges to reset this user', count: 2, troubleshooting: 'TS-05' },
          { reason: 'OnPremisesConnectivityError', count: 1, troubleshooting: 'TS-03' },
          { reason: 'Password sync failed for the synchronized account', count: 1, troubleshooting: 'TS-06' },
        ]),
    },
  },
  {
    name: 'a fail whose reasons no entry explains links every entry',
    patch: resets(1, 3, 'A system error has occurred.'),
    expect: {
      status: 'fail',
      source: 'graph',
      troubleshooting: ['TS-01', 'TS-02', 'TS-03', 'TS-04', 'TS-05', 'TS-06'],
      also: (r) => expect(r.evidence.affected!.rows[0].troubleshooting).to.equal(null),
    },
  },
  {
    name: 'failures one second before the window are ignored; one at the window start counts',
    patch: (s) => {
      setResetEvents(s, 19, 0);
      ues(s).push(
        uesEvent({ id: 'old-1', isSuccess: false, failureReason: 'x', eventDateTime: JUST_BEFORE_WINDOW }),
        uesEvent({ id: 'old-2', isSuccess: false, failureReason: 'x', eventDateTime: JUST_BEFORE_WINDOW }),
        uesEvent({ id: 'edge', isSuccess: false, failureReason: 'y', eventDateTime: WINDOW_START }),
      );
    },
    expect: {
      status: 'pass',
      source: 'graph',
      observed: '(19 of 20)',
      also: (r) =>
        expect(r.evidence.affected!.rows).to.deep.equal([{ reason: 'y', count: 1, troubleshooting: null }]),
    },
  },
  {
    name: 'events after the scan time are ignored',
    patch: (s) =>
      void ues(s).push(uesEvent({ id: 'future', isSuccess: false, eventDateTime: '2026-11-20T09:00:01Z' })),
    expect: { status: 'pass', source: 'graph', observed: '(2 of 2)' },
  },
  {
    name: 'registration events are not reset attempts',
    patch: (s) =>
      void ues(s).push(
        uesEvent({ id: 'reg-fail', feature: 'registration', isSuccess: false, failureReason: 'x' }),
      ),
    expect: { status: 'pass', source: 'graph', observed: '(2 of 2)' },
  },
  {
    name: 'windowDays option in force: 7 days leaves the golden resets (10 and 12 days old) out → not_applicable',
    options: { 'SSPR-21': { windowDays: 7 } },
    expect: { status: 'not_applicable', source: 'graph', reason: 'no_activity', message: ['last 7 days'] },
  },
  {
    name: 'no reset in the window → not_applicable no_activity (unlocks still reported)',
    patch: resets(0, 0),
    expect: {
      status: 'not_applicable',
      source: 'graph',
      reason: 'no_activity',
      observed: '0 attempts',
      troubleshooting: [],
      also: (r) => expect(fact(r, 'Self-service unlocks (not attempts)')).to.equal(1),
    },
  },
  {
    name: 'unlocks are reported, never counted as attempts',
    patch: (s) => void audits(s).push(...[1, 2, 3].map((i) => auditEvent(`u${i}`, UNLOCK, 'failure'))),
    expect: {
      status: 'pass',
      source: 'graph',
      observed: '(2 of 2)',
      also: (r) => expect(fact(r, 'Self-service unlocks (not attempts)')).to.equal(4),
    },
  },
  {
    name: 'userEventsSummary answered with no reset: the audits are not read → not_applicable no_activity',
    patch: (s) => void (s.sources.userEventsSummary.data = []),
    expect: {
      status: 'not_applicable',
      source: 'graph',
      reason: 'no_activity',
      also: (r) => expect(fact(r, 'Reset source')).to.equal('userEventsSummary'),
    },
  },
  {
    name: 'userEventsSummary forbidden → fallback to the audits (2 of 2 succeeded) → pass',
    patch: uesForbidden,
    expect: {
      status: 'pass',
      source: 'graph',
      observed: '(2 of 2)',
      also: (r) => {
        expect(fact(r, 'Reset source')).to.equal('directoryAudits (fallback: userEventsSummary forbidden)');
        expect(fact(r, 'Resets via unknown')).to.equal('2 of 2 succeeded');
        expect(r.missingPermission).to.equal(undefined);
      },
    },
  },
  {
    name: 'audit fallback: failures by resultReason; unlocks, admin resets and old events ignored → fail',
    patch: (s) => {
      uesForbidden(s);
      audits(s).push(
        auditEvent('a1', RESET, 'failure', IN_WINDOW, 'UserNotLicensed'),
        auditEvent('a2', RESET, 'failure', IN_WINDOW, 'UserNotLicensed'),
        auditEvent('a3', RESET, 'timeout'),
        auditEvent('a4', RESET, 'failure', JUST_BEFORE_WINDOW, 'old'),
        auditEvent('a5', 'Reset password (by admin)', 'failure'),
        auditEvent('a6', UNLOCK, 'failure'),
      );
    },
    expect: {
      status: 'fail',
      source: 'graph',
      observed: '40.0% (2 of 5)',
      troubleshooting: ['TS-01'],
      also: (r) =>
        expect(r.evidence.affected!.rows).to.deep.equal([
          { reason: 'UserNotLicensed', count: 2, troubleshooting: 'TS-01' },
          { reason: 'timeout', count: 1, troubleshooting: null },
        ]),
    },
  },
  {
    name: 'userEventsSummary skipped → fallback to the audits',
    patch: (s) => failSource(s, 'userEventsSummary', 'skipped'),
    expect: {
      status: 'pass',
      source: 'graph',
      also: (r) => expect(fact(r, 'Reset source')).to.include('fallback'),
    },
  },
  {
    name: 'audit fallback: a reset with result null is not an attempt, counted in the evidence → pass',
    patch: (s) => {
      uesForbidden(s);
      s.sources.directoryAudits.data = [
        auditEvent('a', RESET, 'success'),
        { ...auditEvent('b', RESET, 'failure'), result: null },
      ];
    },
    expect: {
      status: 'pass',
      source: 'graph',
      observed: '(1 of 1)',
      also: (r) => expect(fact(r, 'Reset audits with result null (not attempts, left out)')).to.equal(1),
    },
  },
  {
    name: 'audits forbidden while userEventsSummary answers → pass, unlocks not available',
    patch: (s) => failSource(s, 'directoryAudits', 'forbidden', 'AuditLog.Read.All, Directory.Read.All'),
    expect: {
      status: 'pass',
      source: 'graph',
      also: (r) => expect(fact(r, 'Self-service unlocks (not attempts)')).to.equal('audits not available'),
    },
  },
  {
    name: 'both sources failed → not_assessed with the first (userEventsSummary forbidden)',
    patch: (s) => {
      uesForbidden(s);
      failSource(s, 'directoryAudits', 'error');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
      message: ['userEventsSummary'],
    },
  },
  {
    name: 'both failed, the report not licensed → not_assessed not_licensed',
    patch: (s) => {
      failSource(s, 'userEventsSummary', 'not_licensed');
      failSource(s, 'directoryAudits', 'forbidden', 'AuditLog.Read.All, Directory.Read.All');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'not_licensed' },
  },
  {
    name: 'report skipped and audits forbidden → not_assessed with the audits permission',
    patch: (s) => {
      failSource(s, 'userEventsSummary', 'skipped');
      failSource(s, 'directoryAudits', 'forbidden', 'AuditLog.Read.All, Directory.Read.All');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All, Directory.Read.All',
      message: ['directoryAudits'],
    },
  },
]);
