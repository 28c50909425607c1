// How hard the transport tries: timeouts, the scan deadline, retry bounds, backoff and pacing.

import { GRAPH_REPORTS_LIMIT, type PacerLimit } from './pacer.js';

export interface TransportLimits {
  /** Per attempt, headers and body together. */
  requestTimeoutMs: number;
  /** The whole collection; the deadline every wait and retry respects. */
  scanTimeoutMs: number;
  /** Attempts per request, the first included. */
  maxAttempts: number;
  /** Backoff for 5xx, timeouts and dropped connections without Retry-After: base × 2^(attempt-1), capped. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** A Retry-After longer than this is not waited for: the request fails instead. */
  maxRetryAfterMs: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Pacing of reports/* and auditLogs/* (Graph: 5 per 10 s per tenant). */
  reports: PacerLimit;
}

export const DEFAULT_LIMITS: TransportLimits = {
  requestTimeoutMs: 60_000,
  scanTimeoutMs: 60 * 60_000,
  maxAttempts: 5,
  backoffBaseMs: 1_000,
  backoffMaxMs: 30_000,
  maxRetryAfterMs: 5 * 60_000,
  concurrency: 4,
  reports: GRAPH_REPORTS_LIMIT,
};
