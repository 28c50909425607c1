// The bundled demo tenant: a believable hybrid organisation mid-roll-out, chosen to exercise most verdicts.
// demo/snapshot.json is generated from this spec (npm run demo:generate) and a test keeps them equal.

import { generateTenant, type TenantSpec } from './generate-tenant.js';

export const DEMO_SPEC: Partial<TenantSpec> = {
  seed: 20261120,
  tenantId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  displayName: 'Fabrikam Manufacturing Ltd',
  domain: 'fabrikam.example',
  members: 320,
  guests: 24,
  admins: 8,
  hybrid: true,
  lastSyncHoursAgo: 5,
  enabledShare: 0.55,
  pilotGroup: { id: '3c8e1f0a-7b2d-4e5f-9a6b-1c2d3e4f5a6b', displayName: 'SSPR Pilot Users' },
  registeredShare: 0.86,
  twoMethodShare: 0.72,
  badPhoneShare: 0.06,
  licensed: true,
  licenceUnits: 350,
  migrationState: 'migrationInProgress',
  smsEnabled: false,
  resets: 64,
  resetSuccessRate: 0.86,
  unlocks: 7,
  writebackFailures: 3,
  helpdeskRole: true,
  // An application sign-in (the documented scan): the delegated-only reports are skipped.
  signIn: 'application',
  scanTime: '2026-11-20T09:00:00Z',
};

export const demoSnapshot = () => generateTenant(DEMO_SPEC);

/** The bundled demo files, relative to the project root. */
export const DEMO_FILES = {
  snapshot: 'demo/snapshot.json',
  attestation: 'demo/attestation.yaml',
  exceptions: 'demo/exceptions.yaml',
};
