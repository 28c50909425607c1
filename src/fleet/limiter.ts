// The limiter shared by every tenant of a fleet run: Graph limits an app across all the tenants it
// reads (130,000 requests per 10 s per app, https://learn.microsoft.com/graph/throttling-limits), so
// the tenants scanned with one multi-tenant app draw from one budget. The per-tenant limits (the
// reports pacing, retries, Retry-After) stay in the Graph layer of each scan.

export interface RateLimit {
  requests: number;
  windowMs: number;
}

/** Graph's global limit per app across all tenants. */
export const GRAPH_PER_APP_LIMIT: RateLimit = { requests: 130_000, windowMs: 10_000 };

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * A token bucket for one app: up to `requests` starts at once, refilled evenly over `windowMs`;
 * callers are served in arrival order.
 */
export class RequestGate {
  private tokens: number;
  private refilledAt = Date.now();
  private queue: Promise<void> = Promise.resolve();
  /** Requests let through, and the time callers spent waiting, in ms. */
  readonly counters = { requests: 0, waitedMs: 0 };

  constructor(private readonly limit: RateLimit) {
    this.tokens = limit.requests;
  }

  /** Resolves when one more request may start; rejects with the signal's reason when aborted first. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.take(signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason as Error;
      const now = Date.now();
      const rate = this.limit.requests / this.limit.windowMs;
      this.tokens = Math.min(this.limit.requests, this.tokens + (now - this.refilledAt) * rate);
      this.refilledAt = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        this.counters.requests += 1;
        return;
      }
      const waitMs = Math.max(1, Math.ceil((1 - this.tokens) / rate));
      this.counters.waitedMs += waitMs;
      await sleep(waitMs, signal);
    }
  }
}

/** One gate per app (client ID), shared by every tenant that app scans. */
export class AppRequestLimiter {
  private readonly gates = new Map<string, RequestGate>();

  constructor(readonly limit: RateLimit = GRAPH_PER_APP_LIMIT) {}

  forApp(clientId: string): RequestGate {
    const key = clientId.toLowerCase();
    let gate = this.gates.get(key);
    if (!gate) {
      gate = new RequestGate(this.limit);
      this.gates.set(key, gate);
    }
    return gate;
  }

  /** Requests let through across all apps. */
  get requests(): number {
    return [...this.gates.values()].reduce((n, g) => n + g.counters.requests, 0);
  }
}
