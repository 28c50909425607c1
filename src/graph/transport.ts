// Every Graph request of a scan goes through here: bounded retries on 429 (Retry-After in seconds or
// as an HTTP date), 5xx, timeouts, dropped connections and truncated bodies, with backoff; a timeout
// per attempt; the per-scan deadline; pacing of the reports endpoints; a cap on concurrency.

import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { classifyError } from './classify-error.js';
import { fetchJson } from './fetch-json.js';
import { GraphFailure } from './graph-failure.js';
import { Pacer, PacerDeadlineError, type ReleaseSlot } from './pacer.js';
import { Semaphore } from './semaphore.js';
import type { TransportLimits } from './transport-limits.js';

export type GraphVersion = 'v1.0' | 'beta';

export interface GraphCall {
  /** A path under the version (`/organization?$select=id`) or an absolute @odata.nextLink. */
  url: string;
  version?: GraphVersion;
  headers?: Record<string, string>;
  /** Counts against the reports limit, so it is paced. */
  report?: boolean;
  /** Read the body as text (`$count` answers text/plain). */
  text?: boolean;
  /** How messages name the call (defaults to the version and url). */
  endpoint?: string;
  /** Not Graph: fetched directly (the portal backend). */
  external?: boolean;
}

export interface RetryNotice {
  endpoint: string;
  attempt: number;
  waitMs: number;
  failure: GraphFailure;
}

export interface TransportCounters {
  requests: number;
  /** Requests Graph answered (any HTTP status): none means Graph was never reached. */
  answered: number;
  retries: number;
  throttled: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function endpointOf(call: GraphCall): string {
  if (call.endpoint) return call.endpoint;
  if (/^https:\/\//.test(call.url)) return new URL(call.url).pathname;
  return `/${call.version ?? 'v1.0'}${call.url.startsWith('/') ? '' : '/'}${decodeURIComponent(call.url)}`;
}

export class GraphTransport {
  readonly counters: TransportCounters = { requests: 0, answered: 0, retries: 0, throttled: 0 };
  readonly pacer: Pacer;
  private readonly semaphore: Semaphore;
  /** Awaited before every attempt: a request budget shared across scans (a fleet's per-app limit). */
  beforeRequest?: () => Promise<void>;

  constructor(
    private readonly client: Client,
    private readonly limits: TransportLimits,
    /** Epoch ms after which nothing new starts and no wait is begun. */
    readonly deadline: number,
    private readonly onRetry?: (notice: RetryNotice) => void,
    /** Fetch options for calls outside Graph (the portal backend); tests pass a dispatcher. */
    private readonly fetchOptions?: RequestInit,
  ) {
    this.pacer = new Pacer(limits.reports);
    this.semaphore = new Semaphore(limits.concurrency);
  }

  get<T>(call: GraphCall): Promise<T> {
    return this.send<T>(call, 'GET');
  }

  post<T>(call: GraphCall, body: unknown): Promise<T> {
    return this.send<T>(call, 'POST', body);
  }

  /** A JSON GET outside Graph (the portal backend) with the same retries, timeouts and deadline. */
  getExternal<T>(url: string, headers: Record<string, string>, endpoint: string): Promise<T> {
    return this.send<T>({ url, headers, endpoint, external: true }, 'GET');
  }

  private async send<T>(call: GraphCall, method: 'GET' | 'POST', body?: unknown): Promise<T> {
    const endpoint = endpointOf(call);
    for (let attempt = 1; ; attempt++) {
      if (this.deadline <= Date.now())
        throw new GraphFailure({
          kind: 'deadline',
          endpoint,
          detail: 'the scan deadline had passed',
          attempts: attempt - 1,
        });
      let failure: GraphFailure;
      try {
        const result = await this.attempt<T>(call, method, body, endpoint);
        this.counters.answered += 1;
        return result;
      } catch (err) {
        failure = classifyError(err, endpoint).withMethod(method);
        if (failure.kind === 'http') this.counters.answered += 1;
      }
      const waitMs = this.waitBeforeRetry(failure, attempt, call, endpoint);
      this.counters.retries += 1;
      this.onRetry?.({ endpoint, attempt, waitMs, failure });
      await sleep(waitMs);
    }
  }

  /** One attempt. A paced request goes out the moment its slot is granted (queueing it behind other
   * requests would bunch report requests together); the pacer bounds those anyway. */
  private async attempt<T>(
    call: GraphCall,
    method: 'GET' | 'POST',
    body: unknown,
    endpoint: string,
  ): Promise<T> {
    await this.beforeRequest?.();
    const timeout = () => Math.min(this.limits.requestTimeoutMs, this.deadline - Date.now());
    if (!call.report) return this.semaphore.run(() => this.once<T>(call, method, body, timeout()));
    const release = await this.pace(endpoint);
    try {
      return await this.once<T>(call, method, body, timeout());
    } finally {
      release();
    }
  }

  /** How long to wait before retrying `failure`; throws it when it is not worth (or not allowed) another attempt. */
  private waitBeforeRetry(failure: GraphFailure, attempt: number, call: GraphCall, endpoint: string): number {
    if (!failure.transient || attempt >= this.limits.maxAttempts) throw failure.withAttempts(attempt);
    const waitMs = failure.retryAfterMs ?? this.backoff(attempt);
    if (failure.status === 429) {
      this.counters.throttled += 1;
      if (call.report) this.pacer.pause(waitMs);
    }
    if (waitMs > this.limits.maxRetryAfterMs) {
      const detail = `${failure.detail} (Retry-After ${Math.ceil(waitMs / 1000)} s is longer than the ${this.limits.maxRetryAfterMs / 1000} s this scan waits)`;
      throw new GraphFailure({ ...failure, detail, attempts: attempt });
    }
    if (Date.now() + waitMs >= this.deadline) {
      throw new GraphFailure({
        kind: 'deadline',
        endpoint,
        detail: `${failure.describe()}; waiting ${Math.ceil(waitMs / 1000)} s more would pass the deadline`,
        attempts: attempt,
      });
    }
    return waitMs;
  }

  private async pace(endpoint: string): Promise<ReleaseSlot> {
    try {
      return await this.pacer.acquire(this.deadline);
    } catch (err) {
      if (err instanceof PacerDeadlineError)
        throw new GraphFailure({ kind: 'deadline', endpoint, detail: err.message });
      throw err;
    }
  }

  private once<T>(call: GraphCall, method: 'GET' | 'POST', body: unknown, timeoutMs: number): Promise<T> {
    this.counters.requests += 1;
    if (call.external)
      return fetchJson<T>(call.url, call.headers ?? {}, endpointOf(call), {
        ...this.fetchOptions,
        signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
      });
    let request = this.client.api(call.url);
    if (!/^https:\/\//.test(call.url)) request = request.version(call.version ?? 'v1.0');
    request = request
      .headers(call.headers ?? {})
      .option('signal', AbortSignal.timeout(Math.max(1, timeoutMs)));
    if (call.text) request = request.responseType(ResponseType.TEXT);
    return (method === 'GET' ? request.get() : request.post(body)) as Promise<T>;
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.limits.backoffMaxMs, this.limits.backoffBaseMs * 2 ** (attempt - 1));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }
}
