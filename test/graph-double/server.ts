// The Graph test double: one HTTPS server on 127.0.0.1 serving the identity endpoints MSAL uses, the
// Graph routes the collectors read (v1.0 and beta, $batch included) and the portal backend, from
// tenant models. It adds latency, enforces the reports throttle and permissions, injects faults,
// and counts every request.

import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadMetadata } from '../graph-metadata/graph-metadata.js';
import { handleAuth, type AuthContext } from './auth-routes.js';
import { handleBatch } from './batch.js';
import { testPki, type DoublePki } from './certs.js';
import { graphError, unauthorized } from './errors.js';
import { faultResponse } from './fault-responses.js';
import { FaultBook, type FaultSpec } from './faults.js';
import { dispatchGraph } from './graph-dispatch.js';
import { findRoute } from './graph-routes.js';
import type { DoubleRequest, DoubleResponse, GraphVersion, WireFault } from './http-types.js';
import { pageIndex } from './odata-collection.js';
import { handlePortal, portalRouteName } from './portal-routes.js';
import { parseQuery } from './request-parts.js';
import { writeResponse } from './response-writer.js';
import { emptyStats, type DoubleStats } from './stats.js';
import type { DoubleTenant } from './tenant.js';
import { SlidingWindowThrottle, type ThrottleLimit } from './throttle.js';
import { TokenIssuer, type AccessClaims } from './tokens.js';

export type { DoubleStats, RequestLogEntry } from './stats.js';

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
  /** Keep every answered Graph body in stats.log (tests holding the double against the metadata). */
  captureBodies?: boolean;
  pki?: DoublePki;
  port?: number;
  /** Starts every access token's signature, so a test can grep its outputs for leaked tokens. */
  tokenMarker?: string;
}

const GRAPH_AUDIENCES = new Set([
  'https://graph.microsoft.com',
  'https://graph.microsoft.us',
  'https://dod-graph.microsoft.us',
  'https://microsoftgraph.chinacloudapi.cn',
  '00000003-0000-0000-c000-000000000000',
]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How to answer one incoming request, and under which route name faults are matched. */
interface Handling {
  route: string;
  page: number;
  version?: GraphVersion;
  respond: () => DoubleResponse;
}

export class GraphDouble {
  readonly faults = new FaultBook();
  stats: DoubleStats = emptyStats();
  private readonly stalls = new Set<NodeJS.Timeout>();
  latencyMs: number;
  private readonly issuer: TokenIssuer;
  private readonly throttle: SlidingWindowThrottle | undefined;
  private readonly auth: AuthContext;
  private origin_ = '';

  private constructor(
    private readonly server: Server,
    private readonly opts: GraphDoubleOptions,
    readonly pki: DoublePki,
  ) {
    this.latencyMs = opts.latencyMs ?? 0;
    this.issuer = new TokenIssuer(opts.tokenMarker);
    const limit = opts.reportThrottle === undefined ? { limit: 5, windowMs: 10_000 } : opts.reportThrottle;
    this.throttle = limit ? new SlidingWindowThrottle(limit) : undefined;
    this.faults.add(...(opts.faults ?? []));
    this.auth = {
      origin: '',
      issuer: this.issuer,
      findTenant: (t) => this.findTenant(t),
      deviceCodes: new Map(),
      refreshTokens: new Map(),
      deviceCodePendingPolls: opts.deviceCodePendingPolls ?? 0,
    };
  }

  static async start(opts: GraphDoubleOptions): Promise<GraphDouble> {
    // Read Microsoft's metadata now, not inside the first request (tests run with short timeouts).
    for (const file of ['v1.0', 'beta', 'v1.0-china'] as const) loadMetadata(file);
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

  /** A held answer; stop() drops it, so a long stall never keeps the test process alive. */
  private stall(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.stalls.delete(timer);
        resolve();
      }, ms);
      this.stalls.add(timer);
    });
  }

  async stop(): Promise<void> {
    for (const timer of this.stalls) clearTimeout(timer);
    this.stalls.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  findTenant(idOrDomain: string): DoubleTenant | undefined {
    const key = idOrDomain.toLowerCase();
    return this.opts.tenants.find(
      (t) =>
        t.id.toLowerCase() === key ||
        (t.model.sources.organization.data?.verifiedDomains ?? []).some((d) => d.name.toLowerCase() === key),
    );
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const handling = this.handlingOf(req, rawBody);
    if (handling.route === 'control') return writeResponse(req, res, handling.respond());
    this.stats.httpRequests += 1;
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    const wire = this.faults.take(handling.route, handling.page, false, true);
    if (wire?.kind === 'slow') await this.stall(wire.delayMs ?? 1000);
    if (wire?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    const response = handling.respond();
    if (wire && wire.kind !== 'slow') response.wire = wire.kind as WireFault;
    this.stats.log.push({
      at: Date.now(),
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      route: handling.route,
      status: response.status,
      inBatch: false,
      ...(handling.version ? { version: handling.version } : {}),
      ...(req.headers.prefer !== undefined ? { prefer: String(req.headers.prefer) } : {}),
      ...(this.opts.captureBodies && handling.version ? { body: response.body } : {}),
    });
    writeResponse(req, res, response);
  }

  private handlingOf(req: IncomingMessage, rawBody: string): Handling {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const [rawPath, rawQueryString] = q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q + 1)];
    const method = req.method ?? 'GET';
    if (rawPath.startsWith('/_double/'))
      return { route: 'control', page: 0, respond: () => this.control(rawPath, method, rawBody) };
    const version = /^\/(v1\.0|beta)\//.exec(rawPath)?.[1] as GraphVersion | undefined;
    if (version) {
      const path = rawPath.slice(version.length + 2);
      const route = path === '$batch' ? undefined : findRoute(version, decodeURIComponent(path))?.route;
      const page = pageIndex(
        { query: parseQuery(rawQueryString).query } as DoubleRequest,
        route?.defaultTop ?? 100,
      );
      return {
        route: path === '$batch' ? 'batch' : (route?.name ?? 'unknown'),
        page,
        version,
        respond: () => this.graph(req, version, path, rawQueryString, rawBody),
      };
    }
    if (rawPath.startsWith('/api/')) {
      const route = portalRouteName(rawPath) ?? 'portal';
      const claims = this.claimsOf(req);
      return {
        route,
        page: 0,
        respond: () => {
          const fault = this.faults.take(route, 0, false, false);
          return (
            (fault && faultResponse(fault)) ??
            handlePortal(rawPath, claims, this.findTenant(claims?.tid ?? ''))
          );
        },
      };
    }
    const route = /openid-configuration$/.test(rawPath)
      ? 'openid'
      : /devicecode$/.test(rawPath)
        ? 'devicecode'
        : 'token';
    if (route === 'token') this.stats.tokenRequests += 1;
    return {
      route,
      page: 0,
      respond: () =>
        handleAuth(this.auth, method, rawPath, new URLSearchParams(rawBody)) ?? {
          status: 404,
          body: { error: 'not_found', error_description: `No endpoint at ${rawPath}` },
        },
    };
  }

  private claimsOf(req: IncomingMessage): AccessClaims | undefined {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') ? this.issuer.verify(header.slice(7)) : undefined;
  }

  private graph(
    req: IncomingMessage,
    version: GraphVersion,
    rawPath: string,
    rawQueryString: string,
    rawBody: string,
  ): DoubleResponse {
    this.stats.graphRequests += 1;
    if (!(req.headers.authorization ?? '').startsWith('Bearer '))
      return unauthorized('Access token is empty.');
    const claims = this.claimsOf(req);
    if (!claims) return unauthorized('Access token validation failure. Invalid signature or expired token.');
    if (!GRAPH_AUDIENCES.has(claims.aud))
      return unauthorized(`Access token validation failure. Invalid audience '${claims.aud}'.`);
    const tenant = this.findTenant(claims.tid);
    if (!tenant) return unauthorized(`Tenant '${claims.tid}' is unknown.`);
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
      ...parseQuery(rawQueryString),
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
      ),
      tenant,
      claims,
      origin: this.origin,
      inBatch: false,
      body,
    };
    const deps = {
      stats: this.stats,
      faults: this.faults,
      throttle: this.throttle,
      captureBodies: this.opts.captureBodies,
    };
    if (request.path === '$batch' && request.method === 'POST') {
      this.stats.batches += 1;
      return handleBatch(request, (inner) => dispatchGraph(deps, inner), this.opts.batchOrder ?? 'reverse');
    }
    return dispatchGraph(deps, request);
  }

  private control(path: string, method: string, rawBody: string): DoubleResponse {
    if (path === '/_double/stats')
      return { status: 200, body: { ...this.stats, faults: this.faults.hits() } };
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
}
