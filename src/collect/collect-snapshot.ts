// collectSnapshot: signs in, reads every source the checks need (read-all-sources.ts) and returns the
// snapshot. One failed source never stops the others; only a failed sign-in or a Graph that never
// answered throws (a CollectionError: exit 3).

import type { TokenCredential } from '@azure/identity';
import { AbandonableAgent } from '../auth/abandonable-agent.js';
import { CLOUDS, type CloudEndpoints } from '../auth/clouds.js';
import {
  createCredential,
  createPortalCredential,
  type IdentityEndpoint,
} from '../auth/credential-factory.js';
import { AuthError } from '../auth/errors.js';
import { SecondResourceCredential } from '../auth/one-sign-in.js';
import { signIn, type SignedIn } from '../auth/sign-in.js';
import { createGraphClient } from '../graph/graph-client.js';
import { GraphTransport } from '../graph/transport.js';
import { DEFAULT_LIMITS } from '../graph/transport-limits.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../snapshot/types.js';
import { processSecrets } from '../util/redactor.js';
import { TOOL } from '../util/tool-info.js';
import type { CollectContext } from './collect-context.js';
import type { CollectOptions } from './collect-options.js';
import { assertGraphReached } from './graph-unreachable.js';
import { ignoreProgress } from './progress.js';
import { readAllSources } from './read-all-sources.js';

export { SOURCE_COUNT } from './read-all-sources.js';

const DAY = 24 * 60 * 60 * 1000;
const trimSlash = (url: string) => url.replace(/\/+$/, '');

function endpointsOf(opts: CollectOptions): {
  cloud: CloudEndpoints;
  graphBase: string;
  identity: IdentityEndpoint;
} {
  const cloud = CLOUDS[opts.cloud ?? 'global'];
  return {
    cloud,
    graphBase: trimSlash(opts.graphEndpoint ?? cloud.graphRoot),
    identity: {
      authorityHost: trimSlash(opts.authorityHost ?? cloud.authorityHost),
      // MSAL would otherwise ask the public cloud about an overridden authority first.
      disableInstanceDiscovery: opts.authorityHost !== undefined,
      tlsCa: opts.network?.tlsCa,
    },
  };
}

function snapshotOf(
  opts: CollectOptions,
  ctx: CollectContext,
  signedIn: SignedIn,
  startedAt: Date,
  sources: Snapshot['sources'],
): Snapshot {
  const org = sources.organization.data;
  const appId = signedIn.appId ?? opts.auth?.clientId;
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    tenant: {
      id: org?.id ?? opts.tenantId,
      ...(org?.displayName ? { displayName: org.displayName } : {}),
      cloud: ctx.cloud.cloud,
    },
    collectedAt: ctx.now.toISOString(),
    collection: { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString() },
    collectedBy: {
      ...(appId ? { appId } : {}),
      ...(signedIn.account ? { account: signedIn.account } : {}),
      auth: opts.auth?.kind ?? 'credential',
      tool: opts.tool ?? { name: TOOL.name, version: TOOL.version },
    },
    window: ctx.window,
    ...(ctx.grantedPermissions ? { grantedPermissions: ctx.grantedPermissions } : {}),
    sources,
    attestation: opts.attestation ?? null,
  };
}

/**
 * --portal's delegated token. After a device-code sign-in to Graph it is first asked of that same
 * sign-in (one prompt for the whole scan); a second prompt comes only when Entra refuses, and the user
 * is told so before it. Other sign-ins (application ones, azure-cli) have no such sign-in to reuse.
 */
function portalCredential(
  opts: CollectOptions,
  graphCredential: TokenCredential,
  identity: IdentityEndpoint,
): TokenCredential {
  const own = createPortalCredential(opts.tenantId, identity, opts.onDeviceCode);
  if (opts.credential || opts.auth?.kind !== 'device-code') return own;
  const say = opts.onDeviceCode ?? ((m: string) => process.stderr.write(`${m}\n`));
  return new SecondResourceCredential(graphCredential, own, say);
}

export async function collectSnapshot(opts: CollectOptions): Promise<Snapshot> {
  const startedAt = new Date();
  const now = opts.now ?? startedAt;
  const { cloud, graphBase, identity } = endpointsOf(opts);
  const fetchOptions = opts.network?.fetchOptions;
  if (!opts.credential && !opts.auth)
    throw new AuthError('No credential: pass `auth` (see authConfigFromEnv) or `credential`.');
  // Registered first, so any error text that echoes them (a token endpoint quoting its form) is masked.
  processSecrets.add(opts.auth?.clientSecret);
  processSecrets.add(opts.auth?.certificatePassword);
  // Our own connections to the authority: destroyed if sign-in outlives the deadline, so nothing hangs.
  const identityAgent = new AbandonableAgent(identity.tlsCa);
  const credential =
    opts.credential ?? createCredential(opts.auth!, { ...identity, agent: identityAgent }, opts.onDeviceCode);
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const signedIn = await signIn(
    credential,
    cloud.graphScope,
    {
      tenantId: opts.tenantId,
      clientId: opts.auth?.clientId,
      method: opts.auth?.kind ?? 'credential',
      ...(opts.auth?.origin ? { secretOrigin: opts.auth.origin } : {}),
      authorityHost: identity.authorityHost,
      fetchOptions,
    },
    {
      deadline: startedAt.getTime() + limits.scanTimeoutMs,
      describe: `the collection time limit of ${limits.scanTimeoutMs / 60_000} minutes (--timeout-minutes)`,
      abandon: () => identityAgent.abandon(),
    },
  );

  const progress = opts.onProgress ?? ignoreProgress;
  const transport = new GraphTransport(
    createGraphClient({ baseUrl: graphBase, credential, scope: cloud.graphScope, fetchOptions }),
    limits,
    startedAt.getTime() + limits.scanTimeoutMs,
    ({ endpoint, attempt, waitMs, failure }) =>
      progress({
        type: 'retry',
        endpoint,
        attempt,
        waitMs,
        reason: failure.status ? `HTTP ${failure.status}` : failure.kind,
      }),
    fetchOptions,
  );
  transport.beforeRequest = opts.requestGate;
  const ctx: CollectContext = {
    transport,
    cloud,
    now,
    window: {
      from: new Date(now.getTime() - (opts.windowDays ?? 30) * DAY).toISOString(),
      to: now.toISOString(),
    },
    grantedPermissions: signedIn.roles ? [...signedIn.roles].sort() : undefined,
    signInType: signedIn.type,
    progress,
  };
  const sources = await readAllSources(ctx, {
    portal: {
      endpoint: opts.portalEndpoint,
      signIn: opts.portal
        ? {
            credential: portalCredential(opts, credential, identity),
            tenantId: opts.tenantId,
            authorityHost: identity.authorityHost,
          }
        : undefined,
    },
    portalExport: opts.portalExport,
    attestation: opts.attestation,
  });
  assertGraphReached(sources, transport, graphBase);
  return snapshotOf(opts, ctx, signedIn, startedAt, sources);
}
