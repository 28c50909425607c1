import { expect } from 'chai';
import { failSource, ROLE } from '../fixtures/golden.js';
import type { RoleAssignment, Snapshot } from '../../src/snapshot/types.js';
import { runCheckCases } from './harness.js';

const AU = '/administrativeUnits/5d107bba-d8e2-4e13-b6ae-884be90e5d1a';
const assignments = (s: Snapshot) => s.sources.roleAssignments.data!;
const withoutHelpdesk = (s: Snapshot) =>
  void (s.sources.roleAssignments.data = assignments(s).filter((a) => a.id !== 'helpdesk-1'));
const assign =
  (id: string, roleDefinitionId: string, directoryScopeId: string, principal?: RoleAssignment['principal']) =>
  (s: Snapshot) =>
    void assignments(s).push({
      id,
      principalId: `p-${id}`,
      roleDefinitionId,
      directoryScopeId,
      ...(principal ? { principal } : {}),
    });

runCheckCases('SSPR-19', [
  {
    name: 'golden: a tenant-wide Helpdesk Administrator → pass',
    expect: { status: 'pass', source: 'graph', observed: '1 tenant-wide, 0 scoped', affectedRows: 1 },
  },
  {
    name: 'only Global Administrator and Global Reader → fail (they do not count)',
    patch: withoutHelpdesk,
    expect: {
      status: 'fail',
      source: 'graph',
      observed: '0 tenant-wide',
      troubleshooting: ['TS-05'],
      affectedRows: 0,
    },
  },
  {
    name: 'AU-scoped Helpdesk Administrator only → fail, listed but not counted',
    patch: (s) => {
      withoutHelpdesk(s);
      assign('au-1', ROLE.helpdeskAdmin, AU)(s);
    },
    expect: {
      status: 'fail',
      source: 'graph',
      message: ['administrative units only'],
      affectedRows: 1,
      also: (r) =>
        expect(r.evidence.affected!.rows[0]).to.include({
          directoryScopeId: AU,
          counted: false,
          role: 'Helpdesk Administrator',
        }),
    },
  },
  {
    name: 'tenant-wide Password Administrator → pass',
    patch: (s) => {
      withoutHelpdesk(s);
      assign('pw-1', ROLE.passwordAdmin, '/')(s);
    },
    expect: {
      status: 'pass',
      source: 'graph',
      also: (r) =>
        expect(
          r.evidence.facts.find((f) => f.label === 'Password Administrator (tenant-wide)')!.value,
        ).to.equal(1),
    },
  },
  {
    name: 'tenant-wide User Administrator, expanded principal as Graph sends it (no UPN) → display name and object id',
    patch: (s) => {
      withoutHelpdesk(s);
      // roleAssignments.expandPrincipal.v1.json: id, displayName, mail, …, userType; no userPrincipalName.
      assign('ua-1', ROLE.userAdmin, '/', {
        '@odata.type': '#microsoft.graph.user',
        id: 'p-ua-1',
        displayName: 'Megan Bowen',
        mail: 'megan@contoso.com',
        userType: 'Member',
      })(s);
    },
    expect: {
      status: 'pass',
      source: 'graph',
      also: (r) =>
        expect(r.evidence.affected!.rows[0]).to.deep.equal({
          role: 'User Administrator',
          principalDisplayName: 'Megan Bowen',
          principalId: 'p-ua-1',
          directoryScopeId: '/',
          counted: true,
        }),
    },
  },
  {
    name: 'expanded principal with only @odata.type and id → display name null, object id shown',
    patch: (s) => {
      withoutHelpdesk(s);
      assign('ua-2', ROLE.userAdmin, '/', { '@odata.type': '#microsoft.graph.user', id: 'p-ua-2' })(s);
    },
    expect: {
      status: 'pass',
      source: 'graph',
      also: (r) =>
        expect(r.evidence.affected!.rows[0]).to.include({
          principalDisplayName: null,
          principalId: 'p-ua-2',
        }),
    },
  },
  {
    name: 'nulls: a null directoryScopeId is not tenant-wide, a null roleDefinitionId is left out; both counted → fail',
    patch: (s) => {
      withoutHelpdesk(s);
      assignments(s).push(
        { id: 'n1', principalId: null, roleDefinitionId: ROLE.helpdeskAdmin, directoryScopeId: null },
        { id: 'n2', principalId: 'x', roleDefinitionId: null, directoryScopeId: '/' },
      );
    },
    expect: {
      status: 'fail',
      source: 'graph',
      affectedRows: 1,
      also: (r) => {
        expect(r.evidence.facts).to.deep.include({
          label: 'With directoryScopeId null (not counted)',
          value: 1,
        });
        expect(r.evidence.facts).to.deep.include({
          label: 'Assignments with roleDefinitionId null (left out)',
          value: 1,
        });
      },
    },
  },
  {
    name: 'tenant-wide plus AU-scoped → pass, the scoped one reported as not counted',
    patch: assign('au-2', ROLE.userAdmin, AU),
    expect: {
      status: 'pass',
      source: 'graph',
      message: ['1 more scoped to administrative units, not counted'],
      affectedRows: 2,
    },
  },
  {
    name: 'roleAssignments forbidden → not_assessed missing_permission RoleManagement.Read.Directory',
    patch: (s) => failSource(s, 'roleAssignments', 'forbidden', 'RoleManagement.Read.Directory'),
    expect: {
      status: 'not_assessed',
      source: 'none',
      reason: 'missing_permission',
      missingPermission: 'RoleManagement.Read.Directory',
      message: ['roleAssignments'],
    },
  },
  {
    name: 'roleAssignments failed (5xx) → not_assessed collection_error',
    patch: (s) => failSource(s, 'roleAssignments', 'error'),
    expect: { status: 'not_assessed', source: 'none', reason: 'collection_error' },
  },
]);
