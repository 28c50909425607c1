// Loads each tenant's check packs before a fleet pass (exit 2 naming the pack on any problem), then
// checks the exceptions, profile and responses files whose check IDs only the loaded packs define.

import { loadCheckSet } from '../engine/load-packs.js';
import type { CheckSet } from '../engine/check-set.js';
import { baselinePlugins } from '../inputs/baseline.js';
import { loadExceptions } from '../inputs/exceptions.js';
import { loadProfile } from '../inputs/profile.js';
import { loadResponses } from '../inputs/responses.js';
import type { FleetConfig } from './config-types.js';

export async function preloadFleetPacks(config: FleetConfig): Promise<void> {
  const sets = new Map<string, Promise<CheckSet>>();
  for (const tenant of config.tenants) {
    // The tenant's own packs (else the defaults'), and those its baseline asks for.
    const plugins = [...(tenant.plugins ?? []), ...baselinePlugins(tenant.baseline)];
    const key = JSON.stringify(plugins);
    if (!sets.has(key)) sets.set(key, loadCheckSet(plugins));
    tenant.checkSet = await sets.get(key)!;
    if (plugins.length === 0) continue;
    const ids = tenant.checkSet.checks.map((c) => c.meta.id);
    if (tenant.exceptions) loadExceptions(tenant.exceptions, ids);
    if (tenant.profile) loadProfile(tenant.profile, tenant.checkSet);
    if (tenant.responses) loadResponses(tenant.responses, ids);
  }
}
