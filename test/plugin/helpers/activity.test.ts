import { expect } from 'chai';
import {
  activityWindow,
  inWindow,
  NO_REASON,
  rankReasons,
  registrationActivity,
  resetTally,
  unlockCount,
} from '../../../src/plugin/helpers/activity.js';
import { failSource, golden, SCAN_TIME } from '../../fixtures/golden.js';
import {
  auditEvent,
  JUST_BEFORE_WINDOW,
  RESET,
  UNLOCK,
  uesEvent,
  WINDOW_START,
} from '../../fixtures/builders.js';

const W = activityWindow(new Date(SCAN_TIME));

describe('plugin helpers: activity', () => {
  it('the window is the 30 days before the scan time, both ends included', () => {
    expect(W.from.toISOString()).to.equal('2026-10-21T09:00:00.000Z');
    expect(inWindow(WINDOW_START, W)).to.equal(true);
    expect(inWindow(SCAN_TIME, W)).to.equal(true);
    expect(inWindow(JUST_BEFORE_WINDOW, W)).to.equal(false);
    expect(inWindow('2026-11-20T09:00:00.001Z', W)).to.equal(false);
    expect(inWindow('not a date', W)).to.equal(false);
    expect(inWindow(undefined, W)).to.equal(false);
  });

  it('ranks reasons by count, then by reason, deterministically', () => {
    const ranked = rankReasons(
      new Map([
        ['b', 2],
        ['c', 5],
        ['a', 2],
      ]),
    );
    expect(ranked).to.deep.equal([
      { reason: 'c', count: 5 },
      { reason: 'a', count: 2 },
      { reason: 'b', count: 2 },
    ]);
  });

  it('tallies resets from userEventsSummary: blank reasons and methods get a label', () => {
    const s = golden((x) => {
      x.sources.userEventsSummary.data = [
        uesEvent({ id: '1', isSuccess: false, failureReason: '  ', authMethod: '' }),
        uesEvent({ id: '2', isSuccess: true, authMethod: 'mobileSMS' }),
      ];
    });
    const t = resetTally(s, W)!;
    expect(t).to.deep.include({ source: 'userEventsSummary', attempts: 2, succeeded: 1 });
    expect(t.failureReasons).to.deep.equal([{ reason: NO_REASON, count: 1 }]);
    expect(t.byMethod).to.deep.equal({
      unknown: { attempts: 1, succeeded: 0 },
      mobileSMS: { attempts: 1, succeeded: 1 },
    });
  });

  it('falls back to the audits only when userEventsSummary did not answer, and is undefined when neither did', () => {
    const s = golden((x) => {
      failSource(x, 'userEventsSummary', 'error');
      x.sources.directoryAudits.data!.push(auditEvent('x', RESET, 'failure', WINDOW_START, ''));
    });
    expect(resetTally(s, W)).to.deep.include({ source: 'directoryAudits', attempts: 3, succeeded: 2 });
    expect(resetTally(s, W)!.failureReasons).to.deep.equal([{ reason: NO_REASON, count: 1 }]);
    const none = golden((x) => {
      failSource(x, 'userEventsSummary', 'forbidden');
      failSource(x, 'directoryAudits', 'forbidden');
    });
    expect(resetTally(none, W)).to.equal(undefined);
    expect(unlockCount(none, W)).to.equal(undefined);
  });

  it('counts unlocks in the window only', () => {
    const s = golden(
      (x) =>
        void x.sources.directoryAudits.data!.push(
          auditEvent('old', UNLOCK, 'success', JUST_BEFORE_WINDOW),
          auditEvent('new', UNLOCK, 'failure'),
        ),
    );
    expect(unlockCount(s, W)).to.equal(2);
  });

  it('counts registrations per report: all d30 attempts, and events in the window', () => {
    const s = golden(
      (x) =>
        void x.sources.userEventsSummary.data!.push(
          uesEvent({ id: 'old', feature: 'registration', eventDateTime: JUST_BEFORE_WINDOW }),
        ),
    );
    // The sample's registration rows hold 1 (Windows Hello: not an SSPR method) + 83 + 214 attempts;
    // its 'reset' rows are not registrations.
    expect(registrationActivity(s, W)).to.deep.equal({
      answered: true,
      registrationActivity: 297,
      eventsSummary: 1,
    });
    const failed = golden((x) => failSource(x, 'userRegistrationActivity', 'forbidden'));
    expect(registrationActivity(failed, W)).to.deep.equal({ answered: true, eventsSummary: 1 });
  });

  it('the registration part answers when a called report answered; a skipped report was not called', () => {
    const both = (a: 'skipped' | 'error', b: 'skipped' | 'error') =>
      registrationActivity(
        golden((x) => {
          failSource(x, 'userRegistrationActivity', a);
          failSource(x, 'userEventsSummary', b);
        }),
        W,
      ).answered;
    expect(both('skipped', 'error')).to.equal(false);
    expect(both('error', 'error')).to.equal(false);
    expect(both('skipped', 'skipped')).to.equal(true);
    expect(
      registrationActivity(
        golden((x) => failSource(x, 'userRegistrationActivity', 'skipped')),
        W,
      ).answered,
    ).to.equal(true);
  });
});
