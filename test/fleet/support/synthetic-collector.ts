// A stand-in for Graph collection in the orchestration tests (the Graph double covers the real path):
// each tenant id maps to a synthetic tenant spec, an error to throw, a delay or a promise to wait for; every request draws
// from the shared gate like the Graph layer does.

import { generateTenant, type TenantSpec } from '../../../src/demo/generate-tenant.js';
import type { CollectRequest, TenantCollector } from '../../../src/fleet/tenant-collector.js';
import type { Snapshot } from '../../../src/snapshot/types.js';

export interface SyntheticTenant {
  spec?: Partial<TenantSpec>;
  /** Thrown instead of returning a snapshot. */
  error?: Error;
  delayMs?: number;
  /** Waits for this promise instead of a timer (event-driven tests). */
  until?: Promise<unknown>;
  /** Requests drawn from the gate. */
  requests?: number;
  /** Returns another tenant's snapshot (isolation test). */
  snapshotOf?: string;
}

export interface SyntheticCollector {
  collect: TenantCollector;
  calls: CollectRequest[];
  maxInFlight: number;
}

export class NamedError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export function syntheticCollector(
  tenants: Record<string, SyntheticTenant | (() => SyntheticTenant)>,
): SyntheticCollector {
  let inFlight = 0;
  const state: SyntheticCollector = {
    calls: [],
    maxInFlight: 0,
    collect: async (request) => {
      state.calls.push(request);
      inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      try {
        const entry = tenants[request.tenant.id];
        const t = typeof entry === 'function' ? entry() : entry;
        if (!t) throw new Error(`no synthetic tenant ${request.tenant.id}`);
        request.onProgress({ phase: 'collecting', pages: 0 });
        for (let i = 0; i < (t.requests ?? 3); i++) await request.gate.acquire(request.signal);
        if (t.delayMs) await new Promise((r) => setTimeout(r, t.delayMs));
        if (t.until) await t.until;
        request.onProgress({ phase: 'collecting', pages: t.requests ?? 3 });
        if (t.error) throw t.error;
        const id = t.snapshotOf ?? request.tenant.id;
        const snapshot: Snapshot = generateTenant({
          members: 30,
          guests: 2,
          admins: 2,
          tenantId: id,
          displayName: `${request.tenant.name} Ltd`,
          scanTime: new Date().toISOString(),
          ...t.spec,
        });
        return snapshot;
      } finally {
        inFlight--;
      }
    },
  };
  return state;
}
