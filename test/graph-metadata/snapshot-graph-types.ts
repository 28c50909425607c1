// Which Graph type each object of the snapshot is, as a path into snapshot.schema.json (and into a
// snapshot, where "items" is every element of an array). Shared by the schema and null tests.

import type { MetadataFile } from './metadata.js';

/** A snapshot schema node and the Graph type(s) its objects are. */
export interface Mapping {
  path: string[];
  file: MetadataFile;
  /** Graph types whose properties the node may hold (derived types merged, e.g. method configurations). */
  types: string[];
}

export const data = (source: string, ...rest: string[]) => ['sources', source, 'data', ...rest];

// Which Graph type each object of the snapshot is (GRAPH.md; beta-only reports from beta.json).
export const MAPPINGS: Mapping[] = [
  { path: data('organization'), file: 'v1.0', types: ['organization'] },
  { path: data('subscribedSkus', 'items'), file: 'v1.0', types: ['subscribedSku'] },
  { path: data('subscribedSkus', 'items', 'prepaidUnits'), file: 'v1.0', types: ['licenseUnitsDetail'] },
  {
    path: data('subscribedSkus', 'items', 'servicePlans', 'items'),
    file: 'v1.0',
    types: ['servicePlanInfo'],
  },
  { path: data('authenticationMethodsPolicy'), file: 'v1.0', types: ['authenticationMethodsPolicy'] },
  {
    path: data('authenticationMethodsPolicy', 'authenticationMethodConfigurations', 'items'),
    file: 'v1.0',
    types: [
      'authenticationMethodConfiguration',
      'microsoftAuthenticatorAuthenticationMethodConfiguration',
      'emailAuthenticationMethodConfiguration',
      'smsAuthenticationMethodConfiguration',
    ],
  },
  {
    path: data(
      'authenticationMethodsPolicy',
      'authenticationMethodConfigurations',
      'items',
      'includeTargets',
      'items',
    ),
    file: 'v1.0',
    types: ['authenticationMethodTarget'],
  },
  { path: data('authorizationPolicy'), file: 'v1.0', types: ['authorizationPolicy'] },
  { path: data('userRegistrationDetails', 'items'), file: 'v1.0', types: ['userRegistrationDetails'] },
  { path: data('usersRegisteredByMethod'), file: 'v1.0', types: ['userRegistrationMethodSummary'] },
  {
    path: data('usersRegisteredByMethod', 'userRegistrationMethodCounts', 'items'),
    file: 'v1.0',
    types: ['userRegistrationMethodCount'],
  },
  { path: data('usersRegisteredByFeature'), file: 'v1.0', types: ['userRegistrationFeatureSummary'] },
  {
    path: data('usersRegisteredByFeature', 'userRegistrationFeatureCounts', 'items'),
    file: 'v1.0',
    types: ['userRegistrationFeatureCount'],
  },
  { path: data('userPhones', 'items'), file: 'v1.0', types: ['user'] },
  { path: data('roleAssignments', 'items'), file: 'v1.0', types: ['unifiedRoleAssignment'] },
  { path: data('userEventsSummary', 'items'), file: 'beta', types: ['userEventsSummary'] },
  {
    path: data('userRegistrationActivity', 'items'),
    file: 'beta',
    types: ['userRegistrationActivitySummary'],
  },
  { path: data('directoryAudits', 'items'), file: 'v1.0', types: ['directoryAudit'] },
  { path: data('directoryAudits', 'items', 'additionalDetails', 'items'), file: 'v1.0', types: ['keyValue'] },
];
