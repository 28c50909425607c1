// Every Graph route the collectors use, answering from the tenant model (a Snapshot) with bodies
// shaped like test/fixtures/graph-samples: @odata.context, collections under `value`, entities bare.

import type { GroupLookup, SourceName } from '../../src/snapshot/types.js';
import { badRequest, graphError, notFound } from './errors.js';
import type { DoubleRequest, DoubleResponse, GraphVersion } from './http-types.js';
import { contextUrl, pageOf, project, type CollectionFilter } from './odata-collection.js';

export interface RouteCall {
  req: DoubleRequest;
  params: string[];
  /** Fault: the page's nextLink points back at itself. */
  loop: boolean;
}

export interface GraphRoute {
  name: string;
  pattern: RegExp;
  versions: GraphVersion[];
  /** Any one of these sets of application permissions (all of a set) lets the call through. */
  permissions: string[][];
  /** Counts against the identity-and-access reports limit (reports/*, auditLogs/*). */
  report?: boolean;
  /** The model source whose failed outcome (forbidden, not_licensed, …) this route replays. */
  source?: SourceName;
  defaultTop?: number;
  handle(call: RouteCall): DoubleResponse;
}

const BOTH: GraphVersion[] = ['v1.0', 'beta'];
const BETA: GraphVersion[] = ['beta'];
const REPORTS = [['AuditLog.Read.All']];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Row = Record<string, unknown>;

function data<T>(req: DoubleRequest, source: SourceName): T | undefined {
  return req.tenant.model.sources[source].data as T | undefined;
}

/** The model's rows plus the tenant's noise for that source (rows a correct scan filters out). */
function rows(req: DoubleRequest, source: SourceName): Row[] {
  const model = data<Row[]>(req, source) ?? [];
  const noise = (req.tenant.noise as Record<string, Row[] | undefined> | undefined)?.[source];
  return noise ? [...model, ...noise] : model;
}

function entity(req: DoubleRequest, context: string, value: Row | undefined): DoubleResponse {
  if (!value) return notFound();
  return { status: 200, body: { '@odata.context': contextUrl(req, context), ...project(value, req.query.get('$select')) } };
}

const reportsFilter = (resource: string, properties: CollectionFilter['properties']): CollectionFilter => ({
  errorCode: 'BadRequest',
  resource,
  properties,
});

const directoryFilter = (resource: string, properties: CollectionFilter['properties']): CollectionFilter => ({
  errorCode: 'Request_UnsupportedQuery',
  resource,
  properties,
});

/** Values of `usageAuthMethod` that Graph hides as unknownFutureValue without `Prefer: include-unknown-enum-members`. */
const EVOLVABLE_AUTH_METHODS = new Set([
  'externalAuthMethod', 'hardwareOneTimePasscode', 'windowsHelloForBusiness', 'microsoftAuthenticatorPasswordless', 'temporaryAccessPass',
  'macOsSecureEnclaveKey', 'passKeyDeviceBound', 'passKeyDeviceBoundAuthenticator', 'passKeyDeviceBoundWindowsHello', 'softwareOneTimePasscode',
  'microsoftAuthenticatorPush', 'mobilePhone', 'sms', 'alternateMobilePhone', 'fido2SecurityKey', 'oneTimePasscode', 'passKeySynced', 'qrCode',
]);

const USER_TYPES = new Set(['all', 'member', 'guest']);
const USER_ROLES = new Set(['all', 'privilegedAdmin', 'admin', 'user']);

/** usersRegisteredByMethod(includedUserTypes='member',includedUserRoles='all') arguments. */
function registrationSummary(call: RouteCall, source: SourceName, type: string): DoubleResponse {
  const args = Object.fromEntries([...(call.params[0] ?? '').matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1], m[2]]));
  const userTypes = args.includedUserTypes ?? 'all';
  const userRoles = args.includedUserRoles ?? 'all';
  if (!USER_TYPES.has(userTypes) || !USER_ROLES.has(userRoles)) {
    return badRequest(`The value of includedUserTypes or includedUserRoles is not valid ('${userTypes}', '${userRoles}').`);
  }
  const summary = data<Row>(call.req, source);
  if (!summary) return notFound();
  return { status: 200, body: { '@odata.type': `#microsoft.graph.${type}`, userTypes, userRoles, ...summary } };
}

function groupsOf(req: DoubleRequest): GroupLookup[] {
  return (data<GroupLookup[]>(req, 'pilotGroups') ?? []).filter((g) => g.found && g.id);
}

function groupById(req: DoubleRequest, id: string): GroupLookup | DoubleResponse {
  if (!GUID.test(id)) return badRequest(`Invalid object identifier '${id}'.`, 'Request_BadRequest');
  const group = groupsOf(req).find((g) => g.id!.toLowerCase() === id.toLowerCase());
  return group ?? notFound(`Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
}

const isResponse = (v: unknown): v is DoubleResponse => typeof v === 'object' && v !== null && 'status' in v;

function withPrincipal(req: DoubleRequest, assignment: Row): Row {
  if (req.query.get('$expand') !== 'principal') {
    const { principal: _principal, ...rest } = assignment;
    return rest;
  }
  if (assignment.principal) return assignment;
  const user = (data<Row[]>(req, 'userPhones') ?? []).find((u) => u.id === assignment.principalId);
  return {
    ...assignment,
    principal: { '@odata.type': '#microsoft.graph.user', id: assignment.principalId, displayName: user?.displayName ?? null, userPrincipalName: user?.userPrincipalName ?? null },
  };
}

export const GRAPH_ROUTES: GraphRoute[] = [
  {
    name: 'organization',
    pattern: /^organization$/,
    versions: BOTH,
    permissions: [['Organization.Read.All'], ['Directory.Read.All']],
    source: 'organization',
    handle: ({ req }) => {
      const org = data<Row>(req, 'organization');
      return pageOf(req, org ? [org] : [], { context: 'organization', defaultTop: 100, maxTop: 999 });
    },
  },
  {
    name: 'subscribedSkus',
    pattern: /^subscribedSkus$/,
    versions: BOTH,
    permissions: [['Organization.Read.All'], ['Directory.Read.All']],
    source: 'subscribedSkus',
    handle: ({ req }) => pageOf(req, rows(req, 'subscribedSkus'), { context: 'subscribedSkus', defaultTop: 999, maxTop: 999 }),
  },
  {
    name: 'authenticationMethodsPolicy',
    pattern: /^policies\/authenticationMethodsPolicy$/,
    versions: BOTH,
    permissions: [['Policy.Read.AuthenticationMethod'], ['Policy.Read.All'], ['Policy.ReadWrite.AuthenticationMethod']],
    source: 'authenticationMethodsPolicy',
    handle: ({ req }) => entity(req, 'authenticationMethodsPolicy', data<Row>(req, 'authenticationMethodsPolicy')),
  },
  {
    name: 'authorizationPolicy',
    pattern: /^policies\/authorizationPolicy$/,
    versions: BOTH,
    permissions: [['Policy.Read.All']],
    source: 'authorizationPolicy',
    handle: ({ req }) => entity(req, 'policies/authorizationPolicy/$entity', data<Row>(req, 'authorizationPolicy')),
  },
  {
    name: 'userRegistrationDetails',
    pattern: /^reports\/authenticationMethods\/userRegistrationDetails$/,
    versions: BOTH,
    permissions: REPORTS,
    report: true,
    source: 'userRegistrationDetails',
    defaultTop: 100,
    handle: ({ req, loop }) =>
      pageOf(req, rows(req, 'userRegistrationDetails'), {
        context: 'reports/authenticationMethods/userRegistrationDetails',
        defaultTop: 100,
        maxTop: 999,
        loop,
        filter: reportsFilter('userRegistrationDetails', {
          isMfaCapable: ['eq'], isMfaRegistered: ['eq'], isSsprEnabled: ['eq'], isSsprRegistered: ['eq'], methodsRegistered: ['eq'],
          userDisplayName: ['eq', 'startswith'], userPrincipalName: ['eq', 'startswith'],
        }),
      }),
  },
  {
    name: 'usersRegisteredByMethod',
    pattern: /^reports\/authenticationMethods\/usersRegisteredByMethod\((.*)\)$/,
    versions: BOTH,
    permissions: REPORTS,
    report: true,
    source: 'usersRegisteredByMethod',
    handle: (call) => registrationSummary(call, 'usersRegisteredByMethod', 'userRegistrationMethodSummary'),
  },
  {
    name: 'usersRegisteredByFeature',
    pattern: /^reports\/authenticationMethods\/usersRegisteredByFeature\((.*)\)$/,
    versions: BOTH,
    permissions: REPORTS,
    report: true,
    source: 'usersRegisteredByFeature',
    handle: (call) => registrationSummary(call, 'usersRegisteredByFeature', 'userRegistrationFeatureSummary'),
  },
  {
    name: 'users',
    pattern: /^users$/,
    versions: BOTH,
    permissions: [['User.Read.All'], ['Directory.Read.All']],
    source: 'userPhones',
    defaultTop: 100,
    handle: ({ req, loop }) =>
      pageOf(req, rows(req, 'userPhones'), {
        context: 'users',
        defaultTop: 100,
        maxTop: 999,
        loop,
        filter: directoryFilter('users', { id: ['eq'], userType: ['eq'], accountEnabled: ['eq'], displayName: ['eq', 'startswith'], userPrincipalName: ['eq', 'startswith'] }),
      }),
  },
  {
    name: 'roleAssignments',
    pattern: /^roleManagement\/directory\/roleAssignments$/,
    versions: BOTH,
    permissions: [['RoleManagement.Read.Directory'], ['RoleManagement.Read.All'], ['Directory.Read.All']],
    source: 'roleAssignments',
    defaultTop: 100,
    handle: ({ req, loop }) =>
      pageOf(req, rows(req, 'roleAssignments').map((a) => withPrincipal(req, a)), {
        context: req.query.get('$expand') === 'principal' ? 'roleManagement/directory/roleAssignments(principal())' : 'roleManagement/directory/roleAssignments',
        defaultTop: 100,
        maxTop: 999,
        loop,
        filter: directoryFilter('roleAssignments', { roleDefinitionId: ['eq'], principalId: ['eq'], directoryScopeId: ['eq'] }),
      }),
  },
  {
    name: 'userEventsSummary',
    pattern: /^reports\/authenticationMethods\/userEventsSummary$/,
    versions: BETA,
    permissions: REPORTS,
    report: true,
    source: 'userEventsSummary',
    defaultTop: 1000,
    handle: ({ req, loop }) => {
      const preferUnknown = /include-unknown-enum-members/i.test(req.headers.prefer ?? '');
      const events = rows(req, 'userEventsSummary').map((e) => ({
        '@odata.type': '#microsoft.graph.userEventsSummary',
        ...e,
        authMethod: !preferUnknown && EVOLVABLE_AUTH_METHODS.has(String(e.authMethod)) ? 'unknownFutureValue' : e.authMethod,
      }));
      return pageOf(req, events, {
        context: 'reports/authenticationMethods/userEventsSummary',
        defaultTop: 1000,
        maxTop: 1000,
        loop,
        filter: reportsFilter('userEventsSummary', {
          feature: ['eq'], isSuccess: ['eq'], failureReason: ['eq'], authMethod: ['eq'],
          userDisplayName: ['eq', 'startswith'], userPrincipalName: ['eq', 'startswith'],
        }),
      });
    },
  },
  {
    name: 'userRegistrationActivity',
    pattern: /^reports\/authenticationMethods\/userRegistrationActivity\(period='([^']*)'\)$/,
    versions: BETA,
    permissions: REPORTS,
    report: true,
    source: 'userRegistrationActivity',
    handle: ({ req, params }) => {
      if (!['d1', 'd7', 'd30'].includes(params[0] ?? '')) return badRequest(`The period '${params[0]}' is not valid: use d1, d7 or d30.`);
      const activity = rows(req, 'userRegistrationActivity').map((a) => ({ '@odata.type': '#microsoft.graph.userRegistrationActivitySummary', ...a }));
      return pageOf(req, activity, { context: 'Collection(microsoft.graph.userRegistrationActivitySummary)', defaultTop: 1000, maxTop: 1000 });
    },
  },
  {
    name: 'directoryAudits',
    pattern: /^auditLogs\/directoryAudits$/,
    versions: BOTH,
    permissions: [['AuditLog.Read.All', 'Directory.Read.All']],
    report: true,
    source: 'directoryAudits',
    defaultTop: 100,
    handle: ({ req, loop }) =>
      pageOf(req, rows(req, 'directoryAudits'), {
        context: 'auditLogs/directoryAudits',
        defaultTop: 100,
        maxTop: 999,
        loop,
        filter: reportsFilter('directoryAudits', {
          activityDisplayName: ['eq', 'startswith'], activityDateTime: ['ge', 'le'], loggedByService: ['eq'], category: ['eq'], result: ['eq'],
          correlationId: ['eq'], 'initiatedBy/user/id': ['eq'], 'initiatedBy/user/userPrincipalName': ['eq', 'startswith'],
        }),
      }),
  },
  {
    name: 'groupMemberCount',
    pattern: /^groups\/([^/]+)\/transitiveMembers\/\$count$/,
    versions: BOTH,
    permissions: [['GroupMember.Read.All'], ['Group.Read.All'], ['Directory.Read.All']],
    handle: ({ req, params }) => {
      if ((req.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
        return graphError(400, 'Request_BadRequest', 'Count is not currently supported without the ConsistencyLevel header set to eventual.');
      }
      const group = groupById(req, params[0]!);
      return isResponse(group) ? group : { status: 200, body: String(group.transitiveMemberCount ?? 0) };
    },
  },
  {
    name: 'group',
    pattern: /^groups\/([^/]+)$/,
    versions: BOTH,
    permissions: [['GroupMember.Read.All'], ['Group.Read.All'], ['Directory.Read.All']],
    handle: ({ req, params }) => {
      const group = groupById(req, params[0]!);
      return isResponse(group) ? group : entity(req, 'groups/$entity', { id: group.id, displayName: group.displayName });
    },
  },
  {
    name: 'groups',
    pattern: /^groups$/,
    versions: BOTH,
    permissions: [['GroupMember.Read.All'], ['Group.Read.All'], ['Directory.Read.All']],
    handle: ({ req }) =>
      pageOf(req, groupsOf(req).map((g) => ({ id: g.id, displayName: g.displayName })), {
        context: 'groups',
        defaultTop: 100,
        maxTop: 999,
        filter: directoryFilter('groups', { id: ['eq'], displayName: ['eq', 'startswith'] }),
      }),
  },
  {
    name: 'recommendations',
    pattern: /^directory\/recommendations$/,
    versions: BETA,
    permissions: [['DirectoryRecommendations.Read.All']],
    source: 'recommendations',
    handle: ({ req }) =>
      pageOf(req, rows(req, 'recommendations'), {
        context: 'directory/recommendations',
        defaultTop: 100,
        maxTop: 999,
        filter: reportsFilter('recommendations', { recommendationType: ['eq'], status: ['eq'], category: ['eq'] }),
      }),
  },
];

export function findRoute(version: GraphVersion, path: string): { route: GraphRoute; params: string[] } | undefined {
  for (const route of GRAPH_ROUTES) {
    if (!route.versions.includes(version)) continue;
    const m = route.pattern.exec(path);
    if (m) return { route, params: m.slice(1) };
  }
  return undefined;
}
