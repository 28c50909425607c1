/**
 * SSPR-07 All admins are notified when an admin resets their password.
 * PASS portal notifyOnAdminPasswordReset (else attested notifyAdminsOnAdminReset) is true;
 * FAIL when false (a portal value decides over a contrary attestation, which is recorded);
 * NOT ASSESSED with the portal's reason when its sign-in failed, else no_public_api.
 */
import { defineCheck, evaluateBooleanSetting } from '../src/plugin/index.js';

export default defineCheck({
  meta: {
    id: 'SSPR-07',
    title: 'All admins are notified when an admin resets their password',
    severity: 'high',
    checklistItem: 'notify-admins',
    description:
      'When any administrator resets their own password, every Global Administrator gets an email, so a takeover of an admin account through self-service reset is seen at once.',
    dataSources: [
      {
        source: 'passwordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'notifyOnAdminPasswordReset',
      },
      { source: 'attestation', reads: 'settings.notifyAdminsOnAdminReset' },
    ],
    sources: ['passwordResetPolicies'],
    expected: 'Notify all admins when other admins reset their password: Yes',
    remediation: {
      summary:
        'Turn on the email sent to all Global Administrators when an administrator resets their password.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Notifications.',
        'Set "Notify all admins when other admins reset their password?" to Yes and select Save.',
      ],
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks#notifications',
    },
    troubleshooting: ['TS-05'],
    defaultOptions: {},
  },
  evaluate: (s) =>
    evaluateBooleanSetting(s, {
      portal: { section: 'passwordResetPolicies', field: 'notifyOnAdminPasswordReset' },
      attested: 'notifyAdminsOnAdminReset',
      label: 'Notify all admins when other admins reset their password',
      onMessage:
        'Every Global Administrator receives an email when an administrator resets their own password.',
      offMessage:
        'Administrators are not told when another administrator resets a password, so a hijacked admin account can go unnoticed.',
      expected: 'Notify all admins when other admins reset their password: Yes',
      fallback: 'no_public_api',
    }),
});
