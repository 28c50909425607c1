// The double's request and response shapes, shared by the auth, Graph, portal and batch handlers.

import type { AccessClaims } from './tokens.js';
import type { DoubleTenant } from './tenant.js';

export type GraphVersion = 'v1.0' | 'beta';

export interface DoubleRequest {
  method: string;
  version: GraphVersion;
  /** The decoded path after the version, without a leading slash (e.g. `groups/abc`). */
  path: string;
  /** The same path as it arrived (still encoded), for building nextLinks. */
  rawPath: string;
  /** Decoded query parameters by name. */
  query: Map<string, string>;
  /** Raw (still encoded) query parameters in order, for building nextLinks. */
  rawQuery: Array<[string, string]>;
  headers: Record<string, string | undefined>;
  tenant: DoubleTenant;
  claims: AccessClaims;
  /** The double's origin, e.g. https://127.0.0.1:8443. */
  origin: string;
  inBatch: boolean;
  body?: unknown;
}

/** How a response goes wrong on the wire (fault injection). */
export type WireFault = 'drop' | 'cut' | 'truncate';

export interface DoubleResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object (sent as JSON) or a string (sent as text/plain). */
  body?: unknown;
  wire?: WireFault;
}
