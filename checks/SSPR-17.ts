/**
 * SSPR-17 Tenant holds an SSPR licence (Entra ID P1/P2).
 * PASS a subscribedSkus row has capabilityStatus=Enabled, prepaidUnits.enabled > 0 and a service plan
 * AAD_PREMIUM or AAD_PREMIUM_P2 whose provisioningStatus is Success;
 * FAIL no such SKU (SKUs that hold a plan but do not qualify are listed with why);
 * NOT ASSESSED with subscribedSkus' reason when it could not be read.
 */
import {
  decide,
  defineCheck,
  planNames,
  skuName,
  ssprPlans,
  undecided,
  type SubscribedSku,
} from '../src/plugin/index.js';

/** Why a SKU holding an SSPR plan does not licence SSPR; empty when it does. */
export function disqualifications(sku: SubscribedSku): string[] {
  const why: string[] = [];
  if (sku.capabilityStatus !== 'Enabled') why.push(`capabilityStatus is ${sku.capabilityStatus}`);
  if (!(sku.prepaidUnits?.enabled > 0)) why.push('no enabled units');
  if (!ssprPlans(sku).some((p) => p.provisioningStatus === 'Success'))
    why.push('the plan is not provisioned (Success)');
  return why;
}

export default defineCheck({
  meta: {
    id: 'SSPR-17',
    title: 'Tenant holds an SSPR licence (Entra ID P1/P2)',
    severity: 'critical',
    checklistItem: 'prereq-licence',
    description:
      'Self-service reset for cloud users and any reset with on-premises writeback need Microsoft Entra ID P1 or P2 (also part of Microsoft 365 Business Premium, E3 and E5).',
    dataSources: [
      {
        source: 'subscribedSkus',
        permission: 'Organization.Read.All',
        reads:
          'capabilityStatus, prepaidUnits.enabled and the AAD_PREMIUM / AAD_PREMIUM_P2 service plans of each SKU',
      },
    ],
    sources: ['subscribedSkus'],
    expected: 'An enabled subscription with Entra ID P1 or P2 (AAD_PREMIUM or AAD_PREMIUM_P2 provisioned)',
    remediation: {
      summary:
        'Buy Microsoft Entra ID P1 or P2, or a bundle that includes it (for example Microsoft 365 Business Premium).',
      steps: [
        'Sign in to the Microsoft 365 admin center as a Billing Administrator.',
        'Go to Billing > Purchase services and buy Microsoft Entra ID P1 (or P2, or a bundle that includes it).',
        'Check under Billing > Your products that the subscription is Active.',
      ],
      reference: 'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-licensing',
    },
    troubleshooting: ['TS-01'],
    defaultOptions: {},
  },
  evaluate(s) {
    const src = s.sources.subscribedSkus;
    if (src.outcome.status !== 'ok' || !src.data)
      return undecided('collection_error', 'The tenant\u2019s licences could not be read.');
    const holding = src.data.filter((sku) => ssprPlans(sku).length > 0);
    const qualifying = holding.filter((sku) => disqualifications(sku).length === 0);
    const expected = 'An enabled subscription with Entra ID P1 or P2';
    const facts = [
      { label: 'Subscriptions', value: src.data.length },
      { label: 'Holding an SSPR plan', value: holding.length },
      { label: 'Licensing SSPR', value: qualifying.map(skuName).join(', ') || 'none' },
    ];
    if (qualifying.length > 0) {
      return decide('pass', 'graph', {
        message: `The tenant holds an SSPR licence: ${qualifying.map((k) => `${skuName(k)} (${planNames(k)})`).join('; ')}.`,
        observed: qualifying.map(skuName).join(', '),
        expected,
        facts,
      });
    }
    return decide('fail', 'graph', {
      message:
        holding.length === 0
          ? 'No subscription includes Entra ID P1 or P2, so SSPR is not licensed for anyone.'
          : 'Subscriptions include Entra ID P1 or P2 but none is usable (disabled, without units or not provisioned), so SSPR is not licensed.',
      observed:
        holding.length === 0
          ? 'no P1/P2 service plan'
          : `${holding.length} SKU(s) with a P1/P2 plan, none usable`,
      expected,
      facts,
      affected:
        holding.length > 0
          ? {
              kind: 'subscription',
              title: 'Subscriptions with a P1/P2 plan that do not licence SSPR',
              columns: ['sku', 'skuId', 'capabilityStatus', 'enabledUnits', 'plans', 'why'],
              rows: holding.map((k) => ({
                sku: skuName(k),
                skuId: k.skuId,
                capabilityStatus: k.capabilityStatus,
                enabledUnits: k.prepaidUnits?.enabled ?? 0,
                plans: planNames(k),
                why: disqualifications(k).join('; '),
              })),
            }
          : undefined,
    });
  },
});
