// collectSnapshot: signs in, reads every source the checks need — the small reads in one $batch, the
// paced reports, the users, the portal backend when asked, then the pilot group — and returns the
// snapshot. One failed source never stops the others; only a failed sign-in or an unreachable Graph
// throws (a CollectionError: exit 3).

import { readFileSync } from 'node:fs';
import { CLOUDS } from '../auth/clouds.js';
import { createCredential, createPortalCredential, type IdentityEndpoint } from '../auth/credential-factory.js';
import { AuthError } from '../auth/errors.js';
import { signIn } from '../auth/sign-in.js';
import { createGraphClient } from '../graph/graph-client.js';
import { GraphTransport } from '../graph/transport.js';
import { DEFAULT_LIMITS } from '../graph/transport-limits.js';
import { SNAPSHOT_SCHEMA_VERSION, type Organization, type Snapshot, type SnapshotSources, type SourceName } from '../snapshot/types.js';
import { collectBatched, type BatchedRead } from './batched-read.js';
import type { CollectContext } from './collect-context.js';
import type { CollectOptions } from './collect-options.js';
import { assertGraphReached } from './graph-unreachable.js';
import { ignoreProgress } from './progress.js';
import { authenticationMethodsPolicyRead } from './sources/authentication-methods-policy.js';
import { authorizationPolicyRead } from './sources/authorization-policy.js';
import { collectDirectoryAudits } from './sources/directory-audits.js';
import { organizationRead } from './sources/organization.js';
import { collectPilotGroups, pilotGroupQueries } from './sources/pilot-groups.js';
import { collectPortal, withExport } from './sources/portal-policies.js';
import { collectRecommendations } from './sources/recommendations.js';
import { collectUsersRegisteredByFeature, collectUsersRegisteredByMethod } from './sources/registration-summaries.js';
import { roleAssignmentsRead } from './sources/role-assignments.js';
import { subscribedSkusRead } from './sources/subscribed-skus.js';
import { collectUserEventsSummary } from './sources/user-events-summary.js';
import { collectUserPhones } from './sources/user-phones.js';
import { collectUserRegistrationActivity } from './sources/user-registration-activity.js';
import { collectUserRegistrationDetails } from './sources/user-registration-details.js';

const DAY = 24 * 60 * 60 * 1000;
export const SOURCE_COUNT = 16;

function toolOf(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

export async function collectSnapshot(opts: CollectOptions): Promise<Snapshot> {
  const startedAt = new Date();
  const now = opts.now ?? startedAt;
  const cloud = CLOUDS[opts.cloud ?? 'global'];
  const graphBase = (opts.graphEndpoint ?? cloud.graphRoot).replace(/\/+$/, '');
  const identity: IdentityEndpoint = {
    authorityHost: (opts.authorityHost ?? cloud.authorityHost).replace(/\/+$/, ''),
    disableInstanceDiscovery: opts.authorityHost !== undefined,
    tlsCa: opts.network?.tlsCa,
  };
  const fetchOptions = opts.network?.fetchOptions;
  if (!opts.credential && !opts.auth) throw new AuthError('No credential: pass `auth` (see authConfigFromEnv) or `credential`.');
  const credential = opts.credential ?? createCredential(opts.auth!, identity, opts.onDeviceCode);
  const method = opts.auth?.kind ?? 'credential';
  const signedIn = await signIn(credential, cloud.graphScope, { tenantId: opts.tenantId, clientId: opts.auth?.clientId, method, authorityHost: identity.authorityHost, fetchOptions });

  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const progress = opts.onProgress ?? ignoreProgress;
  const transport = new GraphTransport(
    createGraphClient({ baseUrl: graphBase, credential, scope: cloud.graphScope, fetchOptions }),
    limits,
    startedAt.getTime() + limits.scanTimeoutMs,
    (notice) => progress({ type: 'retry', endpoint: notice.endpoint, attempt: notice.attempt, waitMs: notice.waitMs, reason: notice.failure.status ? `HTTP ${notice.failure.status}` : notice.failure.kind }),
    fetchOptions,
  );
  const ctx: CollectContext = {
    transport,
    cloud,
    now,
    window: { from: new Date(now.getTime() - (opts.windowDays ?? 30) * DAY).toISOString(), to: now.toISOString() },
    grantedPermissions: signedIn.roles ? [...signedIn.roles].sort() : undefined,
    progress,
  };

  const portal = collectPortal(ctx, {
    endpoint: opts.portalEndpoint,
    signIn: opts.portal ? { credential: createPortalCredential(opts.tenantId, identity, opts.onDeviceCode), tenantId: opts.tenantId, authorityHost: identity.authorityHost } : undefined,
  }).then((live) => withExport(live, opts.portalExport));
  const batchedReads = [organizationRead, subscribedSkusRead, authenticationMethodsPolicyRead, authorizationPolicyRead, roleAssignmentsRead] as Array<BatchedRead<unknown>>;
  const [batched, userRegistrationDetails, usersRegisteredByMethod, usersRegisteredByFeature, userEventsSummary, userRegistrationActivity, directoryAudits, userPhones, recommendations] =
    await Promise.all([
      collectBatched(batchedReads, ctx),
      collectUserRegistrationDetails(ctx),
      collectUsersRegisteredByMethod(ctx),
      collectUsersRegisteredByFeature(ctx),
      collectUserEventsSummary(ctx),
      collectUserRegistrationActivity(ctx),
      collectDirectoryAudits(ctx),
      collectUserPhones(ctx),
      collectRecommendations(ctx),
    ]);
  const { passwordResetPolicies, onPremisesPasswordResetPolicies } = await portal;
  const pilotGroups = await collectPilotGroups(ctx, pilotGroupQueries(passwordResetPolicies.data, opts.attestation));

  const fromBatch = <K extends SourceName>(name: K) => batched.get(name) as SnapshotSources[K];
  const sources: SnapshotSources = {
    organization: fromBatch('organization'),
    subscribedSkus: fromBatch('subscribedSkus'),
    authenticationMethodsPolicy: fromBatch('authenticationMethodsPolicy'),
    authorizationPolicy: fromBatch('authorizationPolicy'),
    userRegistrationDetails,
    usersRegisteredByMethod,
    usersRegisteredByFeature,
    userPhones,
    roleAssignments: fromBatch('roleAssignments'),
    userEventsSummary,
    userRegistrationActivity,
    directoryAudits,
    pilotGroups,
    recommendations,
    passwordResetPolicies,
    onPremisesPasswordResetPolicies,
  };
  assertGraphReached(sources, transport, graphBase);
  const org = sources.organization.data as Organization | undefined;
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    tenant: { id: org?.id ?? opts.tenantId, ...(org?.displayName ? { displayName: org.displayName } : {}), cloud: cloud.cloud },
    collectedAt: now.toISOString(),
    collection: { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString() },
    collectedBy: {
      ...(signedIn.appId ?? opts.auth?.clientId ? { appId: signedIn.appId ?? opts.auth?.clientId } : {}),
      ...(signedIn.account ? { account: signedIn.account } : {}),
      auth: method,
      tool: opts.tool ?? toolOf(),
    },
    window: ctx.window,
    ...(ctx.grantedPermissions ? { grantedPermissions: ctx.grantedPermissions } : {}),
    sources,
    attestation: opts.attestation ?? null,
  };
}
