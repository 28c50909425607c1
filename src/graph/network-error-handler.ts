// Middleware between the client's telemetry and fetch: fetch reports every network failure as
// "TypeError: fetch failed" with the reason in `cause`, which the Graph client drops. This names the
// reason (ECONNREFUSED, "other side closed", a TLS error, a timeout) before the client wraps it.

import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

function reasonOf(err: Error): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const parts = [cause?.code, cause?.message].filter(Boolean);
  return parts.length > 0 ? parts.join(': ') : err.message;
}

export class NetworkErrorHandler implements Middleware {
  private next?: Middleware;

  async execute(context: Context): Promise<void> {
    try {
      await this.next!.execute(context);
    } catch (err) {
      const e = err as Error;
      if (e.name === 'TimeoutError' || e.name === 'AbortError') throw e;
      const named = new Error(`connection failed: ${reasonOf(e)}`);
      named.name = 'NetworkError';
      throw named;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
