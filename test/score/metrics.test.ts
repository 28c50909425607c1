import { expect } from 'chai';
import { computeMetrics } from '../../src/score/metrics.js';
import { failSource, golden, urdRow } from '../fixtures/golden.js';
import {
  auditEvent,
  JUST_BEFORE_WINDOW,
  RESET,
  setResetEvents,
  UNLOCK,
  uesEvent,
} from '../fixtures/builders.js';
import { evaluateOne } from '../checks/harness.js';

describe('computeMetrics', () => {
  describe('registration', () => {
    it('counts the golden members (guest excluded) by enablement, registration, methods', () => {
      const m = computeMetrics(golden()).registration;
      expect(m).to.deep.equal({
        enabled: 6,
        registered: 6,
        capable: 6,
        coverage: 1,
        methodCounts: { '0': 0, '1': 0, '2': 2, '3+': 4 },
        byMethod: {
          email: 5,
          mobilePhone: 5,
          officePhone: 1,
          microsoftAuthenticatorPush: 4,
          softwareOneTimePasscode: 1,
          hardwareOneTimePasscode: 0,
          securityQuestion: 0,
        },
        source: 'userRegistrationDetails',
      });
    });

    it('registered counts only enabled members; coverage is a fraction; methods ignore non-SSPR entries', () => {
      const s = golden((x) => {
        const rows = x.sources.userRegistrationDetails.data!;
        Object.assign(rows[0], {
          isSsprRegistered: false,
          isSsprCapable: false,
          methodsRegistered: ['fido2'],
        });
        Object.assign(rows[1], {
          isSsprEnabled: false,
          isSsprRegistered: true,
          isSsprCapable: false,
          methodsRegistered: ['email'],
        });
        rows.push(
          urdRow({
            id: 'g2',
            userPrincipalName: 'g2#EXT#@contoso.com',
            userType: 'guest',
            methodsRegistered: ['securityQuestion'],
          }),
        );
      });
      const m = computeMetrics(s).registration;
      expect(m).to.include({ enabled: 5, registered: 4, capable: 4, coverage: 0.8 });
      expect(m.methodCounts).to.deep.equal({ '0': 1, '1': 1, '2': 1, '3+': 3 });
      expect(m.byMethod!.securityQuestion).to.equal(0);
    });

    it('capable falls back to enabled && registered when isSsprCapable is absent', () => {
      const s = golden((x) => {
        for (const u of x.sources.userRegistrationDetails.data!) delete u.isSsprCapable;
        x.sources.userRegistrationDetails.data![2].isSsprRegistered = false;
      });
      expect(computeMetrics(s).registration).to.include({ capable: 5, registered: 5 });
    });

    it('coverage is null when no member is enabled', () => {
      const s = golden((x) =>
        x.sources.userRegistrationDetails.data!.forEach((u) => (u.isSsprEnabled = false)),
      );
      expect(computeMetrics(s).registration).to.include({
        enabled: 0,
        coverage: null,
        source: 'userRegistrationDetails',
      });
    });

    it('source none, zero counts and null coverage when the report was unavailable', () => {
      const s = golden((x) => failSource(x, 'userRegistrationDetails', 'not_licensed'));
      expect(computeMetrics(s).registration).to.deep.equal({
        enabled: 0,
        registered: 0,
        capable: 0,
        coverage: null,
        source: 'none',
      });
    });
  });

  describe('resets', () => {
    it('golden: 2 of 2 resets from userEventsSummary, per method, 1 unlock', () => {
      expect(computeMetrics(golden()).resets).to.deep.equal({
        attempts: 2,
        succeeded: 2,
        successRate: 1,
        topFailureReasons: [],
        byMethod: { appNotification: { attempts: 1, succeeded: 1 }, email: { attempts: 1, succeeded: 1 } },
        unlocks: 1,
        source: 'userEventsSummary',
      });
    });

    it('top 5 failure reasons by count desc then reason asc, each with its troubleshooting entry', () => {
      const s = golden((x) => {
        const fail = (id: string, failureReason: string) => uesEvent({ id, isSuccess: false, failureReason });
        x.sources.userEventsSummary.data = [
          uesEvent({ id: 'ok' }),
          ...['a', 'b', 'c'].map((i) => fail(`w${i}`, 'WritebackNotEnabled')),
          ...['a', 'b'].map((i) => fail(`l${i}`, 'UserNotLicensed')),
          ...['a', 'b'].map((i) => fail(`r${i}`, 'UserNotProperlyConfigured')),
          fail('v', "We couldn't verify your account"),
          fail('s', 'A system error has occurred.'),
          fail('p', 'Insufficient privileges'),
          fail('old', 'Sync error'),
        ];
        x.sources.userEventsSummary.data.at(-1)!.eventDateTime = JUST_BEFORE_WINDOW;
      });
      const r = computeMetrics(s).resets;
      expect(r).to.include({ attempts: 11, succeeded: 1 });
      expect(r.successRate).to.be.closeTo(1 / 11, 1e-12);
      expect(r.topFailureReasons).to.deep.equal([
        { reason: 'WritebackNotEnabled', count: 3, troubleshooting: ['TS-03'] },
        { reason: 'UserNotLicensed', count: 2, troubleshooting: ['TS-01'] },
        { reason: 'UserNotProperlyConfigured', count: 2, troubleshooting: ['TS-02'] },
        { reason: 'A system error has occurred.', count: 1, troubleshooting: [] },
        { reason: 'Insufficient privileges', count: 1, troubleshooting: ['TS-05'] },
      ]);
    });

    it('falls back to the audits when userEventsSummary did not answer', () => {
      const s = golden((x) => {
        failSource(x, 'userEventsSummary', 'forbidden', 'AuditLog.Read.All');
        x.sources.directoryAudits.data!.push(
          auditEvent('f', RESET, 'failure', undefined, 'UserNotLicensed'),
          auditEvent('u', UNLOCK, 'success'),
        );
      });
      expect(computeMetrics(s).resets).to.deep.include({
        attempts: 3,
        succeeded: 2,
        unlocks: 2,
        source: 'directoryAudits',
        byMethod: { unknown: { attempts: 3, succeeded: 2 } },
        topFailureReasons: [{ reason: 'UserNotLicensed', count: 1, troubleshooting: ['TS-01'] }],
      });
    });

    it('no attempts → successRate null; both sources failed → source none and zero unlocks', () => {
      expect(computeMetrics(golden((x) => setResetEvents(x, 0, 0))).resets).to.include({
        attempts: 0,
        successRate: null,
        source: 'userEventsSummary',
      });
      const s = golden((x) => {
        failSource(x, 'userEventsSummary', 'error');
        failSource(x, 'directoryAudits', 'forbidden');
      });
      expect(computeMetrics(s).resets).to.deep.equal({
        attempts: 0,
        succeeded: 0,
        successRate: null,
        topFailureReasons: [],
        byMethod: {},
        unlocks: 0,
        source: 'none',
      });
    });

    it('agrees with SSPR-21 on the success rate', () => {
      const s = golden((x) => setResetEvents(x, 17, 3, 'UserNotLicensed'));
      expect(computeMetrics(s).resets.successRate).to.equal(0.85);
      expect(evaluateOne('SSPR-21', s).observed).to.include('85.0% (17 of 20)');
    });
  });

  it('the window is the 30 days before the scan time (collectedAt), in ISO form', () => {
    expect(computeMetrics(golden()).window).to.deep.equal({
      from: '2026-10-21T09:00:00.000Z',
      to: '2026-11-20T09:00:00.000Z',
    });
    expect(computeMetrics(golden((x) => void (x.collectedAt = '2026-12-31T00:00:00Z'))).window.from).to.equal(
      '2026-12-01T00:00:00.000Z',
    );
  });
});
