/**
 * SSPR-08 Combined security info registration is on.
 * There is no setting left to read: Microsoft turned combined registration on for every tenant in the
 * global and US Government clouds in October 2022, and does not offer it in the China (21Vianet) cloud.
 * PASS global, usgov, usgov-dod (source platform, with that explanation);
 * NOT APPLICABLE china (not_offered_in_cloud). Never WARN, FAIL or NOT ASSESSED: the cloud is always known.
 */
import { decide, defineCheck, notApplicable, type Cloud } from '../src/plugin/index.js';

const CLOUD_NAME: Record<Cloud, string> = {
  global: 'the global cloud',
  usgov: 'the US Government cloud (GCC High)',
  'usgov-dod': 'the US Government DoD cloud',
  china: 'the China cloud operated by 21Vianet',
};

export default defineCheck({
  meta: {
    id: 'SSPR-08',
    title: 'Combined security info registration is on',
    severity: 'low',
    checklistItem: 'combined-registration',
    description:
      'With combined registration, users set up the methods for both multifactor authentication and password reset in one place (https://aka.ms/mysecurityinfo).',
    dataSources: [
      {
        source: 'platform',
        permission: "none (a fact of the service in the tenant's cloud)",
        reads:
          'the tenant cloud: combined registration is always on in the global and US Government clouds, and not offered in the China cloud',
      },
    ],
    sources: [],
    expected: 'Combined security info registration: on for all users',
    remediation: {
      summary:
        'Nothing to switch on: Microsoft enforces combined registration. Point users to the combined registration page.',
      steps: [
        'No setting to change: the former "Users can use the combined security information registration experience" option was retired and is always on.',
        'Tell users to manage their methods at https://aka.ms/mysecurityinfo.',
      ],
      reference:
        'https://learn.microsoft.com/entra/identity/authentication/concept-registration-mfa-sspr-combined',
    },
    troubleshooting: ['TS-02'],
    defaultOptions: {},
  },
  evaluate(_s, _o, ctx) {
    const facts = [{ label: 'tenant.cloud', value: ctx.cloud }];
    if (ctx.cloud === 'china') {
      return notApplicable('not_offered_in_cloud', 'platform', {
        message: `Combined security info registration is not offered in ${CLOUD_NAME.china}, so there is nothing to check.`,
        observed: `Cloud: ${ctx.cloud} (combined registration not offered)`,
        expected: 'Not offered in this cloud',
        facts,
      });
    }
    return decide('pass', 'platform', {
      message: `Combined security info registration is on: Microsoft has enforced it for every tenant in ${CLOUD_NAME[ctx.cloud]} since October 2022, and it cannot be turned off.`,
      observed: `Cloud: ${ctx.cloud} (combined registration always on)`,
      expected: 'Combined security info registration: on for all users',
      facts,
    });
  },
});
