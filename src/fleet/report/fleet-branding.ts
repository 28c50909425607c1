// The fleet report's branding: the MSP's branding file (defaults.branding), loaded by the report's
// loader (schema-checked, logo inlined), mapped onto what the fleet page shows.

import { loadBranding } from '../../report/branding.js';
import type { FleetBranding } from './fleet-view-model.js';

export function fleetBranding(file: string | undefined): FleetBranding | undefined {
  if (!file) return undefined;
  const b = loadBranding(file);
  return {
    companyName: b.companyName,
    accentColor: b.primaryColor,
    logoDataUri: b.logoDataUri ?? undefined,
    footer: b.footerText ?? undefined,
  };
}
