// The identity-and-access reports limit: at most `limit` requests per `windowMs` per tenant
// (Graph: 5 per 10 s per app per tenant). Beyond it the double answers 429 with Retry-After.

export interface ThrottleLimit {
  limit: number;
  windowMs: number;
}

export class SlidingWindowThrottle {
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly limit: ThrottleLimit) {}

  /** Admits the request (and counts it), or says how long until a slot frees up. */
  admit(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterMs: number } {
    const recent = (this.starts.get(key) ?? []).filter((t) => t > now - this.limit.windowMs);
    if (recent.length >= this.limit.limit) {
      this.starts.set(key, recent);
      return { ok: false, retryAfterMs: recent[0]! + this.limit.windowMs - now };
    }
    recent.push(now);
    this.starts.set(key, recent);
    return { ok: true };
  }
}
