// Maps how a read ended to the snapshot's outcome: 403 Authorization_RequestDenied (or an empty code)
// → forbidden with the permission that would fix it; 403 Authentication_RequestFromNonPremiumTenant…
// → not_licensed (matched on the code); outside the global cloud a 404, or a 400 "Resource not found
// for the segment" (how Graph answers a path its cloud's schema lacks, e.g. China's missing
// policies/authenticationMethodsPolicy, GRAPH.md §17.6) → unavailable ("not offered in the … cloud");
// anything else after retries → error, in words that name the endpoint.

import { missingPermissionFor } from '../permissions/application-permissions.js';
import { GraphFailure } from '../graph/graph-failure.js';
import type { CollectionOutcome, SourceName } from '../snapshot/types.js';
import type { CollectContext } from './collect-context.js';

const LICENCE_CODES = new Set([
  'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
  'AadPremiumLicenseRequired',
]);

export function okOutcome(
  endpoint: string,
  extra: { pages?: number; rows?: number } = {},
): CollectionOutcome {
  return { status: 'ok', endpoint, fetchedAt: new Date().toISOString(), ...extra };
}

export function failedOutcome(
  source: SourceName,
  failure: GraphFailure,
  endpoint: string,
  ctx: CollectContext,
): CollectionOutcome {
  const fetchedAt = new Date().toISOString();
  const graphWords = `${failure.code ? `${failure.code}: ` : ''}${failure.detail}`;
  if (failure.kind === 'http' && failure.code && LICENCE_CODES.has(failure.code)) {
    return { status: 'not_licensed', endpoint, fetchedAt, error: `HTTP ${failure.status} ${graphWords}` };
  }
  const portal = source === 'passwordResetPolicies' || source === 'onPremisesPasswordResetPolicies';
  if (failure.kind === 'http' && (failure.status === 403 || (portal && failure.status === 401))) {
    const permission = missingPermissionFor(source, ctx.grantedPermissions);
    return {
      status: 'forbidden',
      endpoint,
      fetchedAt,
      permission,
      error: `HTTP ${failure.status} ${graphWords || 'Forbidden'} (needs ${permission})`,
    };
  }
  if (notOfferedHere(failure) && ctx.cloud.cloud !== 'global') {
    return {
      status: 'unavailable',
      endpoint,
      fetchedAt,
      error: `HTTP ${failure.status} ${graphWords} (not offered in the ${ctx.cloud.cloud} cloud)`,
    };
  }
  return { status: 'error', endpoint, fetchedAt, error: failure.message };
}

/** 404, or 400 "Resource not found for the segment '…'": the path does not exist in this cloud. */
function notOfferedHere(failure: GraphFailure): boolean {
  if (failure.kind !== 'http') return false;
  return (
    failure.status === 404 ||
    (failure.status === 400 && /Resource not found for the segment/i.test(failure.detail))
  );
}

export function unavailableOutcome(endpoint: string, why: string): CollectionOutcome {
  return { status: 'unavailable', endpoint, fetchedAt: new Date().toISOString(), error: why };
}

export function skippedOutcome(endpoint: string, why?: string): CollectionOutcome {
  return { status: 'skipped', endpoint, fetchedAt: new Date().toISOString(), ...(why ? { error: why } : {}) };
}
