// JSON batching for the small independent reads: at most 20 requests per POST /$batch, inner URLs
// relative and WITHOUT the version (graph-client 3.0.7's BatchRequestContent keeps `/v1.0`, which Graph
// rejects, so the body is written here). Inner 429s (and 503/504) are retried — only those ids, after
// the longest Retry-After among them — a bounded number of times.

import { GraphFailure } from './graph-failure.js';
import { parseRetryAfter } from './retry-after.js';
import type { GraphTransport, GraphVersion } from './transport.js';

export const MAX_BATCH_REQUESTS = 20;

export interface BatchStep {
  id: string;
  /** Relative to the version: `/organization?$select=id`. */
  url: string;
  headers?: Record<string, string>;
}

export interface BatchResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface BatchOptions {
  version?: GraphVersion;
  /** Rounds of retrying throttled inner requests. */
  maxInnerRetries?: number;
  /** Used when an inner 429 carries no Retry-After. */
  defaultRetryAfterMs?: number;
  maxRetryAfterMs?: number;
}

interface BatchResponseBody {
  responses?: Array<{ id?: string; status?: number; headers?: Record<string, string>; body?: unknown }>;
}

const RETRYABLE = new Set([429, 503, 504]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function retryAfterOf(result: BatchResult): number | undefined {
  const key = Object.keys(result.headers).find((k) => k.toLowerCase() === 'retry-after');
  return key ? parseRetryAfter(result.headers[key]) : undefined;
}

export function assertBatchable(step: BatchStep): void {
  if (!step.url.startsWith('/') || /^\/(v1\.0|beta)(\/|$)/i.test(step.url)) {
    throw new Error(
      `batch step ${step.id}: the inner URL must be relative and without the version prefix (got ${step.url})`,
    );
  }
}

async function postOnce(
  transport: GraphTransport,
  steps: BatchStep[],
  version: GraphVersion,
): Promise<Map<string, BatchResult>> {
  const endpoint = `/${version}/$batch`;
  const body = {
    requests: steps.map((s) => ({
      id: s.id,
      method: 'GET',
      url: s.url,
      ...(s.headers ? { headers: s.headers } : {}),
    })),
  };
  const response = await transport.post<BatchResponseBody>(
    { url: '/$batch', version, headers: { 'Content-Type': 'application/json' }, endpoint },
    body,
  );
  if (!response || !Array.isArray(response.responses))
    throw new GraphFailure({
      kind: 'malformed',
      endpoint,
      method: 'POST',
      detail: 'the $batch answer has no "responses" array',
    });
  const results = new Map<string, BatchResult>();
  for (const r of response.responses) {
    // A hostile answer may hold nulls or wrong types: such an entry counts as no response.
    if (r && typeof r === 'object' && typeof r.id === 'string' && typeof r.status === 'number')
      results.set(r.id, {
        id: r.id,
        status: r.status,
        headers: r.headers && typeof r.headers === 'object' ? r.headers : {},
        body: r.body,
      });
  }
  for (const step of steps) {
    if (!results.has(step.id))
      throw new GraphFailure({
        kind: 'malformed',
        endpoint,
        method: 'POST',
        detail: `the $batch answer has no response for request id ${step.id}`,
      });
  }
  return results;
}

/** Runs `steps` in batches of ≤ 20; a failed POST rejects; inner failures come back as results. */
export async function runBatch(
  transport: GraphTransport,
  steps: BatchStep[],
  opts: BatchOptions = {},
): Promise<Map<string, BatchResult>> {
  const version = opts.version ?? 'v1.0';
  const ids = new Set(steps.map((s) => s.id));
  if (ids.size !== steps.length) throw new Error('batch step ids must be unique');
  steps.forEach(assertBatchable);
  const results = new Map<string, BatchResult>();
  for (let i = 0; i < steps.length; i += MAX_BATCH_REQUESTS) {
    let pending = steps.slice(i, i + MAX_BATCH_REQUESTS);
    for (let round = 0; ; round++) {
      const answered = await postOnce(transport, pending, version);
      const retry = pending.filter((s) => RETRYABLE.has(answered.get(s.id)!.status));
      for (const step of pending) results.set(step.id, answered.get(step.id)!);
      if (retry.length === 0 || round >= (opts.maxInnerRetries ?? 4)) break;
      const waitMs = Math.max(
        ...retry.map((s) => retryAfterOf(answered.get(s.id)!) ?? opts.defaultRetryAfterMs ?? 2_000),
      );
      if (waitMs > (opts.maxRetryAfterMs ?? 5 * 60_000) || Date.now() + waitMs >= transport.deadline) break;
      transport.counters.retries += retry.length;
      await sleep(waitMs);
      pending = retry;
    }
  }
  return results;
}
