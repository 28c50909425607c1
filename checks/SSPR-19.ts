/**
 * SSPR-19 Help desk can perform manual resets.
 * Reads the active directory role assignments of Helpdesk Administrator, Password Administrator and
 * User Administrator. Only tenant-wide ones (directoryScopeId '/') count; those scoped to an
 * administrative unit cannot reset everyone's password, so they are listed but do not count.
 * principalId, roleDefinitionId and directoryScopeId are nullable in Graph: an assignment with a null
 * role is left out, one with a null scope is not tenant-wide; both are counted in the evidence.
 * $expand=principal carries no userPrincipalName (GRAPH.md §17.6): principals are shown by display
 * name and object id.
 * PASS ≥ 1 tenant-wide assignment; FAIL none;
 * NOT ASSESSED with roleAssignments' reason when it could not be read.
 */
import { decide, defineCheck, undecided, type RoleAssignment } from '../src/plugin/index.js';

/** The built-in roles that can reset non-admin users' passwords (template ids). */
export const RESET_ROLES: Readonly<Record<string, string>> = {
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'Helpdesk Administrator',
  '966707d0-3269-4727-9be2-8c3a10f19b9d': 'Password Administrator',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
};

const TENANT_SCOPE = '/';

const roleOf = (a: RoleAssignment): string | undefined =>
  a.roleDefinitionId ? RESET_ROLES[a.roleDefinitionId.toLowerCase()] : undefined;

/** The principal's display name from $expand=principal (Graph sends no userPrincipalName there). */
const principalName = (a: RoleAssignment): string | null => a.principal?.displayName ?? null;
const principalObjectId = (a: RoleAssignment): string | null => a.principalId ?? a.principal?.id ?? null;

export default defineCheck({
  meta: {
    id: 'SSPR-19',
    title: 'Help desk can perform manual resets',
    severity: 'medium',
    checklistItem: 'prereq-roles',
    description:
      'Users who cannot use SSPR (unregistered, locked out of every method) still need someone who can reset their password: a Helpdesk, Password or User Administrator for the whole tenant.',
    dataSources: [
      {
        source: 'roleAssignments',
        permission: 'RoleManagement.Read.Directory',
        reads: 'active assignments of Helpdesk, Password and User Administrator, and their directoryScopeId',
      },
    ],
    sources: ['roleAssignments'],
    expected: 'At least one tenant-wide Helpdesk, Password or User Administrator',
    remediation: {
      summary:
        'Assign the Helpdesk Administrator (or Password Administrator) role, tenant-wide, to the help desk staff.',
      steps: [
        'Sign in to the Microsoft Entra admin center as at least a Privileged Role Administrator.',
        'Go to Identity > Roles & admins > Roles & admins and open Helpdesk administrator.',
        'Select Add assignments, pick the help desk users (or a role-assignable group) and keep the scope at Directory, then select Add.',
      ],
      graph:
        'POST https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments {"principalId": "<user id>", "roleDefinitionId": "729827e3-9c14-49f7-bb1b-9608f156bbb8", "directoryScopeId": "/"}',
      powershell:
        "New-MgRoleManagementDirectoryRoleAssignment -PrincipalId <user id> -RoleDefinitionId 729827e3-9c14-49f7-bb1b-9608f156bbb8 -DirectoryScopeId '/'",
      reference: 'https://learn.microsoft.com/entra/identity/role-based-access-control/manage-roles-portal',
    },
    troubleshooting: ['TS-05'],
    defaultOptions: {},
  },
  evaluate(s) {
    const src = s.sources.roleAssignments;
    if (src.outcome.status !== 'ok' || !src.data)
      return undecided('collection_error', 'The directory role assignments could not be read.');
    const nullRole = src.data.filter((a) => !a.roleDefinitionId).length;
    const relevant = src.data.filter((a) => roleOf(a) !== undefined);
    const nullScope = relevant.filter(
      (a) => a.directoryScopeId === null || a.directoryScopeId === undefined,
    ).length;
    const tenantWide = relevant.filter((a) => a.directoryScopeId === TENANT_SCOPE);
    const scoped = relevant.length - tenantWide.length - nullScope;
    const byRole = (list: RoleAssignment[]) =>
      Object.values(RESET_ROLES).map((role) => ({
        label: `${role} (tenant-wide)`,
        value: list.filter((a) => roleOf(a) === role).length,
      }));
    const pass = tenantWide.length > 0;
    return decide(pass ? 'pass' : 'fail', 'graph', {
      message: pass
        ? `${tenantWide.length} tenant-wide assignment(s) of a role that can reset passwords${scoped ? ` (${scoped} more scoped to administrative units, not counted)` : ''}.`
        : `Nobody holds the Helpdesk, Password or User Administrator role for the whole tenant${scoped ? ` (${scoped} assignment(s) are scoped to administrative units only)` : ''}; a user who cannot use SSPR depends on a Global or Privileged Authentication Administrator for a reset.`,
      observed: `${tenantWide.length} tenant-wide, ${scoped} scoped to administrative units`,
      expected: 'At least one tenant-wide Helpdesk, Password or User Administrator',
      facts: [
        ...byRole(tenantWide),
        { label: 'Scoped to administrative units (not counted)', value: scoped },
        ...(nullScope > 0 ? [{ label: 'With directoryScopeId null (not counted)', value: nullScope }] : []),
        ...(nullRole > 0
          ? [{ label: 'Assignments with roleDefinitionId null (left out)', value: nullRole }]
          : []),
        { label: 'Note', value: 'Active assignments only; PIM-eligible assignments are not listed.' },
      ],
      affected:
        relevant.length > 0
          ? {
              kind: 'role assignment',
              title: 'Assignments of roles that can reset passwords',
              columns: ['role', 'principalDisplayName', 'principalId', 'directoryScopeId', 'counted'],
              rows: relevant.map((a) => ({
                role: roleOf(a)!,
                principalDisplayName: principalName(a),
                principalId: principalObjectId(a),
                directoryScopeId: a.directoryScopeId,
                counted: a.directoryScopeId === TENANT_SCOPE,
              })),
            }
          : undefined,
    });
  },
});
