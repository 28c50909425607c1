// The snapshot's sources by where they are read: public Microsoft Graph, or the portal backend.

import type { SourceName } from './types.js';

export const GRAPH_SOURCES: readonly SourceName[] = [
  'organization',
  'subscribedSkus',
  'authenticationMethodsPolicy',
  'authorizationPolicy',
  'userRegistrationDetails',
  'usersRegisteredByMethod',
  'usersRegisteredByFeature',
  'userPhones',
  'roleAssignments',
  'userEventsSummary',
  'userRegistrationActivity',
  'directoryAudits',
  'pilotGroups',
  'recommendations',
];

/** The undocumented Entra portal backend (delegated sign-in with --portal, or --portal-export). */
export const PORTAL_SOURCES: readonly SourceName[] = [
  'passwordResetPolicies',
  'onPremisesPasswordResetPolicies',
];
