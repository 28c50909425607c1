// First in the Graph client's middleware chain, before the token is attached: a request to any origin
// other than the configured Graph origin (scheme, host AND port) is refused. The client's own check
// (customHosts) compares the host name only, so an @odata.nextLink to https://<graph host>:<other
// port>/ would otherwise receive the bearer token (issue 11, item 1; DESIGN.md "Sign-in types").

import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export const FOREIGN_ORIGIN = 'ForeignOriginError';

export class OriginGuard implements Middleware {
  private next?: Middleware;

  constructor(private readonly origin: string) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = '(not a URL)';
    }
    if (origin !== this.origin) {
      const refused = new Error(
        `a link to ${origin} was not followed: only the configured Graph origin ${this.origin} receives the token`,
      );
      refused.name = FOREIGN_ORIGIN;
      throw refused;
    }
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
