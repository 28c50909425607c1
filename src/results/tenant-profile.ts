// Informational facts shown in the tenant profile and never scored (CHECKS.md "Informational").

import type { Snapshot } from '../snapshot/types.js';

export interface ProfileFact {
  label: string;
  value: string;
  note: string;
}

export function tenantProfile(s: Snapshot): ProfileFact[] {
  const facts: ProfileFact[] = [];
  const org = s.sources.organization;
  if (org.outcome.status === 'ok' && org.data) {
    facts.push({
      label: 'Directory synchronisation',
      value:
        org.data.onPremisesSyncEnabled === true ? 'Hybrid (synchronised from on-premises AD)' : 'Cloud-only',
      note: 'organization.onPremisesSyncEnabled decides whether the writeback checks apply.',
    });
  }
  const authz = s.sources.authorizationPolicy;
  if (authz.outcome.status === 'ok' && authz.data) {
    const v = authz.data.allowedToUseSSPR;
    facts.push({
      label: 'Administrator SSPR (authorizationPolicy.allowedToUseSSPR)',
      value: v === undefined || v === null ? 'not reported' : v ? 'Yes' : 'No',
      note: 'Governs administrators only; it is not the user SSPR setting and is never scored.',
    });
  }
  const feature = s.sources.usersRegisteredByFeature;
  if (feature.outcome.status === 'ok' && feature.data) {
    const count = (f: string) =>
      feature.data!.userRegistrationFeatureCounts.find((c) => c.feature === f)?.userCount;
    facts.push({
      label: 'usersRegisteredByFeature (members)',
      value: `ssprEnabled ${count('ssprEnabled') ?? '–'}, ssprRegistered ${count('ssprRegistered') ?? '–'}, ssprCapable ${count('ssprCapable') ?? '–'} of ${feature.data.totalUserCount}`,
      note: "Microsoft's aggregate, shown as a cross-check of the per-user figures.",
    });
  }
  const recs = s.sources.recommendations;
  if (recs.outcome.status === 'ok' && recs.data) {
    const rec = recs.data.find((r) => r.recommendationType === 'selfServicePasswordReset');
    facts.push({
      label: 'Entra recommendation selfServicePasswordReset',
      value: rec ? String(rec.status ?? 'present') : 'not listed',
      note: "Microsoft's own recommendation status, a cross-check only.",
    });
  }
  const policy = s.sources.authenticationMethodsPolicy;
  if (policy.outcome.status === 'ok' && policy.data) {
    facts.push({
      label: 'Authentication methods policy migration',
      value: String(policy.data.policyMigrationState ?? 'not reported'),
      note: 'Legacy SSPR method settings stop being managed after September 30, 2025.',
    });
  }
  facts.push({
    label: 'SMS and voice delivery',
    value:
      'Microsoft-provided SMS/voice retires on 2027-02-01 unless a customer-managed telecom provider is set',
    note: 'Bears on the SMS method recommended by SSPR-04; plan Authenticator and email as the main reset methods.',
  });
  facts.push({
    label: 'Administrator reset policy',
    value: 'Two-gate (two methods, no security questions), enforced by Microsoft',
    note: 'Applies to administrator accounts whatever the user policy says.',
  });
  return facts;
}
