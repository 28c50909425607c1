// The production TenantCollector: Graph collection (collectSnapshot) with a credential of the tenant's
// own — a new @azure/identity credential per scan, so each tenant has its own token cache — every
// request drawing on the app's shared budget, and the collection's progress turned into fleet phases.
// Fleet signs in as an application, so collectSnapshot records the delegated-only reports `skipped`
// and never calls them (CHECKS.md "Sign-in types"; the token's claims decide, sign-in-type.ts).

import type { AuthConfig } from '../auth/auth-config.js';
import type { CollectOptions } from '../collect/collect-options.js';
import { collectSnapshot } from '../collect/collect-snapshot.js';
import type { TransportLimits } from '../graph/transport-limits.js';
import type { SourceName } from '../snapshot/types.js';
import type { TenantCollector } from './tenant-collector.js';
import type { AppCredentials } from './tenant-credentials.js';

export interface GraphCollectorOptions {
  /** Transport limits (timeouts, retries, pacing); the scan deadline comes from the fleet. */
  limits?: Partial<TransportLimits>;
  /** Test hook: trust a test CA (production uses NODE_EXTRA_CA_CERTS). */
  network?: CollectOptions['network'];
}

function authConfig(c: AppCredentials): AuthConfig {
  const origin = `the clientSecret reference for tenant ${c.tenantId} in the fleet config`;
  return c.kind === 'secret'
    ? { kind: 'secret', tenantId: c.tenantId, clientId: c.clientId, clientSecret: c.clientSecret, origin }
    : { kind: 'certificate', tenantId: c.tenantId, clientId: c.clientId, certificatePath: c.certificatePath };
}

export function graphCollector(options: GraphCollectorOptions = {}): TenantCollector {
  return async (request) => {
    const pages = new Map<SourceName, number>();
    const total = () => [...pages.values()].reduce((a, b) => a + b, 0);
    return collectSnapshot({
      tenantId: request.tenant.id,
      auth: authConfig(request.credentials),
      cloud: request.tenant.cloud,
      graphEndpoint: request.tenant.graphEndpoint,
      authorityHost: request.tenant.authorityHost,
      attestation: request.attestation ?? null,
      limits: { ...options.limits, scanTimeoutMs: Math.max(1_000, request.deadline - Date.now()) },
      requestGate: () => request.gate.acquire(request.signal),
      network: options.network,
      onProgress: (e) => {
        if (e.type === 'start') request.onProgress({ phase: 'collecting', pages: total(), detail: e.source });
        else if (e.type === 'page') {
          pages.set(e.source, e.pages);
          request.onProgress({ phase: 'collecting', pages: total(), detail: e.source });
        } else if (e.type === 'retry')
          request.onProgress({
            phase: 'collecting',
            pages: total(),
            detail: `retrying ${e.endpoint} in ${Math.ceil(e.waitMs / 1000)} s (${e.reason})`,
          });
      },
    });
  };
}
