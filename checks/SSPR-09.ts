/**
 * SSPR-09 Users must register when signing in.
 * PASS portal registrationRequiredOnSignIn (else attested requireRegistrationOnSignIn) is true;
 * FAIL when false (a portal value decides over a contrary attestation, which is recorded);
 * NOT ASSESSED with the portal's reason when its sign-in failed, else no_public_api.
 * SSPR-10 reads this check's decision: the re-confirm interval only applies when registration is required.
 */
import { defineCheck, evaluateBooleanSetting } from '../src/plugin/index.js';

export default defineCheck({
  meta: {
    id: 'SSPR-09',
    title: 'Users must register when signing in',
    severity: 'medium',
    checklistItem: 'registration',
    description:
      'Requiring registration at sign-in prompts every SSPR-enabled user to set up security info, so they can reset a forgotten password instead of calling the help desk.',
    dataSources: [
      {
        source: 'passwordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'registrationRequiredOnSignIn',
      },
      { source: 'attestation', reads: 'settings.requireRegistrationOnSignIn' },
    ],
    sources: ['passwordResetPolicies'],
    expected: 'Require users to register when signing in: Yes',
    remediation: {
      summary: 'Require users to register their security info the next time they sign in.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Registration.',
        'Set "Require users to register when signing in?" to Yes and select Save.',
      ],
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks#registration',
    },
    troubleshooting: ['TS-02'],
    defaultOptions: {},
  },
  evaluate: (s) =>
    evaluateBooleanSetting(s, {
      portal: { section: 'passwordResetPolicies', field: 'registrationRequiredOnSignIn' },
      attested: 'requireRegistrationOnSignIn',
      label: 'Require users to register when signing in',
      onMessage: 'Users are asked to register their security info when they sign in.',
      offMessage:
        'Users are not asked to register for password reset at sign-in, so many will find out they cannot reset only when they need to.',
      expected: 'Require users to register when signing in: Yes',
      fallback: 'no_public_api',
    }),
});
