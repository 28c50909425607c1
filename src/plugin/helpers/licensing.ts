// The Entra ID P1/P2 service plans that licence SSPR, and how a subscribedSkus row relates to them.

import type { SubscribedSku } from '../../snapshot/types.js';

/** Service plan ids (GRAPH.md §11); bundles such as M365 E3/E5 and Business Premium carry them too. */
export const SSPR_SERVICE_PLANS: Readonly<Record<string, string>> = {
  '41781fb2-bc02-4b7c-bd55-b576c07bb09d': 'AAD_PREMIUM',
  'eec0eb4f-6444-4f95-aba0-50c24d67f998': 'AAD_PREMIUM_P2',
};

/** The SSPR plans a SKU holds, whatever their provisioning status. */
export const ssprPlans = (sku: SubscribedSku) =>
  sku.servicePlans.filter((p) => p.servicePlanId.toLowerCase() in SSPR_SERVICE_PLANS);

export const skuName = (sku: SubscribedSku): string => sku.skuPartNumber ?? sku.skuId;

export const planNames = (sku: SubscribedSku): string =>
  ssprPlans(sku)
    .map((p) => `${SSPR_SERVICE_PLANS[p.servicePlanId.toLowerCase()]} (${p.provisioningStatus})`)
    .join(', ');
