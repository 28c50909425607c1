/**
 * SSPR-24 Help desk is prepared for SSPR questions.
 * Attestation only (no API can tell): PASS attested helpdeskPrepared is true; FAIL false;
 * NOT ASSESSED (manual) when the attestation does not answer.
 */
import { defineCheck, evaluateBooleanSetting, withAttestationEvidence } from '../src/plugin/index.js';

const EXPECTED = 'Help desk prepared for SSPR questions (attested)';

export default defineCheck({
  meta: {
    id: 'SSPR-24',
    title: 'Help desk is prepared for SSPR questions',
    severity: 'low',
    checklistItem: 'helpdesk-prepared',
    description:
      'During and after the roll-out the help desk gets questions about registration, failed resets and on-premises passwords; it needs the troubleshooting steps and the rights to reset manually.',
    dataSources: [{ source: 'attestation', reads: 'settings.helpdeskPrepared' }],
    sources: [],
    expected: EXPECTED,
    remediation: {
      summary: 'Brief the help desk on SSPR and give it the troubleshooting entries of this report.',
      steps: [
        'Walk the help desk through registration (https://aka.ms/mysecurityinfo) and reset (https://aka.ms/sspr) as users see them.',
        'Hand over the troubleshooting entries TS-01 to TS-06 and agree how to verify a caller before a manual reset.',
        'In the Microsoft Entra admin center go to Protection > Password reset > Customization and set "Customize helpdesk link" to the help desk\u2019s address.',
        'Record helpdeskPrepared: true with the briefing as evidence in the attestation file.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr',
    },
    troubleshooting: ['TS-05'],
    defaultOptions: {},
  },
  evaluate: (s) =>
    withAttestationEvidence(
      evaluateBooleanSetting(s, {
        attested: 'helpdeskPrepared',
        label: 'Help desk prepared for SSPR questions',
        onMessage: 'The help desk is prepared for SSPR questions (attested).',
        offMessage:
          'The help desk is not prepared for SSPR questions, so users who are stuck get no help (attested).',
        expected: EXPECTED,
        fallback: 'manual',
      }),
      s,
    ),
});
