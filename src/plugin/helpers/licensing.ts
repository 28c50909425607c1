// What licenses SSPR (CHECKS.md SSPR-17, GRAPH.md §17.5), and how a subscribedSkus row relates to it.
// Every subscribedSku member is nullable in Graph: a SKU whose capabilityStatus is null, or that has
// no unit count at all, is left out and counted (nullSkuCount); a plan without an id is no plan.

import type { Organization, ServicePlanInfo, SubscribedSku } from '../../snapshot/types.js';
import { CAPABILITY_STATUS, PROVISIONING_STATUS } from './graph-vocabulary.js';

/** Service plan ids (GRAPH.md §11); bundles such as M365 E3/E5 and Business Premium carry them too. */
export const SSPR_SERVICE_PLANS: Readonly<Record<string, string>> = {
  '41781fb2-bc02-4b7c-bd55-b576c07bb09d': 'AAD_PREMIUM',
  'eec0eb4f-6444-4f95-aba0-50c24d67f998': 'AAD_PREMIUM_P2',
};

/**
 * Microsoft 365 Business Standard: licenses cloud-only SSPR, not writeback (entra-docs
 * concept-sspr-licensing). Ids from entra-docs licensing-service-plan-reference.md (GRAPH.md §17.5),
 * checked 2026-12-01; either the skuId or the skuPartNumber identifies it.
 */
export const BUSINESS_STANDARD_SKUS: ReadonlyArray<{ skuPartNumber: string; skuId: string }> = [
  { skuPartNumber: 'O365_BUSINESS_PREMIUM', skuId: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3' },
  { skuPartNumber: 'SMB_BUSINESS_PREMIUM', skuId: 'ac5cef5d-921b-4f97-9ef3-c99076e5470f' },
];

const lower = (v: string | null | undefined) => (v ?? '').trim().toLowerCase();

const planKey = (p: ServicePlanInfo) => lower(p.servicePlanId);

/** The SSPR plans a SKU holds, whatever their provisioning status. */
export const ssprPlans = (sku: SubscribedSku) =>
  sku.servicePlans.filter((p) => planKey(p) in SSPR_SERVICE_PLANS);

/** True when the SKU is Microsoft 365 Business Standard (by id or part number). */
export const isBusinessStandard = (sku: SubscribedSku): boolean =>
  BUSINESS_STANDARD_SKUS.some(
    (b) => lower(sku.skuId) === b.skuId || lower(sku.skuPartNumber) === b.skuPartNumber.toLowerCase(),
  );

export const skuName = (sku: SubscribedSku): string => sku.skuPartNumber ?? sku.skuId ?? '(unnamed SKU)';

export const planNames = (sku: SubscribedSku): string =>
  ssprPlans(sku)
    .map((p) => `${SSPR_SERVICE_PLANS[planKey(p)]} (${p.provisioningStatus ?? 'null'})`)
    .join(', ');

/** Licensed units: enabled + warning (the grace period still works); nulls count as none. */
export const skuUnits = (sku: SubscribedSku): number =>
  (sku.prepaidUnits?.enabled ?? 0) + (sku.prepaidUnits?.warning ?? 0);

/** A SKU whose deciding fields are null: left out of the licence figures and counted in evidence. */
export const hasNullDecidingField = (sku: SubscribedSku): boolean =>
  sku.capabilityStatus === null ||
  sku.capabilityStatus === undefined ||
  sku.prepaidUnits === null ||
  sku.prepaidUnits === undefined ||
  ((sku.prepaidUnits.enabled ?? null) === null && (sku.prepaidUnits.warning ?? null) === null);

/** How the SKU licenses SSPR: 'premium' (a P1/P2 plan), 'businessStandard' (cloud-only reset), or none. */
export type LicenceKind = 'premium' | 'businessStandard';

export function licenceKind(sku: SubscribedSku): LicenceKind | undefined {
  if (ssprPlans(sku).length > 0) return 'premium';
  if (isBusinessStandard(sku)) return 'businessStandard';
  return undefined;
}

/** Why a SKU that could license SSPR does not; empty when it does. `hybrid` bars Business Standard. */
export function disqualifications(sku: SubscribedSku, hybrid: boolean): string[] {
  const why: string[] = [];
  const status = sku.capabilityStatus;
  if (status !== CAPABILITY_STATUS.enabled && status !== CAPABILITY_STATUS.warning)
    why.push(`capabilityStatus is ${status ?? 'null'}`);
  if (!(skuUnits(sku) > 0)) why.push('no enabled or warning units');
  const kind = licenceKind(sku);
  if (kind === 'premium') {
    if (!ssprPlans(sku).some((p) => p.provisioningStatus === PROVISIONING_STATUS.provisioned))
      why.push('the P1/P2 plan is not provisioned (Success)');
  } else if (kind === 'businessStandard' && hybrid) {
    why.push(
      'Business Standard licenses cloud-only reset; password writeback needs P1/P2 or Business Premium',
    );
  }
  return why;
}

export interface LicenceView {
  /** SKUs that hold a P1/P2 plan or are Business Standard (null-field SKUs excluded). */
  candidates: SubscribedSku[];
  qualifying: SubscribedSku[];
  /** SKUs left out because a deciding field is null. */
  leftOut: number;
}

/** The tenant is hybrid when it syncs from on-premises (organization.onPremisesSyncEnabled true). */
export const isHybrid = (org: Organization): boolean => org.onPremisesSyncEnabled === true;

export function licenceView(skus: SubscribedSku[], hybrid: boolean): LicenceView {
  const counted = skus.filter((k) => !hasNullDecidingField(k));
  const candidates = counted.filter((k) => licenceKind(k) !== undefined);
  return {
    candidates,
    qualifying: candidates.filter((k) => disqualifications(k, hybrid).length === 0),
    leftOut: skus.length - counted.length,
  };
}
