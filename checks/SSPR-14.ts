/**
 * SSPR-14 SSPR registration coverage.
 * Population: members (guests excluded, admins included) with isSsprEnabled=true; coverage = the
 * share of them with isSsprRegistered=true.
 * PASS coverage ≥ passRate (95%); WARN ≥ warnRate (80%); FAIL lower (the unregistered users listed);
 * N/A (no_population) when no member is enabled for SSPR;
 * NOT ASSESSED with userRegistrationDetails' reason when that report could not be read.
 */
import {
  decide,
  defineCheck,
  members,
  notApplicable,
  nullRowFacts,
  pct,
  rateVerdict,
  undecided,
  userRow,
} from '../src/plugin/index.js';

export default defineCheck({
  meta: {
    id: 'SSPR-14',
    title: 'SSPR registration coverage',
    severity: 'high',
    checklistItem: 'registration',
    description:
      'A user enabled for SSPR can only reset a forgotten password after registering the required methods; the others still call the help desk.',
    dataSources: [
      {
        source: 'userRegistrationDetails',
        permission: 'AuditLog.Read.All',
        reads: 'isSsprEnabled and isSsprRegistered of members',
      },
    ],
    sources: ['userRegistrationDetails'],
    expected: 'At least 95% of SSPR-enabled members registered',
    remediation: {
      summary: 'Get the unregistered users to register their security info.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Registration and set "Require users to register when signing in?" to Yes, then select Save.',
        'Send the users listed in the evidence to https://aka.ms/mysecurityinfo to add at least two methods.',
        'Follow progress under Protection > Authentication methods > User registration details.',
      ],
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/howto-registration-mfa-sspr-combined',
    },
    troubleshooting: ['TS-02'],
    defaultOptions: { passRate: 0.95, warnRate: 0.8 },
  },
  evaluate(s, options) {
    const all = members(s);
    if (!all) return undecided('collection_error', 'SSPR registration coverage could not be measured.');
    const enabled = all.filter((u) => u.isSsprEnabled);
    const expected = `At least ${pct(options.passRate)} of SSPR-enabled members registered`;
    if (enabled.length === 0) {
      return notApplicable('no_population', 'graph', {
        message: 'No member is enabled for SSPR, so there is no registration coverage to measure.',
        observed: `0 of ${all.length} members enabled for SSPR`,
        expected,
        facts: [{ label: 'Members', value: all.length }, ...nullRowFacts(s)],
      });
    }
    const unregistered = enabled.filter((u) => !u.isSsprRegistered);
    const registered = enabled.length - unregistered.length;
    const coverage = registered / enabled.length;
    const status = rateVerdict(coverage, options);
    const summary = `${registered} of ${enabled.length} SSPR-enabled members (${pct(coverage)}) are registered`;
    return decide(status, 'graph', {
      message:
        status === 'pass'
          ? `${summary}.`
          : `${summary}; the other ${unregistered.length} cannot reset a forgotten password themselves.`,
      observed: `${pct(coverage)} registered (${registered} of ${enabled.length})`,
      expected,
      facts: [
        { label: 'SSPR-enabled members', value: enabled.length },
        { label: 'Registered', value: registered },
        { label: 'Coverage', value: pct(coverage) },
        {
          label: 'Admins among the unregistered',
          value: unregistered.filter((u) => u.isAdmin === true).length,
        },
        ...nullRowFacts(s, ['isAdmin']),
      ],
      affected:
        unregistered.length > 0
          ? {
              kind: 'user',
              title: 'SSPR-enabled members not registered for SSPR',
              columns: ['userPrincipalName', 'displayName', 'id', 'isAdmin'],
              rows: unregistered.map((u) => ({ ...userRow(u), isAdmin: u.isAdmin ?? null })),
            }
          : undefined,
    });
  },
});
