// The snapshot: everything the checks may read, as Microsoft returned it (Graph's own field names).
// Collectors fill it; `schemas/snapshot.schema.json` validates it on write and on read.

export const SNAPSHOT_SCHEMA_VERSION = 1;

export type Cloud = 'global' | 'usgov' | 'usgov-dod' | 'china';

/** How the collection of one source ended. */
export type CollectionStatus = 'ok' | 'forbidden' | 'not_licensed' | 'unavailable' | 'error' | 'skipped';

export interface CollectionOutcome {
  status: CollectionStatus;
  /** The endpoint read (a Graph path, the portal URL, or `file:<path>` for an export). */
  endpoint: string;
  /** The least-privileged permission that would fix a `forbidden` outcome. */
  permission?: string;
  /** What went wrong, in words (Graph error code and message; never a token). */
  error?: string;
  fetchedAt: string;
  /** Pages and rows read, for paged sources. */
  pages?: number;
  rows?: number;
}

/** One source: its outcome, and its data when the outcome is `ok`. */
export interface Source<T> {
  outcome: CollectionOutcome;
  data?: T;
}

// ---- Graph shapes (only the fields the checks and the report use; extra fields are kept) ----

export interface Organization {
  id: string;
  /** Nullable in Graph (GRAPH.md §17.2). */
  displayName: string | null;
  onPremisesSyncEnabled?: boolean | null;
  onPremisesLastSyncDateTime?: string | null;
  verifiedDomains?: Array<{ name: string; isDefault?: boolean; isInitial?: boolean; type?: string }>;
  [key: string]: unknown;
}

// subscribedSku, servicePlanInfo and licenseUnitsDetail: every member is nullable in Graph (§17.2).
export interface ServicePlanInfo {
  servicePlanId: string | null;
  servicePlanName?: string | null;
  provisioningStatus: string | null;
  appliesTo?: string | null;
}

export interface LicenseUnitsDetail {
  enabled?: number | null;
  lockedOut?: number | null;
  suspended?: number | null;
  warning?: number | null;
}

export interface SubscribedSku {
  skuId: string | null;
  skuPartNumber?: string | null;
  capabilityStatus: string | null;
  consumedUnits?: number | null;
  prepaidUnits: LicenseUnitsDetail | null;
  servicePlans: ServicePlanInfo[];
  appliesTo?: string | null;
  [key: string]: unknown;
}

export interface MethodTarget {
  id: string;
  targetType?: string;
  isRegistrationRequired?: boolean;
  [key: string]: unknown;
}

export interface AuthenticationMethodConfiguration {
  '@odata.type'?: string;
  id: string;
  /** Nullable in Graph. */
  state: 'enabled' | 'disabled' | string | null;
  includeTargets?: MethodTarget[] | null;
  excludeTargets?: MethodTarget[] | null;
  [key: string]: unknown;
}

export interface AuthenticationMethodsPolicy {
  id?: string;
  policyVersion?: string;
  policyMigrationState?: 'preMigration' | 'migrationInProgress' | 'migrationComplete' | string | null;
  reconfirmationInDays?: number | null;
  /** A nullable navigation collection in Graph. */
  authenticationMethodConfigurations: AuthenticationMethodConfiguration[] | null;
  [key: string]: unknown;
}

export interface AuthorizationPolicy {
  allowedToUseSSPR?: boolean | null;
  [key: string]: unknown;
}

export interface UserRegistrationDetail {
  id: string;
  userPrincipalName: string;
  userDisplayName?: string | null;
  /** signInUserType; nullable in Graph: a null row is not a member (CHECKS.md "Nulls"). */
  userType?: 'member' | 'guest' | string | null;
  /** Nullable in Graph. */
  isAdmin?: boolean | null;
  isSsprRegistered: boolean;
  isSsprEnabled: boolean;
  isSsprCapable?: boolean;
  isMfaRegistered?: boolean;
  isMfaCapable?: boolean;
  /** Nullable in Graph: null means no method. */
  methodsRegistered?: string[] | null;
  lastUpdatedDateTime?: string;
  [key: string]: unknown;
}

export interface UserPhones {
  id: string;
  /** Nullable in Graph (user.userPrincipalName). */
  userPrincipalName: string | null;
  displayName?: string | null;
  mobilePhone?: string | null;
  businessPhones?: string[];
}

export interface RoleAssignment {
  id: string;
  /** principalId, roleDefinitionId and directoryScopeId are nullable in Graph (§17.2). */
  principalId: string | null;
  roleDefinitionId: string | null;
  directoryScopeId: string | null;
  resourceScope?: string | null;
  /** $expand=principal: a directoryObject; Graph's expansion carries no userPrincipalName (§17.6). */
  principal?: {
    id: string;
    displayName?: string | null;
    '@odata.type'?: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** beta reports/authenticationMethods/userEventsSummary row. */
export interface UserEventSummary {
  id: string;
  feature: 'registration' | 'reset' | string;
  userPrincipalName?: string;
  userDisplayName?: string;
  isSuccess: boolean;
  authMethod?: string | null;
  failureReason?: string | null;
  eventDateTime: string;
}

/** beta reports/authenticationMethods/userRegistrationActivity(period='d30') row. */
export interface UserRegistrationActivity {
  id?: string;
  feature: 'registration' | 'reset' | string;
  successfulActivityCount: number;
  failureActivityCount: number;
  authMethod: string;
}

export interface MethodUserCount {
  authenticationMethod: string;
  userCount: number;
}

export interface UsersRegisteredByMethod {
  userRegistrationMethodCounts: MethodUserCount[];
  totalUserCount?: number;
  [key: string]: unknown;
}

export interface UsersRegisteredByFeature {
  totalUserCount: number;
  userRegistrationFeatureCounts: Array<{ feature: string; userCount: number }>;
  [key: string]: unknown;
}

export interface DirectoryAudit {
  id: string;
  category?: string;
  /** operationResult; nullable in Graph: a null result is neither a success nor a failure. */
  result: 'success' | 'failure' | 'timeout' | string | null;
  resultReason?: string | null;
  activityDisplayName: string;
  activityDateTime: string;
  loggedByService?: string;
  initiatedBy?: {
    user?: {
      id?: string;
      userPrincipalName?: string | null;
      displayName?: string | null;
      [key: string]: unknown;
    } | null;
    [key: string]: unknown;
  };
  targetResources?: Array<{
    id?: string;
    displayName?: string | null;
    userPrincipalName?: string | null;
    type?: string;
    [key: string]: unknown;
  }>;
  additionalDetails?: Array<{ key: string | null; value: string | null }> | null;
  [key: string]: unknown;
}

/** One group looked up for the SSPR pilot scope (by id or by display name). */
export interface GroupLookup {
  /** What was asked for: a group id or a display name. */
  query: string;
  by: 'id' | 'displayName';
  found: boolean;
  /** Why it was not found: 404 (no such group) or 400 (malformed id). */
  httpStatus?: number;
  id?: string;
  displayName?: string | null;
  /** Users among the group's transitive members (transitiveMembers/microsoft.graph.user/$count). */
  transitiveMemberCount?: number;
}

export interface Recommendation {
  id?: string;
  recommendationType?: string;
  status?: string;
  [key: string]: unknown;
}

// ---- Portal backend (undocumented; delegated sign-in or an export file) ----

export interface PasswordResetPolicies {
  objectId?: string;
  enablementType?: number;
  numberOfAuthenticationMethodsRequired?: number;
  emailOptionEnabled?: boolean;
  mobilePhoneOptionEnabled?: boolean;
  officePhoneOptionEnabled?: boolean;
  securityQuestionsOptionEnabled?: boolean;
  mobileAppNotificationEnabled?: boolean;
  mobileAppCodeEnabled?: boolean;
  emailOptionAllowed?: boolean;
  mobilePhoneOptionAllowed?: boolean;
  officePhoneOptionAllowed?: boolean;
  securityQuestionsOptionAllowed?: boolean;
  mobileAppNotificationOptionAllowed?: boolean;
  mobileAppCodeOptionAllowed?: boolean;
  registrationRequiredOnSignIn?: boolean;
  /** Microsoft's spelling. */
  registrationReconfirmIntevalInDays?: number;
  notifyUsersOnPasswordReset?: boolean;
  notifyOnAdminPasswordReset?: boolean;
  passwordResetEnabledGroupIds?: string[] | null;
  passwordResetEnabledGroupName?: string | null;
  [key: string]: unknown;
}

export interface OnPremisesPasswordResetPolicies {
  objectId?: string;
  passwordWritebackSupported?: boolean;
  accountUnlockSupported?: boolean;
  accountUnlockEnabled?: boolean;
  enablementForTenant?: boolean;
  cloudProvisioningEnablementForTenant?: boolean;
  [key: string]: unknown;
}

// ---- Attestation (an auditor's signed answers for what no API exposes) ----

export interface AttestationSettings {
  enablement?: 'all' | 'selected' | 'none';
  selectedGroup?: string;
  methodsRequired?: number;
  securityQuestionsEnabled?: boolean;
  notifyUsersOnReset?: boolean;
  notifyAdminsOnAdminReset?: boolean;
  requireRegistrationOnSignIn?: boolean;
  reconfirmIntervalDays?: number;
  writebackEnabled?: boolean;
  unlockWithoutReset?: boolean;
  usersNotified?: boolean;
  helpdeskPrepared?: boolean;
}

export interface Attestation {
  attestedBy: string;
  attestedAt: string;
  evidence?: string[];
  /** Per attested setting, the evidence that supports it (issue 9; optional). */
  settingEvidence?: Partial<Record<keyof AttestationSettings, string[]>>;
  settings: AttestationSettings;
  /** Where it was read from (set by the loader). */
  file?: string;
}

// ---- The snapshot ----

export interface SnapshotSources {
  organization: Source<Organization>;
  subscribedSkus: Source<SubscribedSku[]>;
  authenticationMethodsPolicy: Source<AuthenticationMethodsPolicy>;
  authorizationPolicy: Source<AuthorizationPolicy>;
  userRegistrationDetails: Source<UserRegistrationDetail[]>;
  usersRegisteredByMethod: Source<UsersRegisteredByMethod>;
  usersRegisteredByFeature: Source<UsersRegisteredByFeature>;
  userPhones: Source<UserPhones[]>;
  roleAssignments: Source<RoleAssignment[]>;
  /** Both features (registration and reset) over the window. */
  userEventsSummary: Source<UserEventSummary[]>;
  userRegistrationActivity: Source<UserRegistrationActivity[]>;
  /** SSPR directory audits over the window (Self-service Password Management, plus writeback toggles). */
  directoryAudits: Source<DirectoryAudit[]>;
  pilotGroups: Source<GroupLookup[]>;
  recommendations: Source<Recommendation[]>;
  passwordResetPolicies: Source<PasswordResetPolicies>;
  onPremisesPasswordResetPolicies: Source<OnPremisesPasswordResetPolicies>;
}

export type SourceName = keyof SnapshotSources;

export interface Snapshot {
  schemaVersion: number;
  tenant: { id: string; displayName?: string; cloud: Cloud };
  /** Scan time: every window and age is measured from it. */
  collectedAt: string;
  /** Collection start and end, for the report's duration. */
  collection?: { startedAt: string; finishedAt: string };
  collectedBy?: { appId?: string; account?: string; auth?: string; tool?: { name: string; version: string } };
  /** Activity window (the last 30 days before collectedAt, unless told otherwise). */
  window: { from: string; to: string };
  /** Permissions the token carried (`roles` claim), when known. */
  grantedPermissions?: string[];
  sources: SnapshotSources;
  attestation?: Attestation | null;
}
