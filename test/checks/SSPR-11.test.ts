import { expect } from 'chai';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import type { DirectoryAudit, Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

// The golden scan time is 2026-11-20T09:00:00Z; its audits hold two self-service resets through
// "Microsoft Entra Connect" (2026-11-10 and 2026-11-12) and one unlock.
const onPrem = (s: Snapshot) => s.sources.onPremisesPasswordResetPolicies.data!;
const audit = (activity: string, at: string, agent?: string): DirectoryAudit => ({
  id: `t-${activity}-${at}`,
  category: activity.includes('writeback') ? 'DirectoryManagement' : 'UserManagement',
  result: 'success',
  activityDisplayName: activity,
  activityDateTime: at,
  loggedByService: 'Self-service Password Management',
  additionalDetails: agent ? [{ key: 'OnPremisesAgent', value: agent }] : [],
});
/** No portal, no attestation, and only the given audits. */
const auditsOnly = (s: Snapshot, ...events: DirectoryAudit[]) => {
  withoutPortal(s);
  s.sources.directoryAudits.data = events;
};

runCheckCases('SSPR-11', [
  {
    name: 'hybrid, portal enablementForTenant true → pass (portal), audits agree',
    expect: {
      status: 'pass',
      source: 'portal',
      disagreements: [],
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'onPremisesPasswordResetPolicies.enablementForTenant',
          value: true,
        }),
    },
  },
  {
    name: 'portal: only Cloud Sync writeback on → pass (portal)',
    patch: (s) =>
      Object.assign(onPrem(s), { enablementForTenant: false, cloudProvisioningEnablementForTenant: true }),
    expect: { status: 'pass', source: 'portal' },
  },
  {
    name: 'portal both off → fail, the audits showing writeback in use recorded as disagreement',
    patch: (s) =>
      Object.assign(onPrem(s), { enablementForTenant: false, cloudProvisioningEnablementForTenant: false }),
    expect: {
      status: 'fail',
      source: 'portal',
      disagreements: ['inferred'],
      troubleshooting: ['TS-03', 'TS-06'],
      message: ['never reaches Active Directory'],
    },
  },
  {
    name: 'portal enablementForTenant false, Cloud Sync flag missing → fail (portal)',
    patch: (s) => {
      Object.assign(onPrem(s), { enablementForTenant: false });
      delete onPrem(s).cloudProvisioningEnablementForTenant;
    },
    expect: { status: 'fail', source: 'portal' },
  },
  {
    name: 'portal decides over a contrary attestation, which is recorded',
    patch: (s) => void (s.attestation!.settings.writebackEnabled = false),
    expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
  },
  {
    name: 'no portal, attested true → pass (attested)',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.writebackEnabled = true;
    },
    expect: { status: 'pass', source: 'attested', observed: '(attested)' },
  },
  {
    name: 'no portal, attested false while audits show writeback resets → fail (attested), disagreement recorded',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.writebackEnabled = false;
    },
    expect: { status: 'fail', source: 'attested', disagreements: ['inferred'] },
  },
  {
    name: 'inferred: self-service resets through Microsoft Entra Connect → pass (inferred)',
    patch: withoutPortal,
    expect: {
      status: 'pass',
      source: 'inferred',
      message: ['Microsoft Entra Connect'],
      also: (r) => expect(String(r.evidence.facts[1].value)).to.include('2026-11-12T10:00:05Z'),
    },
  },
  {
    name: 'inferred: an admin reset through CloudSync → pass (inferred)',
    patch: (s) => auditsOnly(s, audit('Reset password (by admin)', '2026-11-18T10:00:00Z', 'CloudSync')),
    expect: { status: 'pass', source: 'inferred', message: ['CloudSync'] },
  },
  {
    name: 'inferred: "Enable password writeback for directory" → pass (inferred)',
    patch: (s) => auditsOnly(s, audit('Enable password writeback for directory', '2026-11-18T10:00:00Z')),
    expect: { status: 'pass', source: 'inferred', observed: 'Enable password writeback' },
  },
  {
    name: 'inferred: the most recent signal wins, a later "Disable" → fail (inferred)',
    patch: (s) =>
      auditsOnly(
        s,
        audit('Enable password writeback for directory', '2026-11-01T10:00:00Z'),
        audit('Disable password writeback for directory', '2026-11-15T10:00:00Z'),
        audit('Reset password (self-service)', '2026-11-10T10:00:00Z', 'Microsoft Entra Connect'),
      ),
    expect: {
      status: 'fail',
      source: 'inferred',
      observed: 'Disable password writeback',
      message: ['disabled'],
    },
  },
  {
    name: 'inferred: a reset through the agent after a "Disable" → pass (inferred)',
    patch: (s) =>
      auditsOnly(
        s,
        audit('Disable password writeback for directory', '2026-11-15T10:00:00Z'),
        audit('Reset password (self-service)', '2026-11-16T10:00:00Z', 'Microsoft Entra Connect'),
      ),
    expect: { status: 'pass', source: 'inferred' },
  },
  {
    name: 'resets with OnPremisesAgent "None" and unlocks prove nothing → not_assessed no_public_api',
    patch: (s) =>
      auditsOnly(
        s,
        audit('Reset password (self-service)', '2026-11-16T10:00:00Z', 'None'),
        audit('Unlock user account (self-service)', '2026-11-16T11:00:00Z', 'Microsoft Entra Connect'),
      ),
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api', message: ['--portal'] },
  },
  {
    name: 'a writeback reset 31 days before the scan is outside the window → not_assessed no_public_api',
    patch: (s) =>
      auditsOnly(
        s,
        audit('Reset password (self-service)', '2026-10-20T09:00:00Z', 'Microsoft Entra Connect'),
      ),
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'a writeback reset exactly 30 days before the scan is inside the window → pass (inferred)',
    patch: (s) =>
      auditsOnly(
        s,
        audit('Reset password (self-service)', '2026-10-21T09:00:00Z', 'Microsoft Entra Connect'),
      ),
    expect: { status: 'pass', source: 'inferred' },
  },
  {
    name: 'a writeback reset stamped after the scan time is outside the window → not_assessed no_public_api',
    patch: (s) =>
      auditsOnly(
        s,
        audit('Reset password (self-service)', '2026-11-20T09:00:01Z', 'Microsoft Entra Connect'),
      ),
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: 'option windowDays 60: a 31-day-old writeback reset counts → pass (inferred)',
    patch: (s) =>
      auditsOnly(
        s,
        audit('Reset password (self-service)', '2026-10-20T09:00:00Z', 'Microsoft Entra Connect'),
      ),
    options: { 'SSPR-11': { windowDays: 60 } },
    expect: { status: 'pass', source: 'inferred' },
  },
  {
    name: 'cloud-only (onPremisesSyncEnabled false) → not_applicable cloud_only, even with writeback off',
    patch: (s) => {
      s.sources.organization.data!.onPremisesSyncEnabled = false;
      onPrem(s).enablementForTenant = false;
    },
    expect: { status: 'not_applicable', source: 'graph', reason: 'cloud_only' },
  },
  {
    name: 'never synced (onPremisesSyncEnabled null) → not_applicable cloud_only',
    patch: (s) => void (s.sources.organization.data!.onPremisesSyncEnabled = null),
    expect: { status: 'not_applicable', source: 'graph', reason: 'cloud_only' },
  },
  {
    name: 'regression: organization forbidden → not_assessed missing_permission, never pass (even with the portal on)',
    patch: (s) => failSource(s, 'organization', 'forbidden', 'Organization.Read.All'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Organization.Read.All',
    },
  },
  {
    name: 'no portal, audits forbidden → not_assessed missing_permission',
    patch: (s) => {
      withoutPortal(s);
      failSource(s, 'directoryAudits', 'forbidden', 'AuditLog.Read.All');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
    },
  },
  {
    name: 'no portal, audits failed → not_assessed collection_error',
    patch: (s) => {
      withoutPortal(s);
      failSource(s, 'directoryAudits', 'error');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
  {
    name: "portal sign-in forbidden, audits without proof → not_assessed with the portal's reason",
    patch: (s) => {
      failSource(
        s,
        'onPremisesPasswordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      );
      s.sources.directoryAudits.data = [];
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Authentication Policy Administrator (directory role)',
    },
  },
  {
    name: 'portal sign-in forbidden but the audits prove writeback → pass (inferred)',
    patch: (s) =>
      failSource(
        s,
        'onPremisesPasswordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      ),
    expect: { status: 'pass', source: 'inferred' },
  },
]);
