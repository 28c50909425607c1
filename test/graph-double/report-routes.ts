// The identity-and-access reports and the audit log (paced by Graph at 5 requests per 10 s per
// tenant): authentication-methods reports (v1.0 and beta) and directoryAudits.

import type { SourceName } from '../../src/snapshot/types.js';
import { badRequest, notFound } from './errors.js';
import type { DoubleResponse } from './http-types.js';
import { pageOf } from './odata-collection.js';
import {
  BETA,
  BOTH,
  REPORTS,
  data,
  reportsFilter,
  rows,
  type GraphRoute,
  type Row,
  type RouteCall,
} from './route-kit.js';

const USER_TYPES = new Set(['all', 'member', 'guest']);
const USER_ROLES = new Set(['all', 'privilegedAdmin', 'admin', 'user']);

/** usersRegisteredByMethod(includedUserTypes='member',includedUserRoles='all') arguments. */
function registrationSummary(call: RouteCall, source: SourceName, type: string): DoubleResponse {
  const args = Object.fromEntries(
    [...(call.params[0] ?? '').matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1], m[2]]),
  );
  const userTypes = args.includedUserTypes ?? 'all';
  const userRoles = args.includedUserRoles ?? 'all';
  if (!USER_TYPES.has(userTypes) || !USER_ROLES.has(userRoles)) {
    return badRequest(
      `The value of includedUserTypes or includedUserRoles is not valid ('${userTypes}', '${userRoles}').`,
    );
  }
  const summary = data<Row>(call.req, source);
  if (!summary) return notFound();
  return {
    status: 200,
    body: { '@odata.type': `#microsoft.graph.${type}`, userTypes, userRoles, ...summary },
  };
}

export const REPORT_ROUTES: GraphRoute[] = [
  {
    name: 'userRegistrationDetails',
    graphType: 'userRegistrationDetails',
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
          isMfaCapable: ['eq'],
          isMfaRegistered: ['eq'],
          isSsprEnabled: ['eq'],
          isSsprRegistered: ['eq'],
          methodsRegistered: ['eq'],
          userDisplayName: ['eq', 'startswith'],
          userPrincipalName: ['eq', 'startswith'],
        }),
      }),
  },
  {
    name: 'usersRegisteredByMethod',
    graphType: 'userRegistrationMethodSummary',
    pattern: /^reports\/authenticationMethods\/usersRegisteredByMethod\((.*)\)$/,
    versions: BOTH,
    permissions: REPORTS,
    report: true,
    source: 'usersRegisteredByMethod',
    handle: (call) => registrationSummary(call, 'usersRegisteredByMethod', 'userRegistrationMethodSummary'),
  },
  {
    name: 'usersRegisteredByFeature',
    graphType: 'userRegistrationFeatureSummary',
    pattern: /^reports\/authenticationMethods\/usersRegisteredByFeature\((.*)\)$/,
    versions: BOTH,
    permissions: REPORTS,
    report: true,
    source: 'usersRegisteredByFeature',
    handle: (call) => registrationSummary(call, 'usersRegisteredByFeature', 'userRegistrationFeatureSummary'),
  },
  {
    name: 'userEventsSummary',
    graphType: 'userEventsSummary',
    pattern: /^reports\/authenticationMethods\/userEventsSummary$/,
    versions: BETA,
    permissions: REPORTS,
    report: true,
    source: 'userEventsSummary',
    defaultTop: 1000,
    // authMethod's evolvable members are hidden without the Prefer header by graph-dispatch (from the metadata).
    handle: ({ req, loop }) => {
      const events = rows(req, 'userEventsSummary').map((e) => ({
        '@odata.type': '#microsoft.graph.userEventsSummary',
        ...e,
      }));
      return pageOf(req, events, {
        context: 'reports/authenticationMethods/userEventsSummary',
        defaultTop: 1000,
        maxTop: 1000,
        loop,
        filter: reportsFilter('userEventsSummary', {
          feature: ['eq'],
          isSuccess: ['eq'],
          failureReason: ['eq'],
          authMethod: ['eq'],
          userDisplayName: ['eq', 'startswith'],
          userPrincipalName: ['eq', 'startswith'],
        }),
      });
    },
  },
  {
    name: 'userRegistrationActivity',
    graphType: 'userRegistrationActivitySummary',
    pattern: /^reports\/authenticationMethods\/userRegistrationActivity\(period='([^']*)'\)$/,
    versions: BETA,
    permissions: REPORTS,
    report: true,
    source: 'userRegistrationActivity',
    handle: ({ req, params }) => {
      if (!['d1', 'd7', 'd30'].includes(params[0] ?? ''))
        return badRequest(`The period '${params[0]}' is not valid: use d1, d7 or d30.`);
      const activity = rows(req, 'userRegistrationActivity').map((a) => ({
        '@odata.type': '#microsoft.graph.userRegistrationActivitySummary',
        ...a,
      }));
      return pageOf(req, activity, {
        context: 'Collection(microsoft.graph.userRegistrationActivitySummary)',
        defaultTop: 1000,
        maxTop: 1000,
      });
    },
  },
  {
    name: 'directoryAudits',
    graphType: 'directoryAudit',
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
          activityDisplayName: ['eq', 'startswith'],
          activityDateTime: ['ge', 'le'],
          loggedByService: ['eq'],
          category: ['eq'],
          result: ['eq'],
          correlationId: ['eq'],
          'initiatedBy/user/id': ['eq'],
          'initiatedBy/user/userPrincipalName': ['eq', 'startswith'],
        }),
      }),
  },
];
