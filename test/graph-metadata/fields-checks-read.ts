// The Graph properties the checks read, by the type that carries them (CHECKS.md rows; GRAPH.md §17.2
// names the nullable ones). Paths: `a`, `a.b` (complex property), `a[].b` (in each collection item).
// Whether Graph may send null is NOT decided here but by the metadata's nullable flag, so the
// double's "null in every nullable field" option follows a new extract by itself.

export const FIELDS_CHECKS_READ: Readonly<Record<string, readonly string[]>> = {
  userRegistrationDetails: [
    'userPrincipalName',
    'userDisplayName',
    'userType',
    'isAdmin',
    'isSsprEnabled',
    'isSsprRegistered',
    'isSsprCapable',
    'methodsRegistered',
  ],
  organization: ['displayName', 'onPremisesSyncEnabled', 'onPremisesLastSyncDateTime'],
  subscribedSku: [
    'skuId',
    'skuPartNumber',
    'capabilityStatus',
    'prepaidUnits.enabled',
    'prepaidUnits.warning',
    'servicePlans[].servicePlanId',
    'servicePlans[].servicePlanName',
    'servicePlans[].provisioningStatus',
  ],
  authenticationMethodsPolicy: ['policyMigrationState'],
  unifiedRoleAssignment: ['principalId', 'roleDefinitionId', 'directoryScopeId'],
  directoryAudit: [
    'activityDisplayName',
    'activityDateTime',
    'category',
    'result',
    'resultReason',
    'loggedByService',
    'additionalDetails[].key',
    'additionalDetails[].value',
  ],
  user: ['userPrincipalName', 'displayName', 'mobilePhone'],
};
