// The named tenants scans are tested against (and `serve.ts` can serve): cloud-only, hybrid, unlicensed,
// missing permission, throttled, selected (a pilot group), large. Each is a model plus, where the
// scenario needs it, the faults to inject.

import type { FaultSpec } from '../faults.js';
import type { DoubleTenant } from '../tenant.js';
import { ALL_SCAN_ROLES } from '../tenant.js';
import { buildTenant, type TenantSpec } from './build-tenant.js';

export interface Preset {
  tenant: DoubleTenant;
  faults: FaultSpec[];
}

export type PresetName =
  'cloud-only' | 'hybrid' | 'unlicensed' | 'missing-permission' | 'throttled' | 'selected' | 'large';
export const PRESET_NAMES: PresetName[] = [
  'cloud-only',
  'hybrid',
  'unlicensed',
  'missing-permission',
  'throttled',
  'selected',
  'large',
];

export interface PresetOptions {
  now?: Date;
  /** Users in the `large` tenant. */
  users?: number;
  certificatePem?: string;
  portal?: boolean;
}

const base = (name: string, n: number, opts: PresetOptions): TenantSpec => ({
  id: `${n.toString(16).padStart(8, '0')}-1111-4222-8333-${'4'.repeat(12)}`,
  name,
  domain: `${name.toLowerCase().replace(/[^a-z]/g, '')}.example`,
  users: 40,
  now: opts.now ?? new Date(),
  certificatePem: opts.certificatePem,
  portal: opts.portal ?? true,
});

export function preset(name: PresetName, opts: PresetOptions = {}): Preset {
  switch (name) {
    case 'cloud-only':
      return { tenant: buildTenant(base('Contoso Cloud', 1, opts)), faults: [] };
    case 'hybrid':
      return {
        tenant: buildTenant({ ...base('Fabrikam Hybrid', 2, opts), hybrid: true, lastSyncMinutesAgo: 40 }),
        faults: [],
      };
    case 'unlicensed':
      return {
        tenant: buildTenant({ ...base('Tailspin Free', 3, opts), licensed: false, enablement: 'none' }),
        faults: [],
      };
    case 'missing-permission':
      return {
        tenant: buildTenant({
          ...base('Northwind Least', 4, opts),
          roles: ALL_SCAN_ROLES.filter((r) => r !== 'AuditLog.Read.All'),
        }),
        faults: [],
      };
    case 'selected':
      return {
        tenant: buildTenant({
          ...base('Woodgrove Pilot', 6, opts),
          enablement: 'selected',
          pilotGroup: {
            id: '6a1c0de0-7a11-4b1e-9c3d-5e5f00000001',
            displayName: 'SSPR Pilot Users',
            members: 20,
          },
        }),
        faults: [],
      };
    case 'large':
      return {
        tenant: buildTenant({ ...base('Litware Large', 7, opts), users: opts.users ?? 5_000 }),
        faults: [],
      };
    case 'throttled':
      return {
        tenant: buildTenant({ ...base('Adatum Throttled', 5, opts), users: 2_500 }),
        faults: [
          { route: 'organization', kind: 'throttle', inBatch: true, times: 1, retryAfterSeconds: 1 },
          { route: 'userRegistrationDetails', kind: 'throttle', page: 1, times: 1, retryAfterSeconds: 1 },
          {
            route: 'users',
            kind: 'throttle',
            page: 1,
            times: 1,
            retryAfterSeconds: 1,
            retryAfterForm: 'date',
          },
          { route: 'directoryAudits', kind: 'serverError', status: 503, times: 2 },
          { route: 'userEventsSummary', kind: 'serverError', status: 504, times: 1 },
        ],
      };
  }
}

/**
 * A tenant in the China (21Vianet) cloud: its v1.0 schema differs (v1.0-china.json: no
 * authenticationMethodsPolicy, licenseUnitsDetail without lockedOut), so its model does too.
 */
export function inChina(tenant: DoubleTenant): DoubleTenant {
  const skus = tenant.model.sources.subscribedSkus;
  const data = skus.data?.map((s) => {
    if (!s.prepaidUnits) return s;
    const { lockedOut: _lockedOut, ...units } = s.prepaidUnits;
    return { ...s, prepaidUnits: units };
  });
  tenant.model = {
    ...tenant.model,
    tenant: { ...tenant.model.tenant, cloud: 'china' },
    sources: { ...tenant.model.sources, subscribedSkus: { ...skus, ...(data ? { data } : {}) } },
  };
  return tenant;
}
