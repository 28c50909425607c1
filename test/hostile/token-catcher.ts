// A foreign HTTPS server on another port of the same host (same test certificate): it answers every
// request with an empty Graph page and records what arrived, so a test can see whether the bearer
// token or a followed redirect reached it. `http: true` serves plain HTTP (a downgrade target).

import { createServer as createHttps } from 'node:https';
import {
  createServer as createHttp,
  type IncomingMessage,
  type ServerResponse,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DoublePki } from '../graph-double/certs.js';

export interface CaughtRequest {
  url: string;
  authorization?: string;
}

export class TokenCatcher {
  readonly caught: CaughtRequest[] = [];
  private origin_ = '';

  private constructor(private readonly server: Server) {}

  static async start(pki: DoublePki, opts: { http?: boolean } = {}): Promise<TokenCatcher> {
    const server = opts.http ? createHttp() : createHttps({ key: pki.serverKey, cert: pki.serverCert });
    const catcher = new TokenCatcher(server);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      catcher.caught.push({ url: req.url ?? '/', authorization: req.headers.authorization });
      const body = JSON.stringify({
        value: [],
        // What a foreign server would like the scan to believe: SSPR on for everyone.
        isSsprEnabled: true,
      });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    catcher.origin_ = `${opts.http ? 'http' : 'https'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return catcher;
  }

  get origin(): string {
    return this.origin_;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
