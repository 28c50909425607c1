/**
 * SSPR-13 Users may unlock without resetting (hybrid): unlock the on-premises account, keep the password.
 * N/A (cloud_only, source graph) when organization.onPremisesSyncEnabled is not true;
 * PASS portal accountUnlockEnabled (else attested unlockWithoutReset) is true; FAIL when false;
 * NOT ASSESSED with the organization's reason when it could not be read (applicability unknown),
 * with the portal's reason when the portal call failed, else no_public_api.
 */
import { defineCheck, evaluateBooleanSetting, notApplicable, undecided } from '../src/plugin/index.js';

const EXPECTED = 'Allow users to unlock accounts without resetting their password: Yes';

export default defineCheck({
  meta: {
    id: 'SSPR-13',
    title: 'Users may unlock without resetting (hybrid)',
    severity: 'low',
    checklistItem: 'writeback',
    description:
      'In a hybrid tenant a user locked out of Active Directory can unlock the account through SSPR and keep the current password, instead of being forced to pick a new one.',
    dataSources: [
      {
        source: 'organization',
        permission: 'Organization.Read.All',
        reads: 'onPremisesSyncEnabled (hybrid or cloud-only)',
      },
      {
        source: 'onPremisesPasswordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'accountUnlockEnabled',
      },
      { source: 'attestation', reads: 'settings.unlockWithoutReset' },
    ],
    sources: ['organization', 'onPremisesPasswordResetPolicies'],
    expected: EXPECTED,
    remediation: {
      summary: 'Let users unlock their on-premises account through SSPR without changing the password.',
      steps: [
        'Make sure password writeback is enabled in Microsoft Entra Connect or Cloud Sync (the option stays greyed out without it).',
        'Sign in to the Microsoft Entra admin center as at least a Hybrid Identity Administrator.',
        'Go to Protection > Password reset > On-premises integration.',
        'Set "Allow users to unlock accounts without resetting their password" to Yes and select Save.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-sspr-writeback',
    },
    troubleshooting: ['TS-06'],
    defaultOptions: {},
  },
  evaluate(s) {
    const org = s.sources.organization.outcome.status === 'ok' ? s.sources.organization.data : undefined;
    if (!org) {
      return undecided(
        'collection_error',
        'Whether the tenant is hybrid could not be determined, so SSPR-13 does not know whether it applies.',
        {
          consulted: ['organization'],
        },
      );
    }
    if (org.onPremisesSyncEnabled !== true) {
      return notApplicable('cloud_only', 'graph', {
        message:
          'The tenant is cloud-only (no directory synchronisation), so there is no on-premises account to unlock.',
        observed: `onPremisesSyncEnabled: ${String(org.onPremisesSyncEnabled ?? null)}`,
        expected: EXPECTED,
        facts: [{ label: 'organization.onPremisesSyncEnabled', value: org.onPremisesSyncEnabled ?? null }],
      });
    }
    return evaluateBooleanSetting(s, {
      portal: { section: 'onPremisesPasswordResetPolicies', field: 'accountUnlockEnabled' },
      attested: 'unlockWithoutReset',
      label: 'Allow users to unlock accounts without resetting their password',
      onMessage: 'Users can unlock their on-premises account through SSPR without resetting the password.',
      offMessage:
        'Users locked out of Active Directory must reset their password to unlock the account, or call the help desk.',
      expected: EXPECTED,
      fallback: 'no_public_api',
    });
  },
});
