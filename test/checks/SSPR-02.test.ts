import { expect } from 'chai';
import { failSource, withoutPortal } from '../fixtures/golden.js';
import type { GroupLookup, Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const PILOT = '2b6e9a3c-1f0d-4c5e-9a7b-0d3e5f7a9c11';
const OTHER = 'a1b2c3d4-0000-4000-8000-000000000099';

/** Portal: SSPR enabled for the selected group(s). */
const selectGroup = (s: Snapshot, ids: string[], name: string | null = 'SSPR Pilot Users') =>
  Object.assign(s.sources.passwordResetPolicies.data!, {
    enablementType: 1,
    passwordResetEnabledGroupIds: ids,
    passwordResetEnabledGroupName: name,
  });
const lookup = (s: Snapshot, l: GroupLookup) => void s.sources.pilotGroups.data!.push(l);
const foundById = (id: string, members: number | undefined): GroupLookup => ({
  query: id,
  by: 'id',
  found: true,
  id,
  displayName: 'SSPR Pilot Users',
  ...(members === undefined ? {} : { transitiveMemberCount: members }),
});
const missing = (query: string, httpStatus?: number, by: GroupLookup['by'] = 'id'): GroupLookup => ({
  query,
  by,
  found: false,
  ...(httpStatus === undefined ? {} : { httpStatus }),
});
/** Portal Selected with the pilot group and its lookup. */
const pilot = (s: Snapshot, l: GroupLookup) => {
  selectGroup(s, [PILOT]);
  lookup(s, l);
};
/** No portal; the attestation says Selected with `group`. */
const attestedPilot = (s: Snapshot, group: string) => {
  withoutPortal(s);
  Object.assign(s.attestation!.settings, { enablement: 'selected', selectedGroup: group });
};
const setEnabled = (s: Snapshot, upn: string, enabled: boolean) =>
  void (s.sources.userRegistrationDetails.data!.find((u) => u.userPrincipalName === upn)!.isSsprEnabled =
    enabled);

runCheckCases('SSPR-02', [
  {
    name: 'SSPR-01 All (portal) → not_applicable scope_not_selected',
    expect: {
      status: 'not_applicable',
      source: 'portal',
      reason: 'scope_not_selected',
      message: ['all users'],
    },
  },
  {
    name: 'SSPR-01 None (portal) → not_applicable scope_not_selected',
    patch: (s) => void (s.sources.passwordResetPolicies.data!.enablementType = 0),
    expect: {
      status: 'not_applicable',
      source: 'portal',
      reason: 'scope_not_selected',
      message: ['no pilot group'],
    },
  },
  {
    name: 'SSPR-01 All inferred (no portal) → not_applicable with the inferred source',
    patch: withoutPortal,
    expect: { status: 'not_applicable', source: 'inferred', reason: 'scope_not_selected' },
  },
  {
    name: 'SSPR-01 not assessed (report forbidden, no portal) → not_assessed with its missing_permission',
    patch: (s) => {
      withoutPortal(s);
      failSource(s, 'userRegistrationDetails', 'forbidden', 'AuditLog.Read.All');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'AuditLog.Read.All',
      message: ['SSPR-01'],
    },
  },
  {
    name: 'SSPR-01 not assessed (no_population) → not_assessed no_population',
    patch: (s) => {
      withoutPortal(s);
      s.sources.userRegistrationDetails.data = s.sources.userRegistrationDetails.data!.filter(
        (u) => u.isAdmin,
      );
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_population', observed: 'SSPR-01' },
  },
  {
    name: 'portal group found with 12 transitive members → pass (graph), group origin in the facts',
    patch: (s) => pilot(s, foundById(PILOT, 12)),
    expect: {
      status: 'pass',
      source: 'graph',
      observed: '12 transitive user member(s)',
      message: ['SSPR Pilot Users'],
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'passwordResetPolicies.passwordResetEnabledGroupIds[0]',
          value: PILOT,
        }),
    },
  },
  {
    name: 'exactly 1 member → pass',
    patch: (s) => pilot(s, foundById(PILOT, 1)),
    expect: { status: 'pass', source: 'graph', observed: '1 transitive' },
  },
  {
    name: 'group found with 0 members → fail, group listed, linked to TS-01',
    patch: (s) => pilot(s, foundById(PILOT, 0)),
    expect: {
      status: 'fail',
      source: 'graph',
      affectedRows: 1,
      message: ['no user among its members'],
      troubleshooting: ['TS-01'],
    },
  },
  {
    name: 'group deleted (404) → fail',
    patch: (s) => pilot(s, missing(PILOT, 404)),
    expect: {
      status: 'fail',
      source: 'graph',
      affectedRows: 1,
      message: ['does not exist', '404'],
      also: (r) => expect(r.evidence.affected!.rows[0]).to.include({ query: PILOT, httpStatus: 404 }),
    },
  },
  {
    name: 'malformed group id (400) → fail',
    patch: (s) => {
      selectGroup(s, ['GROUP'], 'mndz');
      lookup(s, missing('GROUP', 400));
    },
    expect: { status: 'fail', source: 'graph', message: ['not a valid group id', '400'] },
  },
  {
    name: 'regression: group lookup refused (403) → not_assessed missing_permission GroupMember.Read.All, never fail',
    patch: (s) => pilot(s, missing(PILOT, 403)),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'GroupMember.Read.All',
    },
  },
  {
    name: 'group lookup failed (500) → not_assessed collection_error',
    patch: (s) => pilot(s, missing(PILOT, 500)),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error', message: ['500'] },
  },
  {
    name: 'group found but no member count collected → not_assessed collection_error',
    patch: (s) => pilot(s, foundById(PILOT, undefined)),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error', message: ['member count'] },
  },
  {
    name: 'pilotGroups forbidden → not_assessed missing_permission GroupMember.Read.All',
    patch: (s) => {
      selectGroup(s, [PILOT]);
      failSource(s, 'pilotGroups', 'forbidden', 'GroupMember.Read.All');
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'GroupMember.Read.All',
    },
  },
  {
    name: 'pilotGroups failed → not_assessed collection_error',
    patch: (s) => {
      selectGroup(s, [PILOT]);
      failSource(s, 'pilotGroups', 'error');
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
  {
    name: 'group known but the snapshot has no lookup for it (only another group) → not_assessed collection_error',
    patch: (s) => pilot(s, foundById(OTHER, 5)),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'collection_error',
      message: ['no lookup', PILOT],
    },
  },
  {
    name: 'group ids match case-insensitively → pass',
    patch: (s) => {
      selectGroup(s, [PILOT.toUpperCase()]);
      lookup(s, foundById(PILOT, 3));
    },
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'portal Selected without a group id, attested display name (other case) → looked up by name → pass',
    patch: (s) => {
      selectGroup(s, [], null);
      s.attestation!.settings.selectedGroup = 'sspr pilot users';
      lookup(s, { ...foundById(PILOT, 7), query: 'SSPR Pilot Users', by: 'displayName' });
    },
    expect: {
      status: 'pass',
      source: 'graph',
      also: (r) =>
        expect(r.evidence.facts).to.deep.include({
          label: 'attestation.settings.selectedGroup',
          value: 'sspr pilot users',
        }),
    },
  },
  {
    name: 'no portal, attested Selected with a group GUID → looked up by id → pass',
    patch: (s) => {
      attestedPilot(s, PILOT);
      lookup(s, foundById(PILOT, 4));
    },
    expect: { status: 'pass', source: 'graph', observed: '4 transitive' },
  },
  {
    name: 'attested GUID matched by the id a display-name lookup found → pass',
    patch: (s) => {
      attestedPilot(s, PILOT);
      lookup(s, { ...foundById(PILOT, 2), query: 'SSPR Pilot Users', by: 'displayName' });
    },
    expect: { status: 'pass', source: 'graph' },
  },
  {
    name: 'attested display name that no group has → fail',
    patch: (s) => {
      attestedPilot(s, 'SSPR Pilots');
      lookup(s, missing('SSPR Pilots', undefined, 'displayName'));
    },
    expect: { status: 'fail', source: 'graph', message: ['no group has that name'], affectedRows: 1 },
  },
  {
    name: 'portal Selected with no group id and no attested group → not_assessed no_public_api',
    patch: (s) => selectGroup(s, [], null),
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api', message: ['selectedGroup'] },
  },
  {
    name: 'SSPR-01 inferred Selected (no portal, no attestation) → not_assessed no_public_api',
    patch: (s) => {
      withoutPortal(s);
      setEnabled(s, 'alex@contoso.com', false);
    },
    expect: { status: 'not_assessed', source: 'none', reason: 'no_public_api' },
  },
  {
    name: "SSPR-01 inferred Selected, portal sign-in forbidden → not_assessed with the portal's missing_permission",
    patch: (s) => {
      failSource(
        s,
        'passwordResetPolicies',
        'forbidden',
        'Authentication Policy Administrator (directory role)',
      );
      setEnabled(s, 'alex@contoso.com', false);
    },
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'Authentication Policy Administrator (directory role)',
    },
  },
  {
    name: "portal group differs from the attested group → portal's group decides, attestation recorded",
    patch: (s) => {
      pilot(s, foundById(PILOT, 12));
      s.attestation!.settings.selectedGroup = 'Finance';
    },
    expect: {
      status: 'pass',
      source: 'graph',
      disagreements: ['attested'],
      also: (r) => expect(r.evidence.disagreements![0].says).to.equal('Finance'),
    },
  },
  {
    name: 'attested group naming the portal group (other case) → no disagreement',
    patch: (s) => {
      pilot(s, foundById(PILOT, 12));
      s.attestation!.settings.selectedGroup = 'sspr pilot USERS';
    },
    expect: { status: 'pass', source: 'graph', disagreements: [] },
  },
]);
