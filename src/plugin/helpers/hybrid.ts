// Hybrid or cloud-only: organization.onPremisesSyncEnabled is true only for a tenant that syncs from AD.

import type { Decision } from '../../engine/types.js';
import type { Organization, Snapshot } from '../../snapshot/types.js';
import { notApplicable } from './outcome.js';

/** The organization when it was read, else undefined (the caller returns undecided). */
export function organization(s: Snapshot): Organization | undefined {
  const src = s.sources.organization;
  return src.outcome.status === 'ok' && src.data ? src.data : undefined;
}

/** not_applicable (cloud_only) when the tenant does not sync from on-premises, else undefined. */
export function cloudOnly(org: Organization, what: string): Decision | undefined {
  if (org.onPremisesSyncEnabled === true) return undefined;
  return notApplicable('cloud_only', 'graph', {
    message: `The tenant does not synchronise users from an on-premises directory, so ${what} does not apply.`,
    observed: `organization.onPremisesSyncEnabled: ${String(org.onPremisesSyncEnabled ?? null)}`,
    expected: 'Applies to hybrid tenants only',
    facts: [{ label: 'organization.onPremisesSyncEnabled', value: org.onPremisesSyncEnabled ?? null }],
  });
}
