// Reads one inner $batch response like a direct call: its body when the status is 2xx, else the same
// GraphFailure a direct request would have thrown (status, Graph error code and message).

import type { BatchResult } from './batch.js';
import { GraphFailure } from './graph-failure.js';
import { parseRetryAfter } from './retry-after.js';

interface ErrorBody {
  error?: { code?: string; message?: string };
}

export function bodyOf<T>(result: BatchResult, endpoint: string): T {
  if (result.status >= 200 && result.status < 300) return result.body as T;
  const error = (result.body as ErrorBody | undefined)?.error;
  const retryKey = Object.keys(result.headers).find((k) => k.toLowerCase() === 'retry-after');
  throw new GraphFailure({
    kind: 'http',
    endpoint,
    status: result.status,
    code: error?.code || undefined,
    detail: error?.message ?? `HTTP ${result.status} inside the $batch answer`,
    retryAfterMs: retryKey ? parseRetryAfter(result.headers[retryKey]) : undefined,
  });
}
