// The Graph test double: one HTTPS server on 127.0.0.1 serving the identity endpoints MSAL uses, the
// Graph routes the collectors read (v1.0 and beta, $batch included) and the portal backend, from
// tenant models. It adds latency, enforces the reports throttle and permissions, injects faults,
// and counts every request.

import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { handleAuth, type AuthContext } from './auth-routes.js';
import { handleBatch } from './batch.js';
import { testPki, type DoublePki } from './certs.js';
import { forbidden, graphError, notLicensed, tooManyRequests, unauthorized } from './errors.js';
import { FaultBook, retryAfterValue, type FaultSpec } from './faults.js';
import { findRoute } from './graph-routes.js';
import type { DoubleRequest, DoubleResponse, GraphVersion, WireFault } from './http-types.js';
import { pageIndex } from './odata-collection.js';
import { handlePortal, portalRouteName } from './portal-routes.js';
import { parseQuery } from './request-parts.js';
import type { DoubleTenant } from './tenant.js';
import { SlidingWindowThrottle, type ThrottleLimit } from './throttle.js';
import { TokenIssuer, type AccessClaims } from './tokens.js';

export interface GraphDoubleOptions {
  tenants: DoubleTenant[];
  /** Added to every HTTP request (identity endpoints included), in ms. */
  latencyMs?: number;
  /** The reports limit; default Graph's 5 per 10 s per tenant; null turns it off. */
  reportThrottle?: ThrottleLimit | null;
  faults?: FaultSpec[];
  /** Order of $batch responses (Graph may reorder them): default reversed. */
  batchOrder?: 'keep' | 'reverse';
  deviceCodePendingPolls?: number;
  pki?: DoublePki;
  port?: number;
}

export interface RequestLogEntry {
  at: number;
  method: string;
  url: string;
  route: string;
  status: number;
  inBatch: boolean;
}

export interface DoubleStats {
  /** HTTP requests received (identity, Graph, portal). */
  httpRequests: number;
  /** Plain Graph requests plus $batch POSTs. */
  graphRequests: number;
  tokenRequests: number;
  batches: number;
  innerRequests: number;
  /** Graph requests by route, inner $batch requests included. */
  byRoute: Record<string, number>;
  /** Requests to reports/* and auditLogs/* (inner ones included). */
  reportRequests: number;
  throttled: number;
  log: RequestLogEntry[];
}

const GRAPH_AUDIENCES = new Set([
  'https://graph.microsoft.com',
  'https://graph.microsoft.us',
  'https://dod-graph.microsoft.us',
  'https://microsoftgraph.chinacloudapi.cn',
  '00000003-0000-0000-c000-000000000000',
]);
const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const emptyStats = (): DoubleStats => ({
  httpRequests: 0, graphRequests: 0, tokenRequests: 0, batches: 0, innerRequests: 0, byRoute: {}, reportRequests: 0, throttled: 0, log: [],
});

export class GraphDouble {
  readonly faults = new FaultBook();
  stats: DoubleStats = emptyStats();
  latencyMs: number;
  private readonly issuer = new TokenIssuer();
  private readonly throttle: SlidingWindowThrottle | undefined;
  private readonly auth: AuthContext;
  private origin_ = '';

  private constructor(
    private readonly server: Server,
    private readonly opts: GraphDoubleOptions,
    readonly pki: DoublePki,
  ) {
    this.latencyMs = opts.latencyMs ?? 0;
    const limit = opts.reportThrottle === undefined ? { limit: 5, windowMs: 10_000 } : opts.reportThrottle;
    this.throttle = limit ? new SlidingWindowThrottle(limit) : undefined;
    this.faults.add(...(opts.faults ?? []));
    this.auth = {
      origin: '',
      issuer: this.issuer,
      findTenant: (t) => this.findTenant(t),
      deviceCodes: new Map(),
      deviceCodePendingPolls: opts.deviceCodePendingPolls ?? 0,
    };
  }

  static async start(opts: GraphDoubleOptions): Promise<GraphDouble> {
    const pki = opts.pki ?? testPki();
    const server = createServer({ key: pki.serverKey, cert: pki.serverCert });
    server.keepAliveTimeout = 30_000;
    const double = new GraphDouble(server, opts, pki);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      double.onRequest(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`double failure: ${(err as Error).stack}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
    double.origin_ = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    double.auth.origin = double.origin_;
    return double;
  }

  /** https://127.0.0.1:PORT: the Graph endpoint, the authority host and the portal endpoint at once. */
  get origin(): string {
    return this.origin_;
  }

  get tenants(): DoubleTenant[] {
    return this.opts.tenants;
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  findTenant(idOrDomain: string): DoubleTenant | undefined {
    const key = idOrDomain.toLowerCase();
    return this.opts.tenants.find(
      (t) => t.id.toLowerCase() === key || (t.model.sources.organization.data?.verifiedDomains ?? []).some((d) => d.name.toLowerCase() === key),
    );
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const [rawPath, rawQueryString] = q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q + 1)];
    this.stats.httpRequests += 1;
    if (this.latencyMs > 0) await sleep(this.latencyMs);

    const version = /^\/(v1\.0|beta)\//.exec(rawPath)?.[1] as GraphVersion | undefined;
    let route: string;
    let defaultTop = 100;
    let respond: () => DoubleResponse;
    if (rawPath.startsWith('/_double/')) {
      route = 'control';
      respond = () => this.control(rawPath, req.method ?? 'GET', rawBody);
    } else if (version) {
      const path = rawPath.slice(version.length + 2);
      const found = path === '$batch' ? undefined : findRoute(version, decodeURIComponent(path))?.route;
      route = path === '$batch' ? 'batch' : (found?.name ?? 'unknown');
      defaultTop = found?.defaultTop ?? 100;
      respond = () => this.graph(req, version, path, rawQueryString, rawBody);
    } else if (rawPath.startsWith('/api/')) {
      route = portalRouteName(rawPath) ?? 'portal';
      respond = () => {
        const fault = this.faults.take(route, 0, false, false);
        return (fault && this.injected(fault)) ?? handlePortal(rawPath, this.claimsOf(req), this.findTenant(this.claimsOf(req)?.tid ?? ''));
      };
    } else {
      route = /openid-configuration$/.test(rawPath) ? 'openid' : /devicecode$/.test(rawPath) ? 'devicecode' : 'token';
      if (route === 'token') this.stats.tokenRequests += 1;
      respond = () =>
        handleAuth(this.auth, req.method ?? 'GET', rawPath, new URLSearchParams(rawBody)) ?? { status: 404, body: { error: 'not_found', error_description: `No endpoint at ${rawPath}` } };
    }

    const page = version ? pageIndex({ query: parseQuery(rawQueryString).query } as DoubleRequest, defaultTop) : 0;
    const wire = route === 'control' ? undefined : this.faults.take(route, page, false, true);
    if (wire?.kind === 'slow') await sleep(wire.delayMs ?? 1000);
    if (wire?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    const response = respond();
    if (wire && wire.kind !== 'slow') response.wire = wire.kind as WireFault;
    this.stats.log.push({ at: Date.now(), method: req.method ?? 'GET', url, route, status: response.status, inBatch: false });
    this.write(req, res, response);
  }

  private claimsOf(req: IncomingMessage): AccessClaims | undefined {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') ? this.issuer.verify(header.slice(7)) : undefined;
  }

  private graph(req: IncomingMessage, version: GraphVersion, rawPath: string, rawQueryString: string, rawBody: string): DoubleResponse {
    this.stats.graphRequests += 1;
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) return unauthorized('Access token is empty.');
    const claims = this.claimsOf(req);
    if (!claims) return unauthorized('Access token validation failure. Invalid signature or expired token.');
    if (!GRAPH_AUDIENCES.has(claims.aud)) return unauthorized(`Access token validation failure. Invalid audience '${claims.aud}'.`);
    const tenant = this.findTenant(claims.tid);
    if (!tenant) return unauthorized(`Tenant '${claims.tid}' is unknown.`);
    const { query, rawQuery } = parseQuery(rawQueryString);
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      return graphError(400, 'BadRequest', 'Unable to read JSON request payload.');
    }
    const request: DoubleRequest = {
      method: req.method ?? 'GET',
      version,
      path: decodeURIComponent(rawPath),
      rawPath,
      query,
      rawQuery,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v])),
      tenant,
      claims,
      origin: this.origin,
      inBatch: false,
      body,
    };
    if (request.path === '$batch' && request.method === 'POST') {
      this.stats.batches += 1;
      return handleBatch(request, (inner) => this.dispatch(inner), this.opts.batchOrder ?? 'reverse');
    }
    return this.dispatch(request);
  }

  private dispatch(req: DoubleRequest): DoubleResponse {
    if (req.inBatch) this.stats.innerRequests += 1;
    const found = findRoute(req.version, req.path);
    if (!found || req.method !== 'GET') {
      const segment = req.path.split('/')[0] ?? '';
      return graphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
    }
    const { route, params } = found;
    this.stats.byRoute[route.name] = (this.stats.byRoute[route.name] ?? 0) + 1;
    if (req.inBatch) this.stats.log.push({ at: Date.now(), method: req.method, url: `/${req.rawPath}`, route: route.name, status: 0, inBatch: true });
    if (route.report) {
      this.stats.reportRequests += 1;
      const admitted = this.throttle?.admit(req.tenant.id);
      if (admitted && !admitted.ok) {
        this.stats.throttled += 1;
        return tooManyRequests(String(Math.max(1, Math.ceil(admitted.retryAfterMs / 1000))));
      }
    }
    const fault = this.faults.take(route.name, pageIndex(req, route.defaultTop ?? 100), req.inBatch, false);
    const injected = fault && this.injected(fault);
    if (injected) return injected;
    if (!route.permissions.some((set) => set.every((p) => req.claims.roles?.includes(p)))) return forbidden();
    const status = route.source ? req.tenant.model.sources[route.source].outcome.status : 'ok';
    if (status === 'forbidden') return forbidden();
    if (status === 'not_licensed') return notLicensed();
    if (status === 'error') return graphError(500, 'UnknownError', 'An unexpected error occurred (model).');
    if (status === 'unavailable') return graphError(404, 'ResourceNotFound', 'This resource is not available in this cloud.');
    return route.handle({ req, params, loop: fault?.kind === 'loop' });
  }

  private injected(fault: FaultSpec): DoubleResponse | undefined {
    switch (fault.kind) {
      case 'forbidden':
        return forbidden();
      case 'forbiddenNoCode':
        return graphError(403, '', 'Forbidden.');
      case 'notLicensed':
        return notLicensed();
      case 'throttle': {
        const response = tooManyRequests(retryAfterValue(fault));
        if (fault.noRetryAfter) response.headers = {};
        return response;
      }
      case 'serverError': {
        const status = fault.status ?? 503;
        return graphError(status, status === 504 ? 'GatewayTimeout' : 'ServiceUnavailable', 'The service is temporarily unavailable (injected).', {
          ...(fault.retryAfterSeconds !== undefined ? { 'Retry-After': retryAfterValue(fault) } : {}),
        });
      }
      case 'notFound':
        return graphError(404, 'Request_ResourceNotFound', 'Resource not found (injected).');
      default:
        return undefined;
    }
  }

  private control(path: string, method: string, rawBody: string): DoubleResponse {
    if (path === '/_double/stats') return { status: 200, body: { ...this.stats, faults: this.faults.hits() } };
    if (path === '/_double/reset' && method === 'POST') {
      this.resetStats();
      this.faults.clear();
      return { status: 204 };
    }
    if (path === '/_double/faults' && method === 'POST') {
      this.faults.add(...(JSON.parse(rawBody) as FaultSpec[]));
      return { status: 204 };
    }
    return { status: 404, body: { error: `no control endpoint ${path}` } };
  }

  private write(req: IncomingMessage, res: ServerResponse, response: DoubleResponse): void {
    const isText = typeof response.body === 'string';
    const payload = response.body === undefined ? '' : isText ? (response.body as string) : JSON.stringify(response.body);
    const headers: Record<string, string> = {
      'request-id': randomUUID(),
      'client-request-id': String(req.headers['client-request-id'] ?? randomUUID()),
      ...(response.body === undefined ? {} : { 'Content-Type': isText ? 'text/plain' : JSON_TYPE }),
      ...response.headers,
    };
    const bytes = Buffer.from(payload, 'utf8');
    if (response.wire === 'truncate') {
      const half = bytes.subarray(0, Math.floor(bytes.length / 2));
      res.writeHead(response.status, { ...headers, 'Content-Length': String(half.length) });
      res.end(half);
      return;
    }
    res.writeHead(response.status, { ...headers, 'Content-Length': String(bytes.length) });
    if (response.wire === 'cut') {
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => setTimeout(() => req.socket.destroy(), 5));
      return;
    }
    res.end(bytes);
  }
}
