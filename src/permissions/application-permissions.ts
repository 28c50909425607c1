// The Microsoft Graph application permissions a scan needs (least privilege, GRAPH.md §1.1), the
// snapshot sources each one unlocks, and their app-role ids in Microsoft Graph's service principal
// (checked against several public app-registration scripts).

import { PORTAL_SOURCES } from '../snapshot/source-names.js';
import type { SourceName } from '../snapshot/types.js';

/** Microsoft Graph's application (client) id. */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export interface ApplicationPermission {
  name: string;
  /** The app role's id in Microsoft Graph (for `az ad app permission add … =Role`). */
  appRoleId: string;
  sources: SourceName[];
  /** What it reads, in words. */
  reads: string;
}

export const APPLICATION_PERMISSIONS: readonly ApplicationPermission[] = [
  {
    name: 'AuditLog.Read.All',
    appRoleId: 'b0afded3-3588-46d8-8b3d-9842eff778da',
    sources: [
      'userRegistrationDetails',
      'usersRegisteredByMethod',
      'usersRegisteredByFeature',
      'userEventsSummary',
      'userRegistrationActivity',
      'directoryAudits',
    ],
    reads: 'authentication-methods reports (registration, reset activity) and the directory audit log',
  },
  {
    name: 'Directory.Read.All',
    appRoleId: '7ab1d382-f21e-4acd-a863-ba3e13f7da61',
    sources: ['directoryAudits'],
    reads:
      'needed with AuditLog.Read.All for directory audits; also lets the reports check the tenant licence',
  },
  {
    name: 'Organization.Read.All',
    appRoleId: '498476ce-e0fe-48b0-b801-37ba7e2685c6',
    sources: ['organization', 'subscribedSkus'],
    reads: 'the organisation (hybrid sync state) and subscribed SKUs (licences)',
  },
  {
    name: 'Policy.Read.AuthenticationMethod',
    appRoleId: '8e3bc81b-d2f3-4b7b-838c-32c88218d2f0',
    sources: ['authenticationMethodsPolicy'],
    reads: 'the authentication methods policy',
  },
  {
    name: 'Policy.Read.All',
    appRoleId: '246dd0d5-5bd0-4def-940b-0421030a5b68',
    sources: ['authorizationPolicy'],
    reads: 'the authorization policy (the administrators-only allowedToUseSSPR switch; informational)',
  },
  {
    name: 'User.Read.All',
    appRoleId: 'df021288-bdef-4463-88db-98f22de89214',
    sources: ['userPhones'],
    reads: "users' mobilePhone and businessPhones",
  },
  {
    name: 'RoleManagement.Read.Directory',
    appRoleId: '483bed4a-2ad3-4361-a73b-c83ccdbdc53c',
    sources: ['roleAssignments'],
    reads: 'Helpdesk, Password and User Administrator role assignments',
  },
  {
    name: 'GroupMember.Read.All',
    appRoleId: '98830695-27a2-44f7-8c18-0c3ebc9698f6',
    sources: ['pilotGroups'],
    reads: 'the SSPR pilot group and its transitive member count',
  },
  {
    name: 'DirectoryRecommendations.Read.All',
    appRoleId: 'ae73097b-cb2a-4447-b064-5d80f6093921',
    sources: ['recommendations'],
    reads: "Entra's selfServicePasswordReset recommendation (informational)",
  },
];

/** What reading the portal backend takes instead: a delegated sign-in, no application permission. */
export const PORTAL_ACCESS =
  'delegated sign-in with --portal by a user who can open Protection > Password reset in the Entra admin center';
export const PORTAL_FORBIDDEN_PERMISSION = 'Authentication Policy Administrator (directory role)';

/** The least-privileged permissions a source needs. */
export function permissionsFor(source: SourceName): string[] {
  return APPLICATION_PERMISSIONS.filter((p) => p.sources.includes(source)).map((p) => p.name);
}

/**
 * The permission to name when `source` was refused: the required ones the token lacks (when the
 * token's roles are known and some are missing), else all it requires.
 */
export function missingPermissionFor(source: SourceName, granted?: readonly string[]): string {
  if (PORTAL_SOURCES.includes(source)) return PORTAL_FORBIDDEN_PERMISSION;
  const required = permissionsFor(source);
  const missing = granted ? required.filter((p) => !granted.includes(p)) : [];
  return (missing.length > 0 ? missing : required).join(' and ');
}
