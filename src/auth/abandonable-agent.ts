// The HTTPS agent the identity pipeline signs in through. @azure/identity ignores abortSignal for most
// credentials and retries a dropped connection, so a stalled token endpoint or OpenID document would
// keep the process alive past the deadline: abandoning the agent closes its connections and makes
// every later request on it fail at once.

import { Agent, type AgentOptions } from 'node:https';
import type { ClientRequest } from 'node:http';
import { rootCertificates } from 'node:tls';

export class AbandonableAgent extends Agent {
  private abandoned = false;

  /** `extraCa`: a PEM CA to trust besides the system store (tests; production uses NODE_EXTRA_CA_CERTS). */
  constructor(extraCa?: string, options: AgentOptions = {}) {
    super({ ...options, ...(extraCa ? { ca: [...rootCertificates, extraCa] } : {}) });
  }

  abandon(): void {
    this.abandoned = true;
    this.destroy();
  }

  // Node's Agent hands every request to addRequest (not in @types/node's public surface).
  addRequest(req: ClientRequest, options: unknown): void {
    if (this.abandoned) {
      process.nextTick(() => req.destroy(new Error('sign-in was abandoned at the deadline')));
      return;
    }
    (Agent.prototype as unknown as { addRequest(r: ClientRequest, o: unknown): void }).addRequest.call(
      this,
      req,
      options,
    );
  }
}
