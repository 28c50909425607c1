// A JSON GET with plain fetch, for the one API that is not Graph (the portal backend): failures are
// thrown as the same GraphFailure the Graph calls throw, so retries and outcomes work alike.

import { GraphFailure } from './graph-failure.js';
import { parseRetryAfter } from './retry-after.js';

export async function fetchJson<T>(
  url: string,
  headers: Record<string, string>,
  endpoint: string,
  init: RequestInit,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      throw new GraphFailure({ kind: 'timeout', endpoint, detail: e.message });
    throw new GraphFailure({
      kind: 'network',
      endpoint,
      detail: `connection failed: ${[e.cause?.code, e.cause?.message].filter(Boolean).join(': ') || e.message}`,
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    const e = err as Error;
    throw new GraphFailure({
      kind: e.name === 'TimeoutError' ? 'timeout' : 'network',
      endpoint,
      detail: `the connection dropped while reading the response (${e.message})`,
    });
  }
  if (!response.ok) {
    let detail = text.slice(0, 300) || response.statusText;
    let code: string | undefined;
    try {
      const body = JSON.parse(text) as {
        message?: string;
        errorCode?: string;
        error?: { code?: string; message?: string };
      };
      detail = body.error?.message ?? body.message ?? detail;
      code = body.error?.code ?? body.errorCode;
    } catch {
      // not JSON: keep the text
    }
    throw new GraphFailure({
      kind: 'http',
      endpoint,
      status: response.status,
      code,
      detail,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
    });
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new GraphFailure({
      kind: 'malformed',
      endpoint,
      detail: `the JSON could not be parsed (${(err as Error).message}); the response was probably truncated`,
    });
  }
}
