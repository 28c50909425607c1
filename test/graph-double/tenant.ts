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
  /** The account that signs in through the device-code flow (portal backend). */
  portalUser?: string;
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
