// JSON batching with Graph's rules: at most 20 requests, unique ids, relative URLs WITHOUT the version
// (an inner `/v1.0/…` fails with "Resource not found for the segment 'v1.0'"), each inner request
// handled (and throttled) on its own, responses possibly in another order.

import { badRequest } from './errors.js';
import type { DoubleRequest, DoubleResponse } from './http-types.js';
import { parseQuery } from './request-parts.js';

interface InnerRequest {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
}

export const MAX_BATCH = 20;
const JSON_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function handleBatch(
  outer: DoubleRequest,
  dispatch: (inner: DoubleRequest) => DoubleResponse,
  order: 'keep' | 'reverse',
): DoubleResponse {
  const requests = (outer.body as { requests?: InnerRequest[] } | undefined)?.requests;
  if (!Array.isArray(requests) || requests.length === 0)
    return badRequest('Invalid batch payload format: a non-empty "requests" array is required.');
  if (requests.length > MAX_BATCH)
    return badRequest(`Number of batch request steps exceeds the maximum of ${MAX_BATCH}.`);
  const ids = requests.map((r) => r.id);
  if (ids.some((id) => typeof id !== 'string' || id === ''))
    return badRequest('Each batch request must have a non-empty string id.');
  if (new Set(ids).size !== ids.length) return badRequest('Batch request ids must be unique.');

  const responses = requests.map((inner) => {
    const id = inner.id as string;
    const url = typeof inner.url === 'string' ? inner.url : '';
    if (!url.startsWith('/'))
      return { id, ...withType(badRequest(`Invalid request URL '${url}': a relative URL is required.`)) };
    const [rawPath = '', rawQueryString = ''] = splitOnce(url.slice(1), '?');
    const headers: Record<string, string | undefined> = { authorization: outer.headers.authorization };
    for (const [k, v] of Object.entries(inner.headers ?? {})) headers[k.toLowerCase()] = v;
    const { query, rawQuery } = parseQuery(rawQueryString);
    const response = dispatch({
      ...outer,
      method: typeof inner.method === 'string' ? inner.method.toUpperCase() : 'GET',
      path: decodeURIComponent(rawPath),
      rawPath,
      query,
      rawQuery,
      headers,
      inBatch: true,
      body: undefined,
    });
    return { id, ...withType(response) };
  });
  return { status: 200, body: { responses: order === 'reverse' ? responses.reverse() : responses } };
}

function withType(response: DoubleResponse): {
  status: number;
  headers: Record<string, string>;
  body: unknown;
} {
  const type = typeof response.body === 'string' ? 'text/plain' : JSON_TYPE;
  return {
    status: response.status,
    headers: { 'Cache-Control': 'no-cache', 'Content-Type': type, ...response.headers },
    body: response.body,
  };
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}
