// Turns whatever the Graph client threw into a GraphFailure: GraphError (HTTP status + Graph error
// code, or a body that failed to parse), fetch failures (refused, reset, dropped mid-body), timeouts.

import { GraphError } from '@microsoft/microsoft-graph-client';
import { GraphFailure } from './graph-failure.js';
import { FOREIGN_ORIGIN } from './origin-guard.js';
import { parseRetryAfter } from './retry-after.js';

const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError']);
const AUTH_NAMES = new Set([
  'AuthenticationRequiredError',
  'CredentialUnavailableError',
  'AuthenticationError',
  'AggregateAuthenticationError',
]);

function headerOf(headers: unknown, name: string): string | undefined {
  if (headers && typeof (headers as Headers).get === 'function')
    return (headers as Headers).get(name) ?? undefined;
  if (headers && typeof headers === 'object') {
    const entry = Object.entries(headers).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return entry ? String(entry[1]) : undefined;
  }
  return undefined;
}

/** Graph's error message from a GraphError body (a JSON string of the `error` object). */
function graphMessage(err: GraphError): string {
  if (typeof err.body === 'string') {
    try {
      const parsed = JSON.parse(err.body) as { message?: string };
      if (parsed.message) return parsed.message;
    } catch {
      return err.body.slice(0, 300);
    }
  }
  return err.message || 'no error message';
}

export function classifyError(err: unknown, endpoint: string): GraphFailure {
  if (err instanceof GraphFailure) return err;
  if (err instanceof GraphError) {
    const code = err.code ?? undefined;
    if (code && TIMEOUT_NAMES.has(code))
      return new GraphFailure({ kind: 'timeout', endpoint, detail: err.message || code });
    if (code && AUTH_NAMES.has(code))
      return new GraphFailure({ kind: 'auth', endpoint, detail: err.message });
    if (code === 'NetworkError') return new GraphFailure({ kind: 'network', endpoint, detail: err.message });
    if (code === FOREIGN_ORIGIN)
      return new GraphFailure({
        kind: 'malformed',
        endpoint,
        detail: String(err.body ?? err.message).replace(`${FOREIGN_ORIGIN}: `, ''),
        permanent: true,
      });
    if (err.statusCode >= 200 && err.statusCode < 300) {
      // The status was fine but reading or parsing the body failed: a dropped or truncated response.
      const dropped = code === 'TypeError';
      return new GraphFailure({
        kind: dropped ? 'network' : 'malformed',
        endpoint,
        detail: dropped
          ? `the connection dropped while reading the response (${err.message})`
          : `the JSON could not be parsed (${err.message}); the response was probably truncated`,
      });
    }
    if (err.statusCode > 0) {
      return new GraphFailure({
        kind: 'http',
        endpoint,
        status: err.statusCode,
        code: code && code !== 'SyntaxError' ? code : undefined,
        detail: code === 'SyntaxError' ? 'the error body was not JSON' : graphMessage(err),
        retryAfterMs: parseRetryAfter(headerOf(err.headers, 'Retry-After')),
      });
    }
    return new GraphFailure({ kind: 'network', endpoint, detail: err.message || String(err.body) });
  }
  const e = err as Error;
  if (e && TIMEOUT_NAMES.has(e.name))
    return new GraphFailure({ kind: 'timeout', endpoint, detail: e.message });
  if (e && AUTH_NAMES.has(e.name)) return new GraphFailure({ kind: 'auth', endpoint, detail: e.message });
  return new GraphFailure({ kind: 'network', endpoint, detail: e?.message ?? String(err) });
}

export { headerOf };
