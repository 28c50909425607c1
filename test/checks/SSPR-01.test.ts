import { expect } from 'chai';
import { failSource, urdRow, withoutPortal } from '../fixtures/golden.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const portal = (s: Snapshot) => s.sources.passwordResetPolicies.data!;
const setEnabled = (s: Snapshot, upn: string, enabled: boolean) => {
  const u = s.sources.userRegistrationDetails.data!.find((r) => r.userPrincipalName === upn)!;
  u.isSsprEnabled = enabled;
};

runCheckCases('SSPR-01', [
  { name: 'portal All (2) → pass', expect: { status: 'pass', source: 'portal', observed: 'All' } },
  {
    name: 'portal Selected (1) → warn naming the group',
    patch: (s) =>
      Object.assign(portal(s), {
        enablementType: 1,
        passwordResetEnabledGroupIds: ['g1'],
        passwordResetEnabledGroupName: 'SSPR Pilot Users',
      }),
    expect: {
      status: 'warn',
      source: 'portal',
      message: ['SSPR Pilot Users'],
      observed: 'Selected (group "SSPR Pilot Users")',
    },
  },
  {
    name: 'portal None (0) → fail',
    patch: (s) => void (portal(s).enablementType = 0),
    expect: { status: 'fail', source: 'portal', observed: 'None' },
  },
  {
    name: 'portal All while 1 of 5 non-admin members is not enabled → pass, inference recorded as disagreement',
    patch: (s) => setEnabled(s, 'alex@contoso.com', false),
    expect: { status: 'pass', source: 'portal', disagreements: ['inferred'], affectedRows: 1 },
  },
  {
    name: 'attested All with 1 member not enabled → pass (attested), disagreement recorded',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.enablement = 'all';
      setEnabled(s, 'alex@contoso.com', false);
    },
    expect: { status: 'pass', source: 'attested', disagreements: ['inferred'] },
  },
  {
    name: 'attested selected → warn naming the attested group',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.enablement = 'selected';
      s.attestation!.settings.selectedGroup = 'SSPR Pilot Users';
    },
    expect: { status: 'warn', source: 'attested', message: ['SSPR Pilot Users'] },
  },
  {
    name: 'attested none → fail',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.enablement = 'none';
    },
    expect: { status: 'fail', source: 'attested', disagreements: ['inferred'] },
  },
  // Precedence portal > attested > inferred, with sources that disagree (mutation survivor from issue 11).
  {
    name: 'portal None and attested All disagree → fail (portal), the attestation recorded as disagreement',
    patch: (s) => {
      portal(s).enablementType = 0;
      s.attestation!.settings.enablement = 'all';
    },
    expect: {
      status: 'fail',
      source: 'portal',
      observed: 'None',
      disagreements: ['attested', 'inferred'],
      also: (r) => expect(r.evidence.disagreements![0]).to.include({ source: 'attested', says: 'All' }),
    },
  },
  {
    name: 'portal All and attested None disagree → pass (portal)',
    patch: (s) => void (s.attestation!.settings.enablement = 'none'),
    expect: { status: 'pass', source: 'portal', disagreements: ['attested'] },
  },
  {
    name: 'attested None and inferred All disagree, no portal → fail (attested), inference recorded',
    patch: (s) => {
      withoutPortal(s);
      s.attestation!.settings.enablement = 'none';
    },
    expect: { status: 'fail', source: 'attested', disagreements: ['inferred'] },
  },
  {
    name: 'attested all with a selectedGroup (DESIGN.md example) → pass, the group kept in the evidence',
    patch: (s) => {
      withoutPortal(s);
      Object.assign(s.attestation!.settings, { enablement: 'all', selectedGroup: 'SSPR Pilot Users' });
    },
    expect: {
      status: 'pass',
      source: 'attested',
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'attestation.settings.selectedGroup',
          value: 'SSPR Pilot Users',
        }),
    },
  },
  // Nulls: isAdmin null leaves a member out of the non-admin inference; userType null is not a member.
  {
    name: 'inferred: a member with isAdmin null is left out of the inference and counted',
    patch: (s) => {
      withoutPortal(s);
      const row = s.sources.userRegistrationDetails.data!.find(
        (u) => u.userPrincipalName === 'alex@contoso.com',
      )!;
      row.isAdmin = null;
      row.isSsprEnabled = false;
    },
    expect: {
      status: 'pass',
      source: 'inferred',
      observed: '4 of 4 non-admin members',
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'Members with isAdmin null (left out of the admin/non-admin figures)',
          value: 1,
        }),
    },
  },
  {
    name: 'inferred: rows with userType null are not members (a not-enabled one does not make it Selected)',
    patch: (s) => {
      withoutPortal(s);
      s.sources.userRegistrationDetails.data!.push(
        urdRow({ id: 'n1', userPrincipalName: 'nulltype@contoso.com', userType: null, isSsprEnabled: false }),
      );
    },
    expect: {
      status: 'pass',
      source: 'inferred',
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'userRegistrationDetails rows with userType null (not counted as members)',
          value: 1,
        }),
    },
  },
  {
    name: 'inferred: every non-admin member enabled → pass',
    patch: withoutPortal,
    expect: { status: 'pass', source: 'inferred', observed: '5 of 5' },
  },
  {
    name: 'inferred: some enabled → warn, lists those not enabled',
    patch: (s) => {
      withoutPortal(s);
      setEnabled(s, 'alex@contoso.com', false);
      setEnabled(s, 'diego@contoso.com', false);
    },
    expect: { status: 'warn', source: 'inferred', affectedRows: 2, observed: '3 of 5' },
  },
  {
    name: 'inferred: none enabled → fail',
    patch: (s) => {
      withoutPortal(s);
      for (const u of s.sources.userRegistrationDetails.data!) u.isSsprEnabled = false;
    },
    expect: { status: 'fail', source: 'inferred' },
  },
  {
    name: 'inference ignores admins and guests (admin and guest not enabled do not make it Selected)',
    patch: (s) => {
      withoutPortal(s);
      const rows = s.sources.userRegistrationDetails.data!;
      rows.find((u) => u.isAdmin)!.isSsprEnabled = false;
      rows.push(
        urdRow({
          id: 'guest-2',
          userPrincipalName: 'g2#EXT#@contoso.com',
          userType: 'guest',
          isSsprEnabled: false,
        }),
      );
    },
    expect: { status: 'pass', source: 'inferred' },
  },
  {
    name: 'regression: allowedToUseSSPR=true is not user SSPR (None stays fail)',
    patch: (s) => {
      s.sources.authorizationPolicy.data!.allowedToUseSSPR = true;
      portal(s).enablementType = 0;
    },
    expect: { status: 'fail', source: 'portal' },
  },
  {
    name: 'regression: allowedToUseSSPR=true with nothing else known is not_assessed, never pass',
    patch: (s) => {
      withoutPortal(s);
      s.sources.authorizationPolicy.data!.allowedToUseSSPR = true;
      failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
    },
  },
  {
    name: 'report not licensed, no portal → not_assessed not_licensed',
    patch: (s) => {
      withoutPortal(s);
      failSource(s, 'userRegistrationDetails', 'not_licensed');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'not_licensed' },
  },
  {
    name: 'report failed with 5xx, no portal → not_assessed collection_error',
    patch: (s) => {
      withoutPortal(s);
      failSource(s, 'userRegistrationDetails', 'error');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
  {
    name: 'report answered with only admins and guests, no portal → not_assessed no_population',
    patch: (s) => {
      withoutPortal(s);
      s.sources.userRegistrationDetails.data = s.sources.userRegistrationDetails.data!.filter(
        (u) => u.isAdmin || u.userType === 'guest',
      );
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_population' },
  },
  {
    name: 'portal answers although the report is forbidden → portal decides',
    patch: (s) => failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All'),
    expect: {
      status: 'pass',
      source: 'portal',
      also: (r) => expect(r.missingPermission).to.equal(undefined),
    },
  },
]);
