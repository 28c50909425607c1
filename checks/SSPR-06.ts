/**
 * SSPR-06 Users are notified when their password is reset.
 * PASS portal notifyUsersOnPasswordReset (else attested notifyUsersOnReset) is true; FAIL when false;
 * NOT ASSESSED (no_public_api) when neither is known, or with the portal's reason when it failed.
 */
import { defineCheck, evaluateBooleanSetting } from '../src/plugin/index.js';

export default defineCheck({
  meta: {
    id: 'SSPR-06',
    title: 'Users are notified when their password is reset',
    severity: 'medium',
    checklistItem: 'notify-users',
    description:
      'An email to the user after every reset of their password lets them spot a reset they did not make.',
    dataSources: [
      {
        source: 'passwordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'notifyUsersOnPasswordReset',
      },
      { source: 'attestation', reads: 'settings.notifyUsersOnReset' },
    ],
    sources: ['passwordResetPolicies'],
    expected: 'Notify users on password resets: Yes',
    remediation: {
      summary: 'Turn on the notification sent to users when their password is reset.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Notifications.',
        'Set "Notify users on password resets?" to Yes and select Save.',
      ],
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks#notifications',
    },
    troubleshooting: [],
    defaultOptions: {},
  },
  evaluate: (s) =>
    evaluateBooleanSetting(s, {
      portal: { section: 'passwordResetPolicies', field: 'notifyUsersOnPasswordReset' },
      attested: 'notifyUsersOnReset',
      label: 'Notify users on password resets',
      onMessage: 'Users receive an email when their password is reset.',
      offMessage:
        'Users are not told when their password is reset, so a reset they did not make goes unnoticed.',
      expected: 'Notify users on password resets: Yes',
      fallback: 'no_public_api',
    }),
});
