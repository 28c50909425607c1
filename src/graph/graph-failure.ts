// A Graph call that failed for good (after any retries), with what the collectors need to record it:
// the kind of failure, the HTTP status and Graph error code when there was a response, and a message
// that names the endpoint and what was expected. Never carries a token: Graph's words pass the
// redactor here, where they enter, since some gateways echo the request's Authorization header.

import { redactSecrets } from '../util/redactor.js';

export type FailureKind =
  | 'http' // Graph answered with an error status (see status and code)
  | 'timeout' // no complete answer within the per-request timeout
  | 'network' // the connection failed or dropped
  | 'malformed' // the body was not what Graph sends (truncated JSON, no `value`, …)
  | 'loop' // an @odata.nextLink pointed back at a page already read
  | 'deadline' // the per-scan deadline passed, or a wait would have passed it
  | 'auth'; // the token could not be acquired

export interface FailureDetails {
  kind: FailureKind;
  endpoint: string;
  /** The HTTP method, for messages (default GET). */
  method?: 'GET' | 'POST';
  status?: number;
  code?: string;
  /** Graph's own message (or the transport's), in Graph's words. */
  detail: string;
  retryAfterMs?: number;
  attempts?: number;
  /** Never worth another attempt, whatever the kind (a refused foreign link, a body that breaks the schema). */
  permanent?: boolean;
}

export class GraphFailure extends Error {
  readonly kind: FailureKind;
  readonly endpoint: string;
  method: 'GET' | 'POST';
  readonly status?: number;
  readonly code?: string;
  readonly detail: string;
  readonly retryAfterMs?: number;
  readonly permanent: boolean;
  attempts: number;

  constructor(d: FailureDetails) {
    super('');
    this.name = 'GraphFailure';
    this.kind = d.kind;
    this.endpoint = d.endpoint;
    this.method = d.method ?? 'GET';
    this.status = d.status;
    this.code = d.code === undefined ? undefined : redactSecrets(d.code);
    this.detail = redactSecrets(d.detail);
    this.retryAfterMs = d.retryAfterMs;
    this.attempts = d.attempts ?? 1;
    this.permanent = d.permanent ?? false;
    this.message = this.describe();
  }

  /** True for failures worth another attempt: throttling, 5xx, timeouts, dropped or truncated responses. */
  get transient(): boolean {
    if (this.permanent) return false;
    if (this.kind === 'timeout' || this.kind === 'network' || this.kind === 'malformed') return true;
    return (
      this.kind === 'http' &&
      (this.status === 429 ||
        this.status === 500 ||
        this.status === 502 ||
        this.status === 503 ||
        this.status === 504)
    );
  }

  /** Names the HTTP method the request used (the message says it). */
  withMethod(method: 'GET' | 'POST'): GraphFailure {
    this.method = method;
    this.message = this.describe();
    return this;
  }

  withAttempts(attempts: number): GraphFailure {
    this.attempts = attempts;
    this.message = this.describe();
    return this;
  }

  describe(): string {
    const tries = this.attempts > 1 ? ` after ${this.attempts} attempts` : '';
    switch (this.kind) {
      case 'http':
        return `${this.method} ${this.endpoint} answered HTTP ${this.status}${this.code ? ` ${this.code}` : ''}${tries}: ${this.detail}`;
      case 'timeout':
        return `${this.method} ${this.endpoint} gave no complete answer in time${tries} (${this.detail})`;
      case 'network':
        return `${this.method} ${this.endpoint} failed on the network${tries}: ${this.detail}`;
      case 'malformed':
        return `${this.method} ${this.endpoint} returned a body that is not what Graph sends${tries}: ${this.detail}`;
      case 'loop':
        return `${this.method} ${this.endpoint}: ${this.detail}`;
      case 'deadline':
        return `${this.method} ${this.endpoint} was not completed before the scan deadline: ${this.detail}`;
      case 'auth':
        return `${this.method} ${this.endpoint} could not get an access token: ${this.detail}`;
    }
  }
}
