// Builds a tenant for the double: the model Snapshot (exactly what a correct scan records: the fields
// it selects, the outcomes it should reach), the app registration and the noise a scan must filter out.

import { missingPermissionFor, permissionsFor } from '../../../src/permissions/application-permissions.js';
import type {
  Attestation,
  CollectionOutcome,
  GroupLookup,
  RoleAssignment,
  Snapshot,
  SnapshotSources,
  SourceName,
  UserRegistrationDetail,
} from '../../../src/snapshot/types.js';
import { ALL_SCAN_ROLES, type DoubleTenant } from '../tenant.js';
import { auditNoise, auditsFor, eventNoise, eventsFor, iso } from './activity.js';
import { sample, withoutContext } from './samples.js';
import { phoneRows, registrationRows, userId, type Enablement } from './users.js';

export const AAD_PREMIUM = '41781fb2-bc02-4b7c-bd55-b576c07bb09d';
const DAY = 24 * 3600_000;

export interface TenantSpec {
  id: string;
  name: string;
  domain: string;
  users: number;
  now: Date;
  clientId?: string;
  secret?: string;
  certificatePem?: string;
  /** Application permissions of the app (default: all the scan uses). */
  roles?: string[];
  hybrid?: boolean;
  lastSyncMinutesAgo?: number;
  /** false: no Entra ID P1/P2, the reports answer not_licensed. */
  licensed?: boolean;
  enablement?: Enablement;
  /** The portal's SSPR group when enablement is selected. */
  pilotGroup?: { id: string; displayName: string; members: number };
  /** The model holds portal data (a scan with --portal reads it). */
  portal?: boolean;
  attestation?: Attestation | null;
  resets?: number;
}

const ENDPOINTS: Record<SourceName, string> = {
  organization: '/v1.0/organization',
  subscribedSkus: '/v1.0/subscribedSkus',
  authenticationMethodsPolicy: '/v1.0/policies/authenticationMethodsPolicy',
  authorizationPolicy: '/v1.0/policies/authorizationPolicy',
  userRegistrationDetails: '/v1.0/reports/authenticationMethods/userRegistrationDetails',
  usersRegisteredByMethod:
    "/v1.0/reports/authenticationMethods/usersRegisteredByMethod(includedUserTypes='member',includedUserRoles='all')",
  usersRegisteredByFeature:
    "/v1.0/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='member',includedUserRoles='all')",
  userPhones: '/v1.0/users?$select=id,userPrincipalName,displayName,mobilePhone,businessPhones',
  roleAssignments: '/v1.0/roleManagement/directory/roleAssignments',
  userEventsSummary: '/beta/reports/authenticationMethods/userEventsSummary',
  userRegistrationActivity: "/beta/reports/authenticationMethods/userRegistrationActivity(period='d30')",
  directoryAudits:
    "/v1.0/auditLogs/directoryAudits?$filter=loggedByService eq 'Self-service Password Management'",
  pilotGroups: '/v1.0/groups',
  recommendations: "/beta/directory/recommendations?$filter=recommendationType eq 'selfServicePasswordReset'",
  passwordResetPolicies:
    'https://main.iam.ad.ext.azure.com/api/PasswordReset/PasswordResetPolicies?getPasswordResetEnabledGroup=true',
  onPremisesPasswordResetPolicies:
    'https://main.iam.ad.ext.azure.com/api/PasswordReset/OnPremisesPasswordResetPolicies',
};

const REPORTS: SourceName[] = [
  'userRegistrationDetails',
  'usersRegisteredByMethod',
  'usersRegisteredByFeature',
  'userEventsSummary',
  'userRegistrationActivity',
];

function methodsPolicy() {
  const policy = withoutContext(sample('authenticationMethodsPolicy.v1.json'));
  policy.policyMigrationState = 'migrationComplete';
  for (const config of policy.authenticationMethodConfigurations) {
    if (['MicrosoftAuthenticator', 'Email', 'Sms'].includes(config.id)) {
      config.state = 'enabled';
      config.includeTargets = [{ targetType: 'group', id: 'all_users', isRegistrationRequired: false }];
    }
  }
  return policy;
}

function skus(licensed: boolean, seats: number) {
  const base = sample('subscribedSkus.v1.json').value[0];
  const pick = (s: Record<string, unknown>) => ({
    skuId: s.skuId,
    skuPartNumber: s.skuPartNumber,
    capabilityStatus: s.capabilityStatus,
    consumedUnits: s.consumedUnits,
    prepaidUnits: s.prepaidUnits,
    servicePlans: s.servicePlans,
    appliesTo: s.appliesTo,
  });
  const office = pick({
    ...base,
    skuId: '18181a46-0d4e-45cd-891e-60aabd171b4e',
    skuPartNumber: 'STANDARDPACK',
    servicePlans: base.servicePlans,
  });
  if (!licensed) return [office];
  const p1 = pick({
    ...base,
    skuId: '078d2b04-f1bd-4111-bbd4-b4b1b354cef4',
    skuPartNumber: 'AAD_PREMIUM',
    prepaidUnits: { enabled: seats, lockedOut: 0, suspended: 0, warning: 0 },
    servicePlans: [
      {
        servicePlanId: AAD_PREMIUM,
        servicePlanName: 'AAD_PREMIUM',
        provisioningStatus: 'Success',
        appliesTo: 'User',
      },
    ],
  });
  return [office, p1];
}

function summaries(rows: UserRegistrationDetail[]) {
  const members = rows.filter((r) => r.userType === 'member');
  const count = (m: string) => members.filter((r) => (r.methodsRegistered ?? []).includes(m)).length;
  const methods = [
    'microsoftAuthenticatorPush',
    'mobilePhone',
    'email',
    'officePhone',
    'softwareOneTimePasscode',
    'securityQuestion',
  ];
  return {
    byMethod: {
      userTypes: 'member',
      userRoles: 'all',
      userRegistrationMethodCounts: methods.map((m) => ({ authenticationMethod: m, userCount: count(m) })),
    },
    byFeature: {
      totalUserCount: members.length,
      userTypes: 'member',
      userRoles: 'all',
      userRegistrationFeatureCounts: [
        { feature: 'ssprRegistered', userCount: members.filter((r) => r.isSsprRegistered).length },
        { feature: 'ssprEnabled', userCount: members.filter((r) => r.isSsprEnabled).length },
        { feature: 'ssprCapable', userCount: members.filter((r) => r.isSsprCapable).length },
      ],
    },
  };
}

function portalPolicies(spec: TenantSpec) {
  const policies = sample('passwordResetPolicies.internal.json');
  const type = { none: 0, selected: 1, all: 2 }[spec.enablement ?? 'all'];
  Object.assign(policies, {
    enablementType: type,
    numberOfAuthenticationMethodsRequired: 2,
    securityQuestionsOptionEnabled: false,
    notifyUsersOnPasswordReset: true,
    notifyOnAdminPasswordReset: true,
    registrationRequiredOnSignIn: true,
    registrationReconfirmIntevalInDays: 180,
    mobileAppNotificationEnabled: true,
    mobileAppCodeEnabled: true,
    passwordResetEnabledGroupIds:
      spec.enablement === 'selected' && spec.pilotGroup ? [spec.pilotGroup.id] : [],
    passwordResetEnabledGroupName:
      spec.enablement === 'selected' && spec.pilotGroup ? spec.pilotGroup.displayName : null,
  });
  const onPrem = {
    objectId: 'default',
    passwordWritebackSupported: !!spec.hybrid,
    accountUnlockSupported: true,
    accountUnlockEnabled: !!spec.hybrid,
    enablementForTenant: !!spec.hybrid,
    cloudProvisioningEnablementForTenant: false,
  };
  return { policies, onPrem };
}

function roleAssignments(spec: TenantSpec): { model: RoleAssignment[]; noise: RoleAssignment[] } {
  const principal = (i: number) => ({
    '@odata.type': '#microsoft.graph.user',
    id: userId(i),
    displayName: `User ${i}`,
    // As Graph expands a principal: no userPrincipalName (GRAPH.md §17.6).
    mail: `user${i}@${spec.domain}`,
    mailNickname: `user${i}`,
    accountEnabled: true,
    userType: 'Member',
  });
  const assignment = (id: string, role: string, i: number, scope = '/'): RoleAssignment => ({
    id,
    principalId: userId(i),
    // No resourceScope: v1.0's unifiedRoleAssignment has none (only beta; v1.0.json @f54f11b6).
    directoryScopeId: scope,
    roleDefinitionId: role,
    principal: principal(i),
  });
  return {
    model: [
      assignment('helpdesk-1', '729827e3-9c14-49f7-bb1b-9608f156bbb8', 2),
      assignment('useradmin-1', 'fe930be7-5e62-47db-91af-98c3a49a38b1', 1),
    ],
    noise: [assignment('ga-1', '62e90394-69f5-4237-9190-012177145e10', 0)],
  };
}

const ok = (source: SourceName, fetchedAt: string, data: unknown) => ({
  outcome: { status: 'ok', endpoint: ENDPOINTS[source], fetchedAt } as CollectionOutcome,
  data,
});

export function buildTenant(spec: TenantSpec): DoubleTenant {
  const now = spec.now;
  const fetchedAt = iso(now.getTime());
  const userSpec = {
    count: spec.users,
    domain: spec.domain,
    enablement: spec.enablement ?? 'all',
    lastUpdated: iso(now.getTime() - DAY),
  };
  const urd = registrationRows(userSpec);
  const { byMethod, byFeature } = summaries(urd);
  const activity = {
    now,
    domain: spec.domain,
    users: spec.users,
    resets: spec.resets ?? Math.max(3, Math.floor(spec.users / 100)),
    hybrid: !!spec.hybrid,
  };
  const roles = roleAssignments(spec);
  const portal = portalPolicies(spec);
  const org = {
    id: spec.id,
    displayName: spec.name,
    onPremisesSyncEnabled: spec.hybrid ? true : null,
    onPremisesLastSyncDateTime: spec.hybrid
      ? iso(now.getTime() - (spec.lastSyncMinutesAgo ?? 30) * 60_000)
      : null,
    verifiedDomains: [
      {
        capabilities: 'Email, OfficeCommunicationsOnline',
        isDefault: true,
        isInitial: true,
        name: spec.domain,
        type: 'Managed',
      },
    ],
  };
  const recommendation = {
    ...withoutContext(sample('recommendations.beta.json')),
    id: `${spec.id}_Microsoft.Identity.IAM.Insights.SelfServicePasswordReset`,
    recommendationType: 'selfServicePasswordReset',
    status: 'completedBySystem',
  };
  const pilot: GroupLookup[] =
    spec.portal && spec.enablement === 'selected' && spec.pilotGroup
      ? [
          {
            query: spec.pilotGroup.id,
            by: 'id',
            found: true,
            id: spec.pilotGroup.id,
            displayName: spec.pilotGroup.displayName,
            transitiveMemberCount: spec.pilotGroup.members,
          },
        ]
      : [];

  const sources = {
    organization: ok('organization', fetchedAt, org),
    subscribedSkus: ok('subscribedSkus', fetchedAt, skus(spec.licensed !== false, spec.users + 10)),
    authenticationMethodsPolicy: ok('authenticationMethodsPolicy', fetchedAt, methodsPolicy()),
    authorizationPolicy: ok('authorizationPolicy', fetchedAt, {
      ...withoutContext(sample('authorizationPolicy.v1.json')),
      allowedToUseSSPR: false,
    }),
    userRegistrationDetails: ok('userRegistrationDetails', fetchedAt, urd),
    usersRegisteredByMethod: ok('usersRegisteredByMethod', fetchedAt, byMethod),
    usersRegisteredByFeature: ok('usersRegisteredByFeature', fetchedAt, byFeature),
    userPhones: ok('userPhones', fetchedAt, phoneRows(userSpec)),
    roleAssignments: ok('roleAssignments', fetchedAt, roles.model),
    userEventsSummary: ok('userEventsSummary', fetchedAt, eventsFor(activity)),
    userRegistrationActivity: ok(
      'userRegistrationActivity',
      fetchedAt,
      sample('userRegistrationActivity.beta.json').value.map(withoutContext),
    ),
    directoryAudits: ok('directoryAudits', fetchedAt, auditsFor(activity)),
    pilotGroups: ok('pilotGroups', fetchedAt, pilot),
    recommendations: ok('recommendations', fetchedAt, [recommendation]),
    passwordResetPolicies: spec.portal
      ? ok('passwordResetPolicies', fetchedAt, portal.policies)
      : { outcome: { status: 'skipped', endpoint: ENDPOINTS.passwordResetPolicies, fetchedAt } },
    onPremisesPasswordResetPolicies: spec.portal
      ? ok('onPremisesPasswordResetPolicies', fetchedAt, portal.onPrem)
      : { outcome: { status: 'skipped', endpoint: ENDPOINTS.onPremisesPasswordResetPolicies, fetchedAt } },
  } as SnapshotSources;

  const appRoles = spec.roles ?? ALL_SCAN_ROLES;
  for (const name of Object.keys(sources) as SourceName[]) {
    const fail = (status: CollectionOutcome['status'], extra: Partial<CollectionOutcome> = {}) => {
      (sources as unknown as Record<string, unknown>)[name] = {
        outcome: { status, endpoint: ENDPOINTS[name], fetchedAt, ...extra },
      };
    };
    const needs = permissionsFor(name);
    if (needs.length > 0 && !needs.every((p) => appRoles.includes(p)))
      fail('forbidden', { permission: missingPermissionFor(name, appRoles) });
    else if (spec.licensed === false && REPORTS.includes(name)) fail('not_licensed');
  }

  const model: Snapshot = {
    schemaVersion: 1,
    tenant: { id: spec.id, displayName: spec.name, cloud: 'global' },
    collectedAt: now.toISOString(),
    window: { from: new Date(now.getTime() - 30 * DAY).toISOString(), to: now.toISOString() },
    grantedPermissions: [...appRoles].sort(),
    sources,
    attestation: spec.attestation ?? null,
  };
  return {
    id: spec.id,
    model,
    apps: [
      {
        clientId: spec.clientId ?? '00000000-0000-0000-0000-0000000000aa',
        secret: spec.secret ?? 'double-secret',
        certificatePem: spec.certificatePem,
        roles: appRoles,
      },
    ],
    noise: {
      directoryAudits: auditNoise(activity),
      userEventsSummary: eventNoise(activity),
      roleAssignments: roles.noise,
    },
  };
}
