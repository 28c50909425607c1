/**
 * SSPR-21 Password reset success rate is at least 95%.
 * Attempts in the last windowDays (30) before the scan: beta userEventsSummary rows with feature
 * 'reset' (success = isSuccess); only when that report did not answer, the directory audits'
 * 'Reset password (self-service)' events (success = result 'success').
 * PASS rate ≥ passRate (95%); WARN ≥ warnRate (80%); FAIL lower;
 * N/A (no_activity) with no attempt in the window;
 * NOT ASSESSED with userEventsSummary's reason when both sources failed.
 * Evidence: failure reasons with the troubleshooting entry that explains each, attempts per method,
 * and self-service unlocks (reported, never counted as attempts). The result links the entries of
 * the failure reasons found (all six when a warn/fail has no recognised reason).
 */
import {
  activityWindow,
  decide,
  defineCheck,
  notApplicable,
  pct,
  rateVerdict,
  resetTally,
  troubleshootingFor,
  undecided,
  unlockCount,
  type TroubleshootingId,
} from '../src/plugin/index.js';

const ALL_ENTRIES: TroubleshootingId[] = ['TS-01', 'TS-02', 'TS-03', 'TS-04', 'TS-05', 'TS-06'];

export default defineCheck({
  meta: {
    id: 'SSPR-21',
    title: 'Password reset success rate is at least 95%',
    severity: 'medium',
    checklistItem: 'usage-monitoring',
    description:
      'Most self-service resets should succeed; a low success rate means users hit a configuration, registration or writeback problem and end up calling the help desk.',
    dataSources: [
      {
        source: 'userEventsSummary',
        permission: 'AuditLog.Read.All',
        reads:
          "beta reports/authenticationMethods/userEventsSummary, feature 'reset': isSuccess, authMethod, failureReason",
      },
      {
        source: 'directoryAudits',
        permission: 'AuditLog.Read.All + Directory.Read.All',
        reads:
          "fallback: 'Reset password (self-service)' events and their result; 'Unlock user account (self-service)' events",
      },
    ],
    sources: ['userEventsSummary', 'directoryAudits'],
    expected: 'At least 95% of self-service resets succeed (last 30 days)',
    remediation: {
      summary: 'Work through the top failure reasons, each with the troubleshooting entry linked to it.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least a Reports Reader.',
        'Go to Protection > Password reset > Usage & insights (or Audit logs, service "Self-service Password Management") and filter on failed resets.',
        'For each top failure reason in the evidence, apply the linked troubleshooting entry.',
        'Re-run the scan after a few weeks to confirm the success rate has recovered.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-reporting',
    },
    troubleshooting: ALL_ENTRIES,
    defaultOptions: { passRate: 0.95, warnRate: 0.8, windowDays: 30 },
  },
  evaluate(s, options, ctx) {
    const window = activityWindow(ctx.now, options.windowDays);
    const tally = resetTally(s, window);
    if (!tally)
      return undecided('collection_error', 'The self-service reset success rate could not be measured.');
    const unlocks = unlockCount(s, window);
    const expected = `At least ${pct(options.passRate)} of self-service resets succeed (last ${options.windowDays} days)`;
    const via =
      tally.source === 'userEventsSummary'
        ? 'userEventsSummary'
        : `directoryAudits (fallback: userEventsSummary ${s.sources.userEventsSummary.outcome.status})`;
    const common = [
      { label: 'Window', value: `${window.from.toISOString()} to ${window.to.toISOString()}` },
      { label: 'Reset source', value: via },
      { label: 'Self-service unlocks (not attempts)', value: unlocks ?? 'audits not available' },
      ...(tally.leftOut > 0
        ? [{ label: 'Reset audits with result null (not attempts, left out)', value: tally.leftOut }]
        : []),
      ...Object.entries(tally.byMethod)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([method, c]) => ({
          label: `Resets via ${method}`,
          value: `${c.succeeded} of ${c.attempts} succeeded`,
        })),
    ];
    if (tally.attempts === 0) {
      return notApplicable('no_activity', 'graph', {
        message: `No self-service password reset was attempted in the last ${options.windowDays} days, so there is no success rate.`,
        observed: '0 attempts',
        expected,
        facts: common,
        troubleshooting: [],
      });
    }
    const rate = tally.succeeded / tally.attempts;
    const status = rateVerdict(rate, options);
    const reasons = tally.failureReasons.map((r) => ({
      ...r,
      troubleshooting: troubleshootingFor(r.reason),
    }));
    const linked = ALL_ENTRIES.filter((id) => reasons.some((r) => r.troubleshooting.includes(id)));
    const top = reasons[0];
    return decide(status, 'graph', {
      message:
        `${tally.succeeded} of ${tally.attempts} self-service resets (${pct(rate)}) succeeded in the last ${options.windowDays} days` +
        (top ? `; the most frequent failure: "${top.reason}" (${top.count}).` : '.'),
      observed: `${pct(rate)} (${tally.succeeded} of ${tally.attempts})`,
      expected,
      facts: [
        { label: 'Attempts', value: tally.attempts },
        { label: 'Succeeded', value: tally.succeeded },
        { label: 'Success rate', value: pct(rate) },
        ...common,
      ],
      affected:
        reasons.length > 0
          ? {
              kind: 'failure reason',
              title: 'Reset failure reasons, most frequent first',
              columns: ['reason', 'count', 'troubleshooting'],
              rows: reasons.map((r) => ({
                reason: r.reason,
                count: r.count,
                troubleshooting: r.troubleshooting.join(', ') || null,
              })),
            }
          : undefined,
      troubleshooting: linked.length === 0 && status !== 'pass' ? ALL_ENTRIES : linked,
    });
  },
});
