/**
 * ACME-02 Every administrator has registered multifactor authentication.
 *
 * PASS  every member account flagged isAdmin in userRegistrationDetails has isMfaRegistered true.
 * WARN  at most `maxUnregistered` administrators have not (default 0, so any gap fails).
 * FAIL  more administrators than that have not registered MFA.
 * NOT APPLICABLE  the tenant reports no administrators.
 * NOT ASSESSED  userRegistrationDetails could not be read (licence or permission: the engine says which).
 * Source: Microsoft Learn, "Protect administrator accounts"/"Require MFA for administrators"
 * (https://learn.microsoft.com/entra/identity/conditional-access/policy-old-require-mfa-admin, checked 2026-12-01).
 */

import { decide, defineCheck, members, notApplicable, undecided, userRow } from 'sspr-audit/plugin';

export default defineCheck({
  meta: {
    id: 'ACME-02',
    title: 'Every administrator has registered multifactor authentication',
    severity: 'critical',
    checklistItem: 'registration',
    description:
      'An administrator without a registered MFA method can be phished with a password alone, and cannot prove who they are when they reset it.',
    dataSources: [
      {
        source: 'userRegistrationDetails',
        permission: 'AuditLog.Read.All',
        reads: 'isAdmin and isMfaRegistered of every member user',
      },
    ],
    sources: ['userRegistrationDetails'],
    expected: 'every administrator has registered MFA',
    remediation: {
      summary: 'Have each listed administrator register MFA, and require it with Conditional Access.',
      steps: [
        'Entra admin center > Protection > Conditional Access > Create new policy from templates > "Require multifactor authentication for admins".',
        'Ask each listed administrator to register at https://aka.ms/mysecurityinfo.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-old-require-mfa-admin',
    },
    troubleshooting: [],
    defaultOptions: { maxUnregistered: 0 },
  },
  evaluate(snapshot, options) {
    const users = members(snapshot);
    if (!users)
      return undecided('collection_error', "The administrators' MFA registration could not be read.");
    const admins = users.filter((u) => u.isAdmin);
    const facts = [{ label: 'Administrators', value: admins.length }];
    if (admins.length === 0)
      return notApplicable('no_population', 'graph', {
        message: 'The tenant reports no administrators.',
        observed: '0 administrators',
        expected: 'every administrator has registered MFA',
        facts,
      });
    const missing = admins.filter((u) => u.isMfaRegistered !== true);
    facts.push({ label: 'Without MFA', value: missing.length });
    const observed = `${missing.length} of ${admins.length} administrators without MFA`;
    const affected = {
      kind: 'users',
      title: 'Administrators without MFA',
      columns: ['userPrincipalName', 'displayName', 'id'],
      rows: missing.map(userRow),
    };
    if (missing.length === 0)
      return decide('pass', 'graph', {
        message: `All ${admins.length} administrators have registered MFA.`,
        observed,
        expected: 'every administrator has registered MFA',
        facts,
      });
    return decide(missing.length <= options.maxUnregistered ? 'warn' : 'fail', 'graph', {
      message: `${missing.length} of ${admins.length} administrators have not registered MFA.`,
      observed,
      expected: 'every administrator has registered MFA',
      facts,
      affected,
    });
  },
});
