/**
 * ACME-01 Administrators may not use self-service password reset.
 *
 * PASS  authorizationPolicy.allowedToUseSSPR is false (administrators reset through another admin).
 * FAIL  it is true: an administrator account can be reset with the same methods as a user's.
 * NOT ASSESSED  the policy could not be read (the engine names the missing permission), or the value
 *               is absent.
 * Sources: EIDSCA AP01 (https://maester.dev/docs/tests/eidsca/EIDSCA.AP01) and Microsoft Zero Trust
 * assessment test 21842 recommend false; allowedToUseSSPR is documented on
 * https://learn.microsoft.com/graph/api/resources/authorizationpolicy (checked 2026-12-01).
 */

import { decide, defineCheck, undecided } from 'sspr-audit/plugin';

export default defineCheck({
  meta: {
    id: 'ACME-01',
    title: 'Administrators may not use self-service password reset',
    severity: 'high',
    checklistItem: 'prereq-roles',
    description:
      "Administrator accounts should not reset their own password with SSPR: an attacker who controls an administrator's phone or mailbox would otherwise take over the administrator role. Administrators reset each other's passwords instead.",
    dataSources: [
      {
        source: 'authorizationPolicy',
        permission: 'Policy.Read.All',
        reads: 'allowedToUseSSPR (whether administrators may use SSPR)',
      },
    ],
    sources: ['authorizationPolicy'],
    expected: 'allowedToUseSSPR is false',
    remediation: {
      summary: 'Stop administrators from using SSPR.',
      steps: [
        'Microsoft Graph PowerShell: connect with Policy.ReadWrite.Authorization.',
        'Run the command below; administrators then reset through another administrator.',
      ],
      powershell: 'Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$false',
      graph:
        'PATCH https://graph.microsoft.com/v1.0/policies/authorizationPolicy {"allowedToUseSSPR": false}',
      reference: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
    },
    troubleshooting: [],
    defaultOptions: {},
  },
  evaluate(snapshot) {
    const policy = snapshot.sources.authorizationPolicy;
    const value = policy.outcome.status === 'ok' ? policy.data?.allowedToUseSSPR : undefined;
    if (typeof value !== 'boolean')
      return undecided('collection_error', 'Whether administrators may use SSPR could not be read.');
    const facts = [{ label: 'allowedToUseSSPR', value }];
    return value
      ? decide('fail', 'graph', {
          message: 'Administrators may reset their own password with SSPR (allowedToUseSSPR is true).',
          observed: 'allowedToUseSSPR: true',
          expected: 'allowedToUseSSPR: false',
          facts,
        })
      : decide('pass', 'graph', {
          message: 'Administrators may not use SSPR (allowedToUseSSPR is false).',
          observed: 'allowedToUseSSPR: false',
          expected: 'allowedToUseSSPR: false',
          facts,
        });
  },
});
