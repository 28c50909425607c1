// Test helpers around the double: start it with fast pacing, trust its CA in-process (an undici
// dispatcher for fetch, tlsOptions for @azure/identity), and scan one of its tenants through the real
// credential, Graph client and collectors.

import { Agent } from 'undici';
import { createCredential } from '../../src/auth/credential-factory.js';
import { collectSnapshot } from '../../src/collect/collect-snapshot.js';
import type { CollectOptions } from '../../src/collect/collect-options.js';
import { createGraphClient } from '../../src/graph/graph-client.js';
import { GraphTransport } from '../../src/graph/transport.js';
import { DEFAULT_LIMITS, type TransportLimits } from '../../src/graph/transport-limits.js';
import type { Snapshot } from '../../src/snapshot/types.js';
import { testPki } from './certs.js';
import { GraphDouble, type GraphDoubleOptions } from './server.js';
import type { DoubleTenant } from './tenant.js';

/** Pacing and retries scaled down so the suite stays fast: 5 report requests per 300 ms. */
export const FAST_THROTTLE = { limit: 5, windowMs: 300 };
export const FAST_LIMITS: TransportLimits = {
  ...DEFAULT_LIMITS,
  requestTimeoutMs: 3_000,
  scanTimeoutMs: 60_000,
  maxAttempts: 4,
  backoffBaseMs: 20,
  backoffMaxMs: 200,
  maxRetryAfterMs: 5_000,
  reports: { limit: 5, windowMs: 300, marginMs: 10 },
};

export async function startDouble(
  opts: Partial<GraphDoubleOptions> & { tenants: DoubleTenant[] },
): Promise<GraphDouble> {
  return GraphDouble.start({ reportThrottle: FAST_THROTTLE, ...opts });
}

const agents = new Map<string, Agent>();

/** fetch options that trust the test CA (what NODE_EXTRA_CA_CERTS does for a child process). */
export function trustingFetch(): RequestInit {
  const ca = testPki().caCert;
  let agent = agents.get(ca);
  if (!agent) {
    agent = new Agent({ connect: { ca } });
    agents.set(ca, agent);
  }
  return { dispatcher: agent } as RequestInit;
}

export function secretAuth(tenant: DoubleTenant) {
  const app = tenant.apps[0]!;
  return { kind: 'secret' as const, tenantId: tenant.id, clientId: app.clientId, clientSecret: app.secret };
}

/** `--auth device-code` (a delegated sign-in through the double's device-code flow). */
export function deviceCodeAuth(tenant: DoubleTenant) {
  return { kind: 'device-code' as const, tenantId: tenant.id };
}

export function scanOptions(
  double: GraphDouble,
  tenant: DoubleTenant,
  extra: Partial<CollectOptions> = {},
): CollectOptions {
  return {
    tenantId: tenant.id,
    auth: secretAuth(tenant),
    graphEndpoint: double.origin,
    authorityHost: double.origin,
    portalEndpoint: double.origin,
    now: new Date(tenant.model.collectedAt),
    attestation: tenant.model.attestation,
    limits: FAST_LIMITS,
    onDeviceCode: () => undefined,
    network: { fetchOptions: trustingFetch(), tlsCa: testPki().caCert },
    ...extra,
  };
}

export function scan(
  double: GraphDouble,
  tenant: DoubleTenant,
  extra: Partial<CollectOptions> = {},
): Promise<Snapshot> {
  return collectSnapshot(scanOptions(double, tenant, extra));
}

/** A transport on the real client and credential, for transport-level tests. */
export function transportFor(
  double: GraphDouble,
  tenant: DoubleTenant,
  limits: Partial<TransportLimits> = {},
  deadlineMs = 30_000,
): GraphTransport {
  const credential = createCredential(secretAuth(tenant), {
    authorityHost: double.origin,
    disableInstanceDiscovery: true,
    tlsCa: testPki().caCert,
  });
  const client = createGraphClient({
    baseUrl: double.origin,
    credential,
    scope: 'https://graph.microsoft.com/.default',
    fetchOptions: trustingFetch(),
  });
  return new GraphTransport(
    client,
    { ...FAST_LIMITS, ...limits },
    Date.now() + deadlineMs,
    undefined,
    trustingFetch(),
  );
}
