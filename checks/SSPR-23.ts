/**
 * SSPR-23 Users have been told about SSPR.
 * Attestation only (no API can tell): PASS attested usersNotified is true; FAIL false;
 * NOT ASSESSED (manual) when the attestation does not answer. The attestation's date and evidence
 * references go into the evidence.
 */
import { defineCheck, evaluateBooleanSetting, withAttestationEvidence } from '../src/plugin/index.js';

const EXPECTED = 'Users notified about SSPR (attested, with date and evidence)';

export default defineCheck({
  meta: {
    id: 'SSPR-23',
    title: 'Users have been told about SSPR',
    severity: 'low',
    checklistItem: 'users-notified',
    description:
      'Users only reset their own password if they know SSPR exists, where to find it and that they must register security info first.',
    dataSources: [
      { source: 'attestation', reads: 'settings.usersNotified, attestedAt and evidence references' },
    ],
    sources: [],
    expected: EXPECTED,
    remediation: {
      summary: 'Announce SSPR to all users and keep a copy of the announcement as evidence.',
      steps: [
        'Send every user an announcement: register at https://aka.ms/mysecurityinfo with at least two methods, reset at https://aka.ms/sspr or through "Forgot password" on the sign-in page.',
        'Say how to reach the help desk when SSPR does not work.',
        'Keep the message (and its send date) and record usersNotified: true with that evidence in the attestation file.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-deployment',
    },
    troubleshooting: [],
    defaultOptions: {},
  },
  evaluate: (s) =>
    withAttestationEvidence(
      evaluateBooleanSetting(s, {
        attested: 'usersNotified',
        label: 'Users notified about SSPR',
        onMessage: 'Users have been told about SSPR: how to register and how to reset (attested).',
        offMessage:
          'Users have not been told about SSPR, so most will keep calling the help desk (attested).',
        expected: EXPECTED,
        fallback: 'manual',
      }),
      s,
    ),
});
