// The directory reads: organization, subscribedSkus, the two policies, users, role assignments,
// groups (by id, by name, transitive member $count) and the beta recommendations.

import type { GroupLookup } from '../../src/snapshot/types.js';
import { badRequest, graphError, notFound } from './errors.js';
import { asExpandedPrincipal } from './expanded-principal.js';
import type { DoubleRequest, DoubleResponse } from './http-types.js';
import { pageOf } from './odata-collection.js';
import {
  BETA,
  BOTH,
  GUID,
  data,
  directoryFilter,
  entity,
  reportsFilter,
  rows,
  type GraphRoute,
  type Row,
} from './route-kit.js';

function groupsOf(req: DoubleRequest): GroupLookup[] {
  return (data<GroupLookup[]>(req, 'pilotGroups') ?? []).filter((g) => g.found && g.id);
}

function groupById(req: DoubleRequest, id: string): GroupLookup | DoubleResponse {
  if (!GUID.test(id)) return badRequest(`Invalid object identifier '${id}'.`, 'Request_BadRequest');
  const group = groupsOf(req).find((g) => g.id!.toLowerCase() === id.toLowerCase());
  return (
    group ??
    notFound(
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    )
  );
}

const GROUP_MEMBER_READ = [
  ['GroupMember.ReadBasic.All'],
  ['GroupMember.Read.All'],
  ['Group.Read.All'],
  ['Directory.Read.All'],
];

function memberCount(req: DoubleRequest, id: string, nonUsers: number): DoubleResponse {
  if ((req.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
    return graphError(
      400,
      'Request_BadRequest',
      'Count is not currently supported without the ConsistencyLevel header set to eventual.',
    );
  }
  const group = groupById(req, id);
  return isResponse(group)
    ? group
    : { status: 200, body: String((group.transitiveMemberCount ?? 0) + nonUsers) };
}

const isResponse = (v: unknown): v is DoubleResponse => typeof v === 'object' && v !== null && 'status' in v;

function withPrincipal(req: DoubleRequest, assignment: Row): Row {
  if (req.query.get('$expand') !== 'principal') {
    const { principal: _principal, ...rest } = assignment;
    return rest;
  }
  if (assignment.principal)
    return { ...assignment, principal: asExpandedPrincipal(assignment.principal as Row) };
  const user = (data<Row[]>(req, 'userPhones') ?? []).find((u) => u.id === assignment.principalId);
  return {
    ...assignment,
    principal: {
      '@odata.type': '#microsoft.graph.user',
      id: assignment.principalId,
      displayName: user?.displayName ?? null,
    },
  };
}

export const DIRECTORY_ROUTES: GraphRoute[] = [
  {
    name: 'organization',
    graphType: 'organization',
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
    graphType: 'subscribedSku',
    pattern: /^subscribedSkus$/,
    versions: BOTH,
    permissions: [['Organization.Read.All'], ['Directory.Read.All']],
    source: 'subscribedSkus',
    handle: ({ req }) =>
      pageOf(req, rows(req, 'subscribedSkus'), { context: 'subscribedSkus', defaultTop: 999, maxTop: 999 }),
  },
  {
    name: 'authenticationMethodsPolicy',
    graphType: 'authenticationMethodsPolicy',
    pattern: /^policies\/authenticationMethodsPolicy$/,
    versions: BOTH,
    permissions: [
      ['Policy.Read.AuthenticationMethod'],
      ['Policy.Read.All'],
      ['Policy.ReadWrite.AuthenticationMethod'],
    ],
    source: 'authenticationMethodsPolicy',
    handle: ({ req }) =>
      entity(req, 'authenticationMethodsPolicy', data<Row>(req, 'authenticationMethodsPolicy')),
  },
  {
    name: 'authorizationPolicy',
    graphType: 'authorizationPolicy',
    pattern: /^policies\/authorizationPolicy$/,
    versions: BOTH,
    permissions: [['Policy.Read.All']],
    source: 'authorizationPolicy',
    handle: ({ req }) =>
      entity(req, 'policies/authorizationPolicy/$entity', data<Row>(req, 'authorizationPolicy')),
  },
  {
    name: 'users',
    graphType: 'user',
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
        filter: directoryFilter('users', {
          id: ['eq'],
          userType: ['eq'],
          accountEnabled: ['eq'],
          displayName: ['eq', 'startswith'],
          userPrincipalName: ['eq', 'startswith'],
        }),
      }),
  },
  {
    name: 'roleAssignments',
    graphType: 'unifiedRoleAssignment',
    pattern: /^roleManagement\/directory\/roleAssignments$/,
    versions: BOTH,
    permissions: [['RoleManagement.Read.Directory'], ['RoleManagement.Read.All'], ['Directory.Read.All']],
    source: 'roleAssignments',
    defaultTop: 100,
    handle: ({ req, loop }) =>
      pageOf(
        req,
        rows(req, 'roleAssignments').map((a) => withPrincipal(req, a)),
        {
          context:
            req.query.get('$expand') === 'principal'
              ? 'roleManagement/directory/roleAssignments(principal())'
              : 'roleManagement/directory/roleAssignments',
          defaultTop: 100,
          maxTop: 999,
          loop,
          filter: directoryFilter('roleAssignments', {
            roleDefinitionId: ['eq'],
            principalId: ['eq'],
            directoryScopeId: ['eq'],
          }),
        },
      ),
  },
  {
    // Users only (GRAPH.md §17.6): the cast the scanner must use. Least-privileged application
    // permission GroupMember.ReadBasic.All (microsoft-graph-docs-contrib @dc80b68f).
    name: 'groupUserCount',
    pattern: /^groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user\/\$count$/,
    versions: BOTH,
    permissions: GROUP_MEMBER_READ,
    handle: ({ req, params }) => memberCount(req, params[0]!, 0),
  },
  {
    // Every directory object: users plus nested groups, devices, service principals.
    name: 'groupMemberCount',
    pattern: /^groups\/([^/]+)\/transitiveMembers\/\$count$/,
    versions: BOTH,
    permissions: GROUP_MEMBER_READ,
    handle: ({ req, params }) => memberCount(req, params[0]!, req.tenant.nonUserGroupMembers ?? 0),
  },
  {
    name: 'group',
    graphType: 'group',
    pattern: /^groups\/([^/]+)$/,
    versions: BOTH,
    permissions: [['GroupMember.Read.All'], ['Group.Read.All'], ['Directory.Read.All']],
    handle: ({ req, params }) => {
      const group = groupById(req, params[0]!);
      return isResponse(group)
        ? group
        : entity(req, 'groups/$entity', { id: group.id, displayName: group.displayName });
    },
  },
  {
    name: 'groups',
    graphType: 'group',
    pattern: /^groups$/,
    versions: BOTH,
    permissions: [['GroupMember.Read.All'], ['Group.Read.All'], ['Directory.Read.All']],
    handle: ({ req }) =>
      pageOf(
        req,
        groupsOf(req).map((g) => ({ id: g.id, displayName: g.displayName })),
        {
          context: 'groups',
          defaultTop: 100,
          maxTop: 999,
          filter: directoryFilter('groups', { id: ['eq'], displayName: ['eq', 'startswith'] }),
        },
      ),
  },
  {
    name: 'recommendations',
    graphType: 'recommendation',
    pattern: /^directory\/recommendations$/,
    versions: BETA,
    permissions: [['DirectoryRecommendations.Read.All']],
    source: 'recommendations',
    handle: ({ req }) =>
      pageOf(req, rows(req, 'recommendations'), {
        context: 'directory/recommendations',
        defaultTop: 100,
        maxTop: 999,
        filter: reportsFilter('recommendations', {
          recommendationType: ['eq'],
          status: ['eq'],
          category: ['eq'],
        }),
      }),
  },
];
