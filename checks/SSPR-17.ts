/**
 * SSPR-17 Tenant holds an SSPR licence.
 * A qualifying SKU has capabilityStatus Enabled or Warning (the grace period: SSPR still works),
 * prepaidUnits.enabled + warning > 0, and either a P1/P2 service plan (AAD_PREMIUM, AAD_PREMIUM_P2)
 * provisioned (Success; PendingActivation, PendingInput, Error… are not), or, for a cloud-only
 * tenant only, is Microsoft 365 Business Standard (cloud-only reset, no writeback).
 * PASS a qualifying SKU in Enabled; WARN qualifying SKUs only in Warning; FAIL none (SKUs that could
 * license SSPR but do not are listed with why; a hybrid tenant with only Business Standard is told
 * that writeback needs P1/P2 or Business Premium). SKUs with a null deciding field are left out and counted.
 * NOT ASSESSED with subscribedSkus' reason when it could not be read, or with organization's when
 * only Business Standard could license SSPR and the tenant's hybrid state is unknown.
 */
import {
  CAPABILITY_STATUS,
  decide,
  defineCheck,
  disqualifications,
  isHybrid,
  licenceKind,
  licenceView,
  organization,
  planNames,
  skuName,
  skuUnits,
  undecided,
  type Cell,
} from '../src/plugin/index.js';

const describeSku = (k: Parameters<typeof skuName>[0]) =>
  licenceKind(k) === 'premium' ? `${skuName(k)} (${planNames(k)})` : `${skuName(k)} (Business Standard)`;

export default defineCheck({
  meta: {
    id: 'SSPR-17',
    title: 'Tenant holds an SSPR licence',
    severity: 'critical',
    checklistItem: 'prereq-licence',
    description:
      'Self-service reset needs Microsoft Entra ID P1 or P2 (also part of Microsoft 365 Business Premium, E3 and E5); Microsoft 365 Business Standard licenses reset for cloud-only users, but not password writeback.',
    dataSources: [
      {
        source: 'subscribedSkus',
        permission: 'Organization.Read.All',
        reads:
          'capabilityStatus, prepaidUnits.enabled + warning, the AAD_PREMIUM / AAD_PREMIUM_P2 service plans (provisioningStatus) and the Business Standard SKU ids of each SKU',
      },
      {
        source: 'organization',
        permission: 'Organization.Read.All',
        reads: 'onPremisesSyncEnabled (Business Standard licenses cloud-only tenants only)',
      },
    ],
    sources: ['subscribedSkus', 'organization'],
    expected:
      'An enabled subscription with Entra ID P1 or P2 (AAD_PREMIUM or AAD_PREMIUM_P2 provisioned), or Business Standard for a cloud-only tenant',
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
      return undecided('collection_error', 'The tenant\u2019s licences could not be read.', {
        consulted: ['subscribedSkus'],
      });
    const org = organization(s);
    // Unknown hybrid state: count Business Standard out until organization says cloud-only.
    const hybrid = org ? isHybrid(org) : true;
    const view = licenceView(src.data, hybrid);
    const enabled = view.qualifying.filter((k) => k.capabilityStatus === CAPABILITY_STATUS.enabled);
    const expected =
      'An enabled subscription that licenses SSPR (Entra ID P1/P2, or Business Standard when cloud-only)';
    const facts: Array<{ label: string; value: Cell }> = [
      { label: 'Subscriptions', value: src.data.length },
      { label: 'That could license SSPR', value: view.candidates.length },
      { label: 'Licensing SSPR', value: view.qualifying.map(skuName).join(', ') || 'none' },
      ...(view.leftOut > 0
        ? [{ label: 'Subscriptions left out (capabilityStatus or prepaidUnits null)', value: view.leftOut }]
        : []),
      ...(org
        ? [{ label: 'organization.onPremisesSyncEnabled', value: org.onPremisesSyncEnabled ?? null }]
        : []),
    ];
    if (enabled.length > 0) {
      return decide('pass', 'graph', {
        message: `The tenant holds an SSPR licence: ${enabled.map(describeSku).join('; ')}.`,
        observed: enabled.map(skuName).join(', '),
        expected,
        facts,
      });
    }
    if (view.qualifying.length > 0) {
      return decide('warn', 'graph', {
        message: `The tenant's SSPR licence is in its grace period (capabilityStatus Warning): ${view.qualifying.map(describeSku).join('; ')}. SSPR stops when the grace period ends unless the subscription is renewed.`,
        observed: `${view.qualifying.map(skuName).join(', ')} (Warning)`,
        expected,
        facts,
      });
    }
    const businessStandard = view.candidates.filter((k) => licenceKind(k) === 'businessStandard');
    const standardWouldQualify = businessStandard.filter((k) => disqualifications(k, false).length === 0);
    if (!org && standardWouldQualify.length > 0) {
      return undecided(
        'collection_error',
        'Only Microsoft 365 Business Standard could license SSPR, and it does so for cloud-only tenants only; the organization could not be read, so it is unknown whether the tenant is hybrid.',
        { consulted: ['organization'], facts },
      );
    }
    const onlyStandard = hybrid && standardWouldQualify.length > 0;
    return decide('fail', 'graph', {
      message: onlyStandard
        ? 'The tenant is hybrid and holds only Microsoft 365 Business Standard, which licenses cloud-only reset: password writeback needs Entra ID P1/P2 or Microsoft 365 Business Premium, so SSPR is not licensed for synchronised users.'
        : view.candidates.length === 0
          ? 'No subscription includes Entra ID P1 or P2 (or Business Standard), so SSPR is not licensed for anyone.'
          : 'Subscriptions could license SSPR but none is usable (suspended, without units or not provisioned), so SSPR is not licensed.',
      observed: onlyStandard
        ? 'hybrid tenant with Business Standard only (writeback needs P1/P2 or Business Premium)'
        : view.candidates.length === 0
          ? src.data.length > 0
            ? 'no P1/P2 service plan (nor Business Standard)'
            : 'no subscription'
          : `${view.candidates.length} SKU(s) that could license SSPR, none usable`,
      expected,
      facts,
      affected:
        view.candidates.length > 0
          ? {
              kind: 'subscription',
              title: 'Subscriptions that could license SSPR but do not',
              columns: ['sku', 'skuId', 'capabilityStatus', 'units', 'plans', 'why'],
              rows: view.candidates.map((k) => ({
                sku: skuName(k),
                skuId: k.skuId,
                capabilityStatus: k.capabilityStatus,
                units: skuUnits(k),
                plans: licenceKind(k) === 'premium' ? planNames(k) : 'Business Standard',
                why: disqualifications(k, hybrid).join('; '),
              })),
            }
          : undefined,
    });
  },
});
