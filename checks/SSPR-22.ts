/**
 * SSPR-22 SSPR is in use.
 * Three parts over the same window (windowDays, 30): registrations of SSPR-usable methods (beta
 * userRegistrationActivity(period='d30'), delegated sign-in only, and/or userEventsSummary feature
 * 'registration'; a passkey or Windows Hello registration is not SSPR use; the part answered when
 * at least one of the registration reports that was called answered: a skipped report was not called), resets (as SSPR-21: userEventsSummary, else the directory audits) and self-service
 * unlocks (directory audits). Failed attempts count as activity: someone tried to use SSPR.
 * N/A (prerequisite_off) when SSPR-01 decided None (fail); PASS any activity in any part that
 * answered; WARN no activity and every part answered; otherwise NOT ASSESSED with the reason of
 * the first source of an unanswered part.
 */
import {
  activityWindow,
  decide,
  defineCheck,
  notApplicable,
  registrationActivity,
  resetTally,
  undecided,
  unlockCount,
  type SourceName,
} from '../src/plugin/index.js';

export default defineCheck({
  meta: {
    id: 'SSPR-22',
    title: 'SSPR is in use',
    severity: 'low',
    checklistItem: 'usage-monitoring',
    description:
      'Registrations, resets and unlocks in the last 30 days show that users know about SSPR and use it; a month with none suggests they were never told or cannot get in.',
    dataSources: [
      {
        source: 'userRegistrationActivity',
        permission: 'AuditLog.Read.All',
        reads:
          "beta userRegistrationActivity(period='d30'): registration counts of SSPR-usable methods (delegated sign-in only)",
      },
      {
        source: 'userEventsSummary',
        permission: 'AuditLog.Read.All',
        reads: "beta userEventsSummary: 'registration' events of SSPR-usable methods, and 'reset' events",
      },
      {
        source: 'directoryAudits',
        permission: 'AuditLog.Read.All + Directory.Read.All',
        reads:
          "'Reset password (self-service)' (fallback for resets) and 'Unlock user account (self-service)' events",
      },
    ],
    sources: ['userRegistrationActivity', 'userEventsSummary', 'directoryAudits'],
    dependsOn: ['SSPR-01'],
    expected: 'Some SSPR registration, reset or unlock in the last 30 days',
    remediation: {
      summary: 'Tell users about SSPR and get them registered, then watch the usage reports.',
      steps: [
        'Announce SSPR to users: how to register at https://aka.ms/mysecurityinfo and how to reset at https://aka.ms/sspr.',
        'In the Microsoft Entra admin center go to Protection > Password reset > Registration and set "Require users to register when signing in?" to Yes.',
        'Review Protection > Password reset > Usage & insights weekly during the roll-out.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-reporting',
    },
    troubleshooting: ['TS-02'],
    defaultOptions: { windowDays: 30 },
  },
  evaluate(s, options, ctx) {
    const enablement = ctx.decisionOf('SSPR-01');
    const expected = `Some SSPR registration, reset or unlock in the last ${options.windowDays} days`;
    if (enablement.status === 'fail') {
      return notApplicable('prerequisite_off', enablement.source, {
        message: 'SSPR is disabled (SSPR-01: None), so nobody can use it yet.',
        observed: 'SSPR-01: None',
        expected,
      });
    }
    const window = activityWindow(ctx.now, options.windowDays);
    const reg = registrationActivity(s, window);
    const resets = resetTally(s, window);
    const unlocks = unlockCount(s, window);
    const resetVia = resets?.source ?? 'no source';
    const parts: Array<{ label: string; noun: string; count: number | undefined }> = [
      {
        label: 'SSPR-method registrations (userRegistrationActivity, d30)',
        noun: 'SSPR-method registrations (userRegistrationActivity)',
        count: reg.registrationActivity,
      },
      {
        label: 'SSPR-method registrations (userEventsSummary)',
        noun: 'SSPR-method registration events (userEventsSummary)',
        count: reg.eventsSummary,
      },
      {
        label: `Reset attempts (${resetVia})`,
        noun: `reset attempts (${resetVia})`,
        count: resets?.attempts,
      },
      { label: 'Self-service unlocks (directoryAudits)', noun: 'unlocks (directoryAudits)', count: unlocks },
    ];
    const facts = [
      { label: 'Window', value: `${window.from.toISOString()} to ${window.to.toISOString()}` },
      ...parts.map((p) => ({
        label: p.label,
        value:
          p.count ??
          (p.label.includes('userRegistrationActivity') &&
          s.sources.userRegistrationActivity.outcome.status === 'skipped'
            ? 'not called (delegated sign-in only)'
            : 'not available'),
      })),
      ...(resets && resets.leftOut > 0
        ? [{ label: 'Reset audits with result null (not attempts, left out)', value: resets.leftOut }]
        : []),
    ];
    const active = parts.filter((p) => (p.count ?? 0) > 0);
    if (active.length > 0) {
      return decide('pass', 'graph', {
        message: `SSPR is in use: ${active.map((p) => `${p.count} ${p.noun}`).join(', ')} in the last ${options.windowDays} days.`,
        observed: active.map((p) => `${p.label}: ${p.count}`).join('; '),
        expected,
        facts,
      });
    }
    // A part is unanswered when none of its sources answered; the registration part has two reports.
    const registrationAnswered = reg.answered;
    const missing: SourceName[] = [
      ...(registrationAnswered ? [] : (['userRegistrationActivity', 'userEventsSummary'] as SourceName[])),
      ...(resets ? [] : (['userEventsSummary', 'directoryAudits'] as SourceName[])),
      ...(unlocks !== undefined ? [] : (['directoryAudits'] as SourceName[])),
    ];
    if (missing.length === 0) {
      return decide('warn', 'graph', {
        message: `No SSPR registration, reset or unlock in the last ${options.windowDays} days: users may not know about SSPR or may not be able to register.`,
        observed: 'no activity',
        expected,
        facts,
      });
    }
    return undecided(
      'collection_error',
      'No SSPR activity was found in the sources that answered, and not every activity source could be read.',
      {
        consulted: [...new Set(missing)],
        facts,
      },
    );
  },
});
