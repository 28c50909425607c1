// The seam between the fleet and Graph collection: what one tenant's collection is given and returns.
// Each call builds its own credential (and so its own token cache) from `credentials`.

import type { Attestation, Snapshot } from '../snapshot/types.js';
import type { FleetTenant } from './config-types.js';
import type { RequestGate } from './limiter.js';
import type { TenantPhase } from './progress/fleet-event.js';
import type { AppCredentials } from './tenant-credentials.js';

export interface CollectProgress {
  phase?: TenantPhase;
  pages?: number;
  requests?: number;
  detail?: string;
}

export interface CollectRequest {
  tenant: FleetTenant;
  credentials: AppCredentials;
  /** The app's shared request budget across the fleet; acquire once per Graph request. */
  gate: RequestGate;
  /** Aborted when the scan is abandoned (second signal, or the tenant timeout). */
  signal: AbortSignal;
  /** Epoch ms by which the collection must end. */
  deadline: number;
  onProgress(update: CollectProgress): void;
  /** The tenant's attestation, recorded in the snapshot (its selected group is looked up). */
  attestation?: Attestation;
}

export type TenantCollector = (request: CollectRequest) => Promise<Snapshot>;
