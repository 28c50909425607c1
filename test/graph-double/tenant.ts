// A tenant the double serves: its data is a Snapshot (the model), so a test can assert that a scan of
// the double reproduces the model. Apps are the registrations that may ask the double for tokens.

import type { Snapshot } from '../../src/snapshot/types.js';

export interface DoubleApp {
  clientId: string;
  /** Client secret (ClientSecretCredential). */
  secret?: string;
  /** PEM of the registered certificate (ClientCertificateCredential). */
  certificatePem?: string;
  /** Application permissions granted and consented (the token's `roles` claim). */
  roles: string[];
}

export interface DoubleTenant {
  id: string;
  /** The tenant's data, as the scanner should record it. */
  model: Snapshot;
  apps: DoubleApp[];
  /** The account that signs in through the device-code flow (Graph delegated, portal backend). */
  portalUser?: string;
  /**
   * That user's delegated Graph sign-in: the consented delegated permissions (the token's `scp`) and
   * the directory roles the user holds (the token's `wids`, role template ids). Default:
   * DEFAULT_DELEGATED_USER.
   */
  delegatedUser?: { scopes: string[]; roles: string[] };
  /** Send null in every field the checks read that Graph's metadata marks nullable (see fields-checks-read.ts). */
  nullNullableFields?: boolean;
  /** Directory objects in a pilot group that are not users (nested groups, devices): counted by an uncast transitiveMembers/$count. */
  nonUserGroupMembers?: number;
  /**
   * Rows the double serves besides the model's but that a correct scan must NOT record: audits of
   * other services or outside the window, events outside the window, other roles' assignments, …
   */
  noise?: Partial<
    Record<
      'directoryAudits' | 'userEventsSummary' | 'roleAssignments' | 'recommendations',
      Array<Record<string, unknown>>
    >
  >;
}

/** A Global Reader who consented the scan's read permissions (delegated names are the same strings). */
export const DEFAULT_DELEGATED_USER = {
  scopes: [
    'AuditLog.Read.All',
    'Directory.Read.All',
    'DirectoryRecommendations.Read.All',
    'GroupMember.Read.All',
    'Organization.Read.All',
    'Policy.Read.All',
    'Policy.Read.AuthenticationMethod',
    'RoleManagement.Read.Directory',
    'User.Read.All',
  ],
  roles: ['f2ef992c-3afb-46b9-b7cf-a126ee74c451'],
};

/** Every application permission the scan uses: an app holding all of them sees everything. */
export const ALL_SCAN_ROLES = [
  'AuditLog.Read.All',
  'Directory.Read.All',
  'DirectoryRecommendations.Read.All',
  'GroupMember.Read.All',
  'Organization.Read.All',
  'Policy.Read.All',
  'Policy.Read.AuthenticationMethod',
  'RoleManagement.Read.Directory',
  'User.Read.All',
];
