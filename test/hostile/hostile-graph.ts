// The "hostile Graph" fixture: an HTTPS proxy (same test CA, another port) in front of the Graph double
// that rewrites what the double answers per scenario — a nextLink to another origin, an error body
// echoing the Authorization header or the token form, wrong JSON types, null rows, redirects, stalls,
// 401/502 everywhere. Every URL of the double in a body (nextLinks, the OpenID document) is rewritten
// to the proxy's origin, so the scanner talks to the proxy only, as it would to a gateway.

import { createServer, type Server } from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Agent } from 'undici';
import type { DoublePki } from '../graph-double/certs.js';

export interface HostileRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface HostileAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a scenario does with a request: answer it itself, never answer ('stall'), or pass it on. */
export type Interception = HostileAnswer | 'stall' | undefined;

export interface Scenario {
  intercept?(req: HostileRequest): Interception;
  /** Rewrites the double's answer (already pointing at the proxy's origin). */
  rewrite?(req: HostileRequest, answer: HostileAnswer): HostileAnswer;
}

const HOP_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'accept-encoding',
  'keep-alive',
]);

export class HostileGraph {
  /** The scenario in force; tests swap it between runs. */
  scenario: Scenario = {};
  /** Every request the proxy received, in order. */
  readonly requests: HostileRequest[] = [];
  private origin_ = '';
  private readonly sockets = new Set<Socket>();
  private readonly agent: Agent;

  private constructor(
    private readonly server: Server,
    private readonly upstream: string,
    pki: DoublePki,
  ) {
    this.agent = new Agent({ connect: { ca: pki.caCert } });
  }

  static async start(upstream: string, pki: DoublePki): Promise<HostileGraph> {
    const server = createServer({ key: pki.serverKey, cert: pki.serverCert });
    const proxy = new HostileGraph(server, upstream, pki);
    server.on('connection', (socket: Socket) => {
      proxy.sockets.add(socket);
      socket.on('close', () => proxy.sockets.delete(socket));
    });
    server.on('secureConnection', (socket: Socket) => {
      proxy.sockets.add(socket);
      socket.on('close', () => proxy.sockets.delete(socket));
    });
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      proxy.onRequest(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`hostile proxy failure: ${(err as Error).message}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy.origin_ = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return proxy;
  }

  get origin(): string {
    return this.origin_;
  }

  use(scenario: Scenario): void {
    this.scenario = scenario;
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.agent.close();
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: HostileRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(request);
    const intercepted = this.scenario.intercept?.(request);
    if (intercepted === 'stall') return; // the socket stays open until the client gives up or stop()
    let answer = intercepted ?? (await this.forward(request));
    if (!intercepted && this.scenario.rewrite) answer = this.scenario.rewrite(request, answer);
    const bytes = Buffer.from(answer.body, 'utf8');
    res.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(bytes.length) });
    res.end(bytes);
  }

  private async forward(req: HostileRequest): Promise<HostileAnswer> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined && !HOP_HEADERS.has(k)) headers[k] = Array.isArray(v) ? v.join(',') : v;
    const response = await fetch(`${this.upstream}${req.url}`, {
      method: req.method,
      headers,
      ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body: req.body }),
      redirect: 'manual',
      dispatcher: this.agent,
    } as RequestInit);
    const kept: Record<string, string> = {};
    for (const name of ['content-type', 'retry-after', 'location', 'request-id'])
      if (response.headers.get(name)) kept[name] = response.headers.get(name)!;
    const text = await response.text();
    return { status: response.status, headers: kept, body: text.split(this.upstream).join(this.origin) };
  }
}

/** A JSON answer, as Graph or the identity service would send it. */
export function jsonAnswer(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): HostileAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** The answer's JSON body changed by `edit` (which may mutate it or return a new value). */
export function editJson(answer: HostileAnswer, edit: (body: any) => unknown): HostileAnswer {
  const body = JSON.parse(answer.body) as unknown;
  const edited = edit(body);
  return { ...answer, body: JSON.stringify(edited === undefined ? body : edited) };
}

/** Changes the inner response `id` of a $batch answer. */
export function editBatchInner(
  answer: HostileAnswer,
  id: string,
  edit: (inner: { status: number; headers?: Record<string, string>; body?: any }) => void,
): HostileAnswer {
  return editJson(answer, (body: { responses: Array<{ id: string }> }) => {
    for (const r of body.responses) if (r.id === id) edit(r as never);
  });
}

export const isGraph = (req: HostileRequest) => /^\/(v1\.0|beta)\//.test(req.url);
export const isTokenRequest = (req: HostileRequest) => /\/oauth2\/v2\.0\/token$/.test(req.url.split('?')[0]!);
export const isOpenIdDocument = (req: HostileRequest) => /openid-configuration/.test(req.url);
export const pathIs = (req: HostileRequest, path: string) => req.url.split('?')[0] === path;
