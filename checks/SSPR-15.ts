/**
 * SSPR-15 Users hold two or more reset methods.
 * Population: members (guests excluded, admins included) with isSsprEnabled=true; the share of
 * them whose methodsRegistered holds ≥ 2 distinct SSPR-usable methods (other entries ignored).
 * PASS share ≥ passRate (95%); WARN ≥ warnRate (80%); FAIL lower (users short of methods listed);
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
  ssprMethods,
  undecided,
  userRow,
} from '../src/plugin/index.js';

export default defineCheck({
  meta: {
    id: 'SSPR-15',
    title: 'Users hold two or more reset methods',
    severity: 'medium',
    checklistItem: 'registration',
    description:
      'With two methods required to reset, a user who registered fewer has no fallback when a phone is lost or a mailbox is unreachable.',
    dataSources: [
      {
        source: 'userRegistrationDetails',
        permission: 'AuditLog.Read.All',
        reads: 'isSsprEnabled and the SSPR-usable entries of methodsRegistered of members',
      },
    ],
    sources: ['userRegistrationDetails'],
    expected: 'At least 95% of SSPR-enabled members hold two or more SSPR methods',
    remediation: {
      summary: 'Have users register a second SSPR method (Authenticator app, mobile phone or email).',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Authentication methods and set "Number of methods required to reset" to 2, then select Save.',
        'Go to Protection > Password reset > Registration and set "Require users to register when signing in?" to Yes.',
        'Ask the users listed in the evidence to add a second method at https://aka.ms/mysecurityinfo.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks',
    },
    troubleshooting: ['TS-02', 'TS-04'],
    defaultOptions: { passRate: 0.95, warnRate: 0.8 },
  },
  evaluate(s, options) {
    const all = members(s);
    if (!all) return undecided('collection_error', 'The number of methods users hold could not be measured.');
    const enabled = all.filter((u) => u.isSsprEnabled);
    const expected = `At least ${pct(options.passRate)} of SSPR-enabled members hold two or more SSPR methods`;
    if (enabled.length === 0) {
      return notApplicable('no_population', 'graph', {
        message: 'No member is enabled for SSPR, so there is nobody whose methods to count.',
        observed: `0 of ${all.length} members enabled for SSPR`,
        expected,
        facts: [{ label: 'Members', value: all.length }, ...nullRowFacts(s)],
      });
    }
    const short = enabled.filter((u) => ssprMethods(u).length < 2);
    const enough = enabled.length - short.length;
    const share = enough / enabled.length;
    const status = rateVerdict(share, options);
    const summary = `${enough} of ${enabled.length} SSPR-enabled members (${pct(share)}) hold two or more SSPR methods`;
    return decide(status, 'graph', {
      message:
        status === 'pass'
          ? `${summary}.`
          : `${summary}; ${short.length} hold fewer and have no fallback method.`,
      observed: `${pct(share)} with ≥ 2 methods (${enough} of ${enabled.length})`,
      expected,
      facts: [
        { label: 'SSPR-enabled members', value: enabled.length },
        { label: 'With two or more SSPR methods', value: enough },
        { label: 'With one', value: short.filter((u) => ssprMethods(u).length === 1).length },
        { label: 'With none', value: short.filter((u) => ssprMethods(u).length === 0).length },
        ...nullRowFacts(s, ['methodsRegistered']),
      ],
      affected:
        short.length > 0
          ? {
              kind: 'user',
              title: 'SSPR-enabled members with fewer than two SSPR methods',
              columns: ['userPrincipalName', 'displayName', 'id', 'ssprMethods'],
              rows: short.map((u) => ({ ...userRow(u), ssprMethods: ssprMethods(u).join(', ') })),
            }
          : undefined,
    });
  },
});
