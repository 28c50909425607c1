// A synthetic tenant, deterministic from its seed: the bundled demo tenant, the large tenants of the
// benchmarks and the tenants the Graph test double serves. Bodies keep Graph's shapes and field names.

import type {
  AuthenticationMethodConfiguration,
  CollectionOutcome,
  DirectoryAudit,
  RoleAssignment,
  Snapshot,
  SubscribedSku,
  UserEventSummary,
  UserPhones,
  UserRegistrationDetail,
} from '../snapshot/types.js';

export interface TenantSpec {
  seed: number;
  tenantId: string;
  displayName: string;
  domain: string;
  /** Member users, admins included. */
  members: number;
  guests: number;
  admins: number;
  hybrid: boolean;
  lastSyncHoursAgo: number;
  /** Share of non-admin members enabled for SSPR (1 = All, via a pilot group otherwise). */
  enabledShare: number;
  pilotGroup?: { id: string; displayName: string };
  /** Of the enabled members, the share registered. */
  registeredShare: number;
  /** Of the registered members, the share holding two or more SSPR-usable methods. */
  twoMethodShare: number;
  /** Share of users whose phone numbers lack the "+CC number" format. */
  badPhoneShare: number;
  licensed: boolean;
  licenceUnits: number;
  migrationState: 'preMigration' | 'migrationInProgress' | 'migrationComplete';
  smsEnabled: boolean;
  /** Self-service reset attempts in the 30-day window, and the share that succeeded. */
  resets: number;
  resetSuccessRate: number;
  unlocks: number;
  /** Reset failures whose reason is an on-premises writeback error. */
  writebackFailures: number;
  helpdeskRole: boolean;
  /**
   * How the scan signed in. Under an application sign-in the three delegated-only reports
   * (usersRegisteredByMethod, usersRegisteredByFeature, beta userRegistrationActivity) are not
   * called and recorded `skipped` (GRAPH.md §17.1); a delegated sign-in reads them.
   */
  signIn: 'application' | 'delegated';
  scanTime: string;
}

export const DEFAULT_SPEC: TenantSpec = {
  seed: 1,
  tenantId: '00000000-0000-4000-8000-000000000001',
  displayName: 'Synthetic Tenant',
  domain: 'synthetic.example',
  members: 1000,
  guests: 20,
  admins: 5,
  hybrid: false,
  lastSyncHoursAgo: 1,
  enabledShare: 1,
  registeredShare: 0.97,
  twoMethodShare: 0.96,
  badPhoneShare: 0,
  licensed: true,
  licenceUnits: 1100,
  migrationState: 'migrationComplete',
  smsEnabled: true,
  resets: 40,
  resetSuccessRate: 0.97,
  unlocks: 3,
  writebackFailures: 0,
  helpdeskRole: true,
  signIn: 'delegated',
  scanTime: '2026-11-20T09:00:00Z',
};

const FIRST = [
  'Adele',
  'Alex',
  'Bianca',
  'Diego',
  'Grady',
  'Isaiah',
  'Johanna',
  'Lee',
  'Lidia',
  'Lynne',
  'Megan',
  'Miriam',
  'Nestor',
  'Patti',
  'Pradeep',
  'Amara',
  'Kenji',
  'Sofia',
  'Mateo',
  'Noor',
  'Olga',
  'Tariq',
  'Yuki',
  'Zanele',
];
const LAST = [
  'Vance',
  'Wilber',
  'Pisani',
  'Siciliani',
  'Archie',
  'Langer',
  'Lauer',
  'Gu',
  'Holloway',
  'Robinson',
  'Bowen',
  'Hunter',
  'Sotelo',
  'Fernandez',
  'Gupta',
  'Okafor',
  'Tanaka',
  'Rossi',
  'Silva',
  'Haddad',
  'Ivanova',
  'Rahman',
  'Sato',
  'Dlamini',
];
const SSPR_METHOD_SETS = [
  ['microsoftAuthenticatorPush', 'softwareOneTimePasscode', 'mobilePhone'],
  ['microsoftAuthenticatorPush', 'email'],
  ['mobilePhone', 'email'],
  ['microsoftAuthenticatorPush', 'mobilePhone', 'email'],
  ['mobilePhone', 'officePhone'],
];
const SINGLE_METHODS = ['mobilePhone', 'email', 'microsoftAuthenticatorPush'];
const FAILURE_REASONS = [
  'User did not complete the verification.',
  'The user entered an incorrect verification code.',
  'A system error has occurred.',
];
// Real SKUs and service plans, from entra-docs licensing-service-plan-reference.md @067a0c7b (list
// updated 2025-10-29; checked 2026-12-01). Business Premium is capped at 300 seats (GRAPH.md §17.5), so
// tenants larger than that license Entra ID P1 on its own.
const OFFICE_365_E1 = {
  skuId: '18181a46-0d4e-45cd-891e-60aabd171b4e',
  skuPartNumber: 'STANDARDPACK',
  servicePlans: [
    ['9aaf7827-d63c-4b61-89c3-182f06f82e5c', 'EXCHANGE_S_STANDARD'],
    ['57ff2da0-773e-42df-b2af-ffb7a2317929', 'TEAMS1'],
    ['0feaeb32-d00e-4d66-bd5a-43b5b83db82c', 'MCOSTANDARD'],
  ],
};
const ENTRA_ID_P1 = {
  skuId: '078d2b04-f1bd-4111-bbd4-b4b1b354cef4',
  skuPartNumber: 'AAD_PREMIUM',
  servicePlans: [
    ['41781fb2-bc02-4b7c-bd55-b576c07bb09d', 'AAD_PREMIUM'],
    ['932ad362-64a8-4783-9106-97849a1a30b9', 'ADALLOM_S_DISCOVERY'],
    ['113feb6c-3fe4-4440-bddc-54d774bf0318', 'EXCHANGE_S_FOUNDATION'],
    ['8a256a2b-b617-496d-b51b-e76466e88db0', 'MFA_PREMIUM'],
  ],
};
const HELPDESK_ADMIN = '729827e3-9c14-49f7-bb1b-9608f156bbb8';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';

/** mulberry32: small, fast and deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function guid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const isoMinus = (iso: string, ms: number) => new Date(Date.parse(iso) - ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function generateTenant(overrides: Partial<TenantSpec> = {}): Snapshot {
  const spec: TenantSpec = { ...DEFAULT_SPEC, ...overrides };
  const rand = prng(spec.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const fetchedAt = isoMinus(spec.scanTime, 60_000);
  const ok = (endpoint: string, extra: { pages?: number; rows?: number } = {}) => ({
    status: 'ok' as const,
    endpoint,
    fetchedAt,
    ...extra,
  });

  const users: UserRegistrationDetail[] = [];
  const phones: UserPhones[] = [];
  const total = spec.members + spec.guests;
  for (let i = 0; i < total; i++) {
    const guest = i >= spec.members;
    const admin = !guest && i < spec.admins;
    const first = pick(FIRST);
    const last = pick(LAST);
    const upn = guest
      ? `${first.toLowerCase()}.${last.toLowerCase()}_partner.example#EXT#@${spec.domain}`
      : `${first.toLowerCase()}.${last.toLowerCase()}${i}@${spec.domain}`;
    const enabled = !guest && (admin || rand() < spec.enabledShare);
    const registered = guest ? false : rand() < (enabled ? spec.registeredShare : 0.3);
    const methods = registered
      ? rand() < spec.twoMethodShare
        ? pick(SSPR_METHOD_SETS)
        : [pick(SINGLE_METHODS)]
      : rand() < 0.5
        ? []
        : ['microsoftAuthenticatorPush'];
    const id = guid(rand);
    users.push({
      id,
      userPrincipalName: upn,
      userDisplayName: `${first} ${last}`,
      userType: guest ? 'guest' : 'member',
      isAdmin: admin,
      isSsprRegistered: registered,
      isSsprEnabled: enabled,
      isSsprCapable: enabled && registered,
      methodsRegistered: methods,
    });
    if (!guest) {
      const bad = rand() < spec.badPhoneShare;
      const number = `${Math.floor(2000000000 + rand() * 7999999999)}`;
      phones.push({
        id,
        userPrincipalName: upn,
        displayName: `${first} ${last}`,
        mobilePhone: rand() < 0.8 ? (bad ? `0${number.slice(1)}` : `+1 ${number}`) : null,
        businessPhones:
          rand() < 0.3
            ? [bad ? `(425) 555-0${String(i % 1000).padStart(3, '0')}` : `+44 20${number.slice(2)}`]
            : [],
      });
    }
  }

  const memberRows = users.filter((u) => u.userType === 'member');
  const events: UserEventSummary[] = [];
  const audits: DirectoryAudit[] = [];
  const windowMs = 30 * DAY;
  for (let i = 0; i < spec.resets; i++) {
    const user = memberRows[Math.floor(rand() * memberRows.length)];
    const at = isoMinus(spec.scanTime, Math.floor(rand() * (windowMs - HOUR)) + HOUR);
    const writebackFailure = i < spec.writebackFailures;
    const success =
      !writebackFailure &&
      rand() < spec.resetSuccessRate / (1 - spec.writebackFailures / Math.max(spec.resets, 1));
    const reason = success
      ? ''
      : writebackFailure
        ? 'OnPremisesConnectivityError: the on-premises password could not be updated.'
        : pick(FAILURE_REASONS);
    const method = pick(['appNotification', 'appCode', 'email', 'mobileSMS']);
    events.push({
      id: guid(rand),
      feature: 'reset',
      userPrincipalName: user.userPrincipalName,
      userDisplayName: user.userDisplayName ?? undefined,
      isSuccess: success,
      authMethod: method,
      failureReason: reason,
      eventDateTime: at,
    });
    audits.push(
      audit(
        guid(rand),
        'Reset password (self-service)',
        success ? 'success' : 'failure',
        at,
        user,
        reason,
        spec.hybrid && !writebackFailure ? 'Microsoft Entra Connect' : spec.hybrid ? undefined : 'None',
      ),
    );
  }
  for (let i = 0; i < Math.round(spec.resets * 1.5); i++) {
    const user = memberRows[Math.floor(rand() * memberRows.length)];
    events.push({
      id: guid(rand),
      feature: 'registration',
      userPrincipalName: user.userPrincipalName,
      userDisplayName: user.userDisplayName ?? undefined,
      isSuccess: rand() < 0.95,
      authMethod: pick(['microsoftAuthenticatorPush', 'mobilePhone', 'email']),
      failureReason: '',
      eventDateTime: isoMinus(spec.scanTime, Math.floor(rand() * windowMs)),
    });
  }
  for (let i = 0; i < spec.unlocks; i++) {
    const user = memberRows[Math.floor(rand() * memberRows.length)];
    audits.push(
      audit(
        guid(rand),
        'Unlock user account (self-service)',
        'success',
        isoMinus(spec.scanTime, Math.floor(rand() * windowMs)),
        user,
        '',
      ),
    );
  }
  events.sort((a, b) => b.eventDateTime.localeCompare(a.eventDateTime));
  audits.sort((a, b) => b.activityDateTime.localeCompare(a.activityDateTime));

  const roles: RoleAssignment[] = [
    {
      id: guid(rand),
      principalId: memberRows[0]?.id ?? guid(rand),
      roleDefinitionId: GLOBAL_ADMIN,
      directoryScopeId: '/',
      resourceScope: '/',
      ...(memberRows[0] ? { principal: expandedPrincipal(memberRows[0]) } : {}),
    },
  ];
  if (spec.helpdeskRole && memberRows.length > 1) {
    roles.push({
      id: guid(rand),
      principalId: memberRows[1].id,
      roleDefinitionId: HELPDESK_ADMIN,
      directoryScopeId: '/',
      resourceScope: '/',
      principal: expandedPrincipal(memberRows[1]),
    });
  }

  const method = (id: string, odataType: string, on: boolean): AuthenticationMethodConfiguration => ({
    '@odata.type': `#microsoft.graph.${odataType}`,
    id,
    state: on ? 'enabled' : 'disabled',
    includeTargets: [{ targetType: 'group', id: 'all_users', isRegistrationRequired: false }],
    excludeTargets: [],
  });
  const enabledMembers = memberRows.filter((u) => u.isSsprEnabled);
  const count = (pred: (u: UserRegistrationDetail) => boolean) => memberRows.filter(pred).length;
  const byMethod = new Map<string, number>();
  for (const u of memberRows)
    for (const m of u.methodsRegistered ?? []) byMethod.set(m, (byMethod.get(m) ?? 0) + 1);

  // Offered to delegated sign-ins only: skipped, with why, under an application sign-in.
  const delegatedOnly = <T>(name: string, source: { outcome: CollectionOutcome; data: T }) =>
    spec.signIn === 'delegated'
      ? source
      : {
          outcome: {
            status: 'skipped' as const,
            endpoint: source.outcome.endpoint,
            fetchedAt,
            error: `${name} is offered to delegated sign-ins only; use --auth device-code or azure-cli`,
          },
        };

  return {
    schemaVersion: 1,
    tenant: { id: spec.tenantId, displayName: spec.displayName, cloud: 'global' },
    collectedAt: spec.scanTime,
    collection: { startedAt: isoMinus(spec.scanTime, 90_000), finishedAt: spec.scanTime },
    collectedBy:
      spec.signIn === 'application'
        ? {
            appId: '11111111-0000-4000-8000-00000000a0d1',
            auth: 'secret',
            tool: { name: 'sspr-audit', version: '0.1.0' },
          }
        : {
            account: `auditor@${spec.domain}`,
            auth: 'device-code',
            tool: { name: 'sspr-audit', version: '0.1.0' },
          },
    window: { from: isoMinus(spec.scanTime, windowMs), to: spec.scanTime },
    grantedPermissions: [
      'AuditLog.Read.All',
      'Directory.Read.All',
      'Organization.Read.All',
      'Policy.Read.All',
      'RoleManagement.Read.Directory',
      'User.Read.All',
    ],
    sources: {
      organization: {
        outcome: ok('/v1.0/organization'),
        data: {
          id: spec.tenantId,
          displayName: spec.displayName,
          onPremisesSyncEnabled: spec.hybrid ? true : null,
          onPremisesLastSyncDateTime: spec.hybrid
            ? isoMinus(spec.scanTime, spec.lastSyncHoursAgo * HOUR)
            : null,
          tenantType: 'AAD',
          verifiedDomains: [
            {
              name: spec.domain,
              isDefault: true,
              isInitial: false,
              type: spec.hybrid ? 'Federated' : 'Managed',
            },
          ],
        },
      },
      subscribedSkus: {
        outcome: ok('/v1.0/subscribedSkus'),
        data: subscribedSkus(spec),
      },
      authenticationMethodsPolicy: {
        outcome: ok('/v1.0/policies/authenticationMethodsPolicy'),
        data: {
          id: 'authenticationMethodsPolicy',
          policyVersion: '1.5',
          policyMigrationState: spec.migrationState,
          authenticationMethodConfigurations: [
            method('MicrosoftAuthenticator', 'microsoftAuthenticatorAuthenticationMethodConfiguration', true),
            method('Email', 'emailAuthenticationMethodConfiguration', true),
            method('Sms', 'smsAuthenticationMethodConfiguration', spec.smsEnabled),
            method('Fido2', 'fido2AuthenticationMethodConfiguration', false),
          ],
        },
      },
      authorizationPolicy: {
        outcome: ok('/v1.0/policies/authorizationPolicy'),
        data: { allowedToUseSSPR: true },
      },
      userRegistrationDetails: {
        outcome: ok('/v1.0/reports/authenticationMethods/userRegistrationDetails', {
          pages: Math.ceil(users.length / 999),
          rows: users.length,
        }),
        data: users,
      },
      usersRegisteredByMethod: delegatedOnly('usersRegisteredByMethod', {
        outcome: ok(
          "/v1.0/reports/authenticationMethods/usersRegisteredByMethod(includedUserTypes='member',includedUserRoles='all')",
        ),
        data: {
          userRegistrationMethodCounts: [...byMethod]
            .map(([authenticationMethod, userCount]) => ({ authenticationMethod, userCount }))
            .concat([{ authenticationMethod: 'securityQuestion', userCount: 0 }]),
        },
      }),
      usersRegisteredByFeature: delegatedOnly('usersRegisteredByFeature', {
        outcome: ok(
          "/v1.0/reports/authenticationMethods/usersRegisteredByFeature(includedUserTypes='member',includedUserRoles='all')",
        ),
        data: {
          totalUserCount: memberRows.length,
          userRegistrationFeatureCounts: [
            { feature: 'ssprRegistered', userCount: count((u) => u.isSsprRegistered) },
            { feature: 'ssprEnabled', userCount: enabledMembers.length },
            { feature: 'ssprCapable', userCount: count((u) => u.isSsprCapable === true) },
          ],
        },
      }),
      userPhones: {
        outcome: ok('/v1.0/users?$select=id,userPrincipalName,displayName,mobilePhone,businessPhones', {
          pages: Math.ceil(phones.length / 999),
          rows: phones.length,
        }),
        data: phones,
      },
      roleAssignments: { outcome: ok('/v1.0/roleManagement/directory/roleAssignments'), data: roles },
      userEventsSummary: {
        outcome: ok('/beta/reports/authenticationMethods/userEventsSummary', { rows: events.length }),
        data: events,
      },
      userRegistrationActivity: delegatedOnly('userRegistrationActivity', {
        outcome: ok("/beta/reports/authenticationMethods/userRegistrationActivity(period='d30')"),
        data: ['microsoftAuthenticatorPush', 'mobilePhone', 'email', 'securityQuestion'].map((authMethod) => {
          const rows = events.filter((e) => e.feature === 'registration' && e.authMethod === authMethod);
          return {
            feature: 'registration',
            authMethod,
            successfulActivityCount: rows.filter((e) => e.isSuccess).length,
            failureActivityCount: rows.filter((e) => !e.isSuccess).length,
          };
        }),
      }),
      directoryAudits: {
        outcome: ok(
          "/v1.0/auditLogs/directoryAudits?$filter=loggedByService eq 'Self-service Password Management'",
          { rows: audits.length },
        ),
        data: audits,
      },
      pilotGroups: {
        outcome: ok('/v1.0/groups'),
        data: spec.pilotGroup
          ? [
              {
                query: spec.pilotGroup.displayName,
                by: 'displayName',
                found: true,
                id: spec.pilotGroup.id,
                displayName: spec.pilotGroup.displayName,
                transitiveMemberCount: enabledMembers.filter((u) => !u.isAdmin).length,
              },
            ]
          : [],
      },
      recommendations: {
        outcome: ok('/beta/directory/recommendations'),
        data: [
          {
            id: `${spec.tenantId}_Microsoft.Identity.IAM.Insights.SelfServicePasswordReset`,
            recommendationType: 'selfServicePasswordReset',
            status: spec.enabledShare >= 1 ? 'completedBySystem' : 'active',
          },
        ],
      },
      passwordResetPolicies: {
        outcome: {
          status: 'skipped',
          endpoint: 'https://main.iam.ad.ext.azure.com/api/PasswordReset/PasswordResetPolicies',
          fetchedAt,
        },
      },
      onPremisesPasswordResetPolicies: {
        outcome: {
          status: 'skipped',
          endpoint: 'https://main.iam.ad.ext.azure.com/api/PasswordReset/OnPremisesPasswordResetPolicies',
          fetchedAt,
        },
      },
    },
    attestation: null,
  };
}

/** $expand=principal as Graph sends it: no userPrincipalName (GRAPH.md §17.6). */
function expandedPrincipal(u: UserRegistrationDetail): NonNullable<RoleAssignment['principal']> {
  return {
    '@odata.type': '#microsoft.graph.user',
    id: u.id,
    displayName: u.userDisplayName ?? null,
    accountEnabled: true,
    userType: 'Member',
  };
}

/** subscribedSkus as Graph returns them: Office 365 E1 for everyone, plus Entra ID P1 when licensed. */
function subscribedSkus(spec: TenantSpec): SubscribedSku[] {
  const sku = (def: typeof ENTRA_ID_P1, units: number, consumed: number): SubscribedSku => ({
    id: `${spec.tenantId}_${def.skuId}`,
    accountId: spec.tenantId,
    accountName: spec.displayName,
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: consumed,
    prepaidUnits: { enabled: units, lockedOut: 0, suspended: 0, warning: 0 },
    servicePlans: def.servicePlans.map(([servicePlanId, servicePlanName]) => ({
      servicePlanId,
      servicePlanName,
      provisioningStatus: 'Success',
      appliesTo: 'User',
    })),
    skuId: def.skuId,
    skuPartNumber: def.skuPartNumber,
    subscriptionIds: [`${def.skuId.slice(0, 8)}-0000-4000-8000-${spec.tenantId.slice(-12)}`],
  });
  const office = sku(OFFICE_365_E1, spec.members + 10, spec.members);
  if (!spec.licensed) return [office];
  return [office, sku(ENTRA_ID_P1, spec.licenceUnits, Math.min(spec.members, spec.licenceUnits))];
}

function audit(
  id: string,
  activity: string,
  result: string,
  at: string,
  user: UserRegistrationDetail,
  reason: string,
  agent?: string,
): DirectoryAudit {
  return {
    id: `SSPR_${id}`,
    category: 'UserManagement',
    correlationId: id,
    result,
    resultReason: reason,
    activityDisplayName: activity,
    activityDateTime: at,
    loggedByService: 'Self-service Password Management',
    operationType: 'Update',
    initiatedBy: {
      app: null,
      user: {
        id: user.id,
        displayName: user.userDisplayName ?? null,
        userPrincipalName: user.userPrincipalName,
        ipAddress: '203.0.113.10',
      },
    },
    targetResources: [
      {
        id: user.id,
        displayName: user.userDisplayName ?? null,
        type: 'User',
        userPrincipalName: user.userPrincipalName,
        modifiedProperties: [],
      },
    ],
    additionalDetails: agent ? [{ key: 'OnPremisesAgent', value: agent }] : [],
  };
}
