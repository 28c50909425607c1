// A fleet config on disk for orchestration tests: tenants sharing one app (defaults.auth) unless they
// bring their own, secrets as env: references, outputs in a temp folder.

import { loadFleetConfig } from '../../../src/fleet/config.js';
import type { FleetConfig } from '../../../src/fleet/config-types.js';
import type { TempFolder } from './temp-folder.js';

export const APP_ID = '00000000-0000-4000-8000-00000000a001';
export const FLEET_ENV = {
  FLEET_APP_SECRET: 'fleet-app-secret-value',
  OWN_APP_SECRET: 'own-app-secret-value',
};

export interface FixtureTenant {
  id: string;
  name: string;
  extra?: string;
}

export function fleetYaml(tenants: FixtureTenant[], defaults = ''): string {
  return [
    'defaults:',
    `  auth: {clientId: ${APP_ID}, clientSecret: env:FLEET_APP_SECRET}`,
    '  formats: [json]',
    ...defaults
      .split('\n')
      .filter(Boolean)
      .map((l) => `  ${l}`),
    'tenants:',
    ...tenants.map((t) => `  - {id: ${t.id}, name: "${t.name}"${t.extra ? `, ${t.extra}` : ''}}`),
    '',
  ].join('\n');
}

export function writeFleet(
  dir: TempFolder,
  tenants: FixtureTenant[],
  defaults = '',
  env: NodeJS.ProcessEnv = FLEET_ENV,
): FleetConfig {
  return loadFleetConfig(dir.write('fleet.yaml', fleetYaml(tenants, defaults)), { env });
}
