// The Graph values the checks compare against, as data with their source, so a test
// (test/graph-metadata/enums-vocabulary.test.ts) can hold each one against Microsoft's own metadata
// (../shared/graph-metadata: microsoftgraph/msgraph-metadata @f54f11b6) or documentation. A check
// that compares an enum field with a member the real enum lacks then fails a test, not a tenant.

/** Metadata extract the enum sets below were checked against (checked 2026-12-01). */
export const METADATA_SOURCE = 'microsoftgraph/msgraph-metadata@f54f11b6 (../shared/graph-metadata/*.json)';

/**
 * SSPR-usable methods as they appear in userRegistrationDetails.methodsRegistered.
 * Entra docs, concept-authentication-methods ("MFA and SSPR" / "only used for SSPR"; alternate phone
 * is "MFA only"; passkeys, FIDO2, Windows Hello, TAP, app passwords are not SSPR methods); CHECKS.md.
 * methodsRegistered is Collection(Edm.String) in the CSDL: its values are the member names of the
 * beta usageAuthMethod enum, which the test holds these against.
 */
export const SSPR_REGISTERED_METHODS: readonly string[] = [
  'email',
  'mobilePhone',
  'officePhone',
  'microsoftAuthenticatorPush',
  'softwareOneTimePasscode',
  'hardwareOneTimePasscode',
  'securityQuestion',
];

/**
 * SSPR-usable methods in the activity reports' authMethod (beta usageAuthMethod: userEventsSummary and
 * userRegistrationActivity). GRAPH.md §17.3; CHECKS.md. Not: alternateMobileCall, alternateMobilePhone
 * (MFA only), fido, fido2SecurityKey, passKey*, windowsHelloForBusiness, microsoftAuthenticatorPasswordless,
 * temporaryAccessPass, appPassword, externalAuthMethod, macOsSecureEnclaveKey, oneTimePasscode, qrCode,
 * unknownFutureValue.
 */
export const SSPR_ACTIVITY_METHODS: readonly string[] = [
  'email',
  'mobileSMS',
  'mobileCall',
  'officePhone',
  'securityQuestion',
  'appNotification',
  'appCode',
  'hardwareOneTimePasscode',
  'softwareOneTimePasscode',
  'microsoftAuthenticatorPush',
  'mobilePhone',
  'sms',
];

/** usageAuthMethod members SSPR cannot use (CHECKS.md); with SSPR_ACTIVITY_METHODS they cover the enum. */
export const NOT_SSPR_ACTIVITY_METHODS: readonly string[] = [
  'alternateMobileCall',
  'alternateMobilePhone',
  'fido',
  'fido2SecurityKey',
  'passKeyDeviceBound',
  'passKeyDeviceBoundAuthenticator',
  'passKeyDeviceBoundWindowsHello',
  'passKeySynced',
  'windowsHelloForBusiness',
  'microsoftAuthenticatorPasswordless',
  'temporaryAccessPass',
  'appPassword',
  'externalAuthMethod',
  'macOsSecureEnclaveKey',
  'oneTimePasscode',
  'qrCode',
  'unknownFutureValue',
];

/** The security-question method, the same name in methodsRegistered and usageAuthMethod. */
export const SECURITY_QUESTION = 'securityQuestion';

/** signInUserType (v1.0): userRegistrationDetails.userType. */
export const MEMBER_USER_TYPE = 'member';

/** featureType (beta): userEventsSummary.feature and userRegistrationActivitySummary.feature. */
export const FEATURE = { registration: 'registration', reset: 'reset' } as const;

/** operationResult (v1.0): directoryAudit.result. */
export const AUDIT_RESULT = { success: 'success', failure: 'failure' } as const;

/** authenticationMethodState (v1.0): authenticationMethodConfiguration.state. */
export const METHOD_STATE_ENABLED = 'enabled';

/** authenticationMethodsPolicyMigrationState (v1.0; GRAPH.md §17.4). */
export const MIGRATION_STATE = {
  preMigration: 'preMigration',
  migrationInProgress: 'migrationInProgress',
  migrationComplete: 'migrationComplete',
} as const;

/**
 * subscribedSku.capabilityStatus is Edm.String in the CSDL, so its values come from the docs:
 * Graph docs subscribedSku resource ("Enabled, Warning, Suspended, Deleted, LockedOut"; GRAPH.md §17.5).
 * Warning is the grace period after expiry: the service still works.
 */
export const CAPABILITY_STATUS = {
  documented: ['Enabled', 'Warning', 'Suspended', 'Deleted', 'LockedOut'],
  source: 'https://learn.microsoft.com/graph/api/resources/subscribedsku (GRAPH.md §17.5)',
  enabled: 'Enabled',
  warning: 'Warning',
} as const;

/**
 * servicePlanInfo.provisioningStatus is Edm.String in the CSDL; documented values from
 * microsoft-graph-docs-contrib api-reference/v1.0/resources/serviceplaninfo.md @028b8e35 (Success,
 * Disabled, Error, PendingInput, PendingActivation, PendingProvisioning), plus ErrorStatus, which
 * tenants return for Error (CHECKS.md). Only Success is provisioned.
 */
export const PROVISIONING_STATUS = {
  documented: [
    'Success',
    'Disabled',
    'Error',
    'ErrorStatus',
    'PendingInput',
    'PendingActivation',
    'PendingProvisioning',
  ],
  source:
    'microsoft-graph-docs-contrib@028b8e35 api-reference/v1.0/resources/serviceplaninfo.md; CHECKS.md SSPR-17',
  provisioned: 'Success',
} as const;
