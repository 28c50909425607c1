/**
 * SSPR-10 Security info is re-confirmed at most every 180 days.
 * Value: portal registrationReconfirmIntevalInDays (Microsoft's spelling), else attested reconfirmIntervalDays.
 * NOT APPLICABLE (prerequisite_off) when SSPR-09 decided that registration at sign-in is off: the interval
 * is then never used. Otherwise PASS 1..maxDays; WARN above maxDays; FAIL 0 (users are never asked);
 * NOT ASSESSED with the portal's reason when its sign-in failed, else no_public_api.
 */
import {
  attestedBy,
  attestedSetting,
  decide,
  defineCheck,
  notApplicable,
  portalSetting,
  undecided,
  type Disagreement,
  type Verdict,
} from '../src/plugin/index.js';

export interface ReconfirmOptions {
  /** The longest acceptable interval, in days. */
  maxDays: number;
}

/** Only a whole number of days from 0 up is a real interval (0 = never). */
const asDays = (v: unknown): number | undefined =>
  Number.isInteger(v) && (v as number) >= 0 ? (v as number) : undefined;

export default defineCheck({
  meta: {
    id: 'SSPR-10',
    title: 'Security info is re-confirmed at most every 180 days',
    severity: 'low',
    checklistItem: 'registration',
    description:
      'Asking users to re-confirm their security info at regular intervals keeps phone numbers and email addresses current, so resets keep working.',
    dataSources: [
      {
        source: 'passwordResetPolicies',
        permission: 'delegated portal sign-in (--portal)',
        reads: 'registrationReconfirmIntevalInDays (0 = never)',
      },
      { source: 'attestation', reads: 'settings.reconfirmIntervalDays' },
    ],
    sources: ['passwordResetPolicies'],
    dependsOn: ['SSPR-09'],
    expected:
      'Number of days before users are asked to re-confirm their authentication information: 1 to 180',
    remediation: {
      summary: 'Ask users to re-confirm their security info every 180 days or less.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Protection > Password reset > Registration.',
        'Make sure "Require users to register when signing in?" is Yes.',
        'Set "Number of days before users are asked to re-confirm their authentication information" to 180 (or fewer) and select Save.',
      ],
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks#registration',
    },
    troubleshooting: ['TS-02'],
    defaultOptions: { maxDays: 180 } as ReconfirmOptions,
  },
  evaluate(s, o, ctx) {
    const registration = ctx.decisionOf('SSPR-09');
    if (registration.status === 'fail') {
      return notApplicable('prerequisite_off', registration.source, {
        message:
          'Users are not required to register at sign-in (SSPR-09), so they are never asked to re-confirm their security info and the interval does not apply.',
        observed: 'Require users to register when signing in: No',
        expected: 'Require users to register when signing in: Yes',
        facts: [{ label: 'SSPR-09 status', value: registration.status }],
      });
    }
    const expected = `1 to ${o.maxDays} days`;
    const verdict = (d: number): Verdict => (d === 0 ? 'fail' : d <= o.maxDays ? 'pass' : 'warn');
    const show = (d: number) => (d === 0 ? '0 (never)' : d === 1 ? '1 day' : `${d} days`);
    const message = (d: number) =>
      d === 0
        ? 'Users are never asked to re-confirm their security info, so stale phone numbers and addresses go unnoticed until a reset fails.'
        : d <= o.maxDays
          ? `Users are asked to re-confirm their security info every ${show(d)}.`
          : `Users are asked to re-confirm their security info only every ${d} days, longer than the ${o.maxDays} days expected.`;

    const portal = asDays(portalSetting(s, 'registrationReconfirmIntevalInDays'));
    const attested = asDays(attestedSetting(s, 'reconfirmIntervalDays'));
    if (portal !== undefined) {
      const disagreements: Disagreement[] =
        attested !== undefined && attested !== portal
          ? [
              {
                source: 'attested',
                says: show(attested),
                detail: `${attestedBy(s)} attested ${show(attested)}; the portal reads ${show(portal)}.`,
              },
            ]
          : [];
      return decide(verdict(portal), 'portal', {
        message: message(portal),
        observed: `Re-confirm interval: ${show(portal)}`,
        expected,
        facts: [{ label: 'passwordResetPolicies.registrationReconfirmIntevalInDays', value: portal }],
        disagreements,
      });
    }
    if (attested !== undefined) {
      return decide(verdict(attested), 'attested', {
        message: message(attested),
        observed: `Re-confirm interval: ${show(attested)} (attested)`,
        expected,
        facts: [
          { label: 'attestation.settings.reconfirmIntervalDays', value: attested },
          { label: 'Attested by', value: attestedBy(s) },
        ],
      });
    }
    return undecided(
      'no_public_api',
      'The re-confirm interval has no public API: sign in with --portal, pass --portal-export, or attest it.',
    );
  },
});
