// One Graph request through the double's rules, in Graph's order: the route must exist (else
// "Resource not found for the segment …", also for a type the tenant's cloud does not offer, per
// its metadata), the reports throttle, injected faults, who may call (application tokens never on
// the delegated-only reports; delegated tokens by `scp`, plus a reader role for the reports that
// ask one), the model's own outcome for the source, then the route's answer as Graph sends it
// (evolvable enum members hidden without the Prefer header; nulls when the tenant asks for them).

import { forbidden, graphError, notLicensed, tooManyRequests } from './errors.js';
import { faultResponse } from './fault-responses.js';
import type { FaultBook } from './faults.js';
import { findRoute } from './graph-routes.js';
import type { DoubleRequest, DoubleResponse } from './http-types.js';
import { pageIndex } from './odata-collection.js';
import type { DoubleStats } from './stats.js';
import type { SlidingWindowThrottle } from './throttle.js';
import type { GraphRoute } from './route-kit.js';
import { DELEGATED_ONLY_ROUTES, READER_ROLE_ROUTES, REPORT_READER_ROLES } from './who-may-call.js';
import { prefersUnknownEnumMembers, shapeBody } from './wire-shape.js';
import { loadMetadata, metadataFor } from '../graph-metadata/graph-metadata.js';

export interface DispatchDeps {
  stats: DoubleStats;
  faults: FaultBook;
  throttle?: SlidingWindowThrottle;
  /** Keep each answered body in the request log (for tests holding the double against the metadata). */
  captureBodies?: boolean;
}

/** A type Graph offers globally but the tenant's cloud's schema lacks (China: authenticationMethodsPolicy). */
function missingInCloud(req: DoubleRequest, route: GraphRoute): boolean {
  const cloud = req.tenant.model.tenant.cloud;
  if (!route.graphType || cloud === 'global' || req.version !== 'v1.0') return false;
  const global = loadMetadata('v1.0');
  const here = metadataFor('v1.0', cloud);
  return route.graphType in global.types && !(route.graphType in here.types);
}

/** Who may call: app tokens by `roles`, never on delegated-only reports; delegated ones by `scp` (+ a reader role). */
function mayCall(req: DoubleRequest, route: GraphRoute): boolean {
  const { claims } = req;
  if (claims.scp === undefined) {
    if (DELEGATED_ONLY_ROUTES.has(route.name)) return false;
    return route.permissions.some((set) => set.every((p) => claims.roles?.includes(p)));
  }
  const scopes = claims.scp.split(' ');
  if (!route.permissions.some((set) => set.every((p) => scopes.includes(p)))) return false;
  if (READER_ROLE_ROUTES.has(route.name))
    return (claims.wids ?? []).some((w) => REPORT_READER_ROLES.includes(w));
  return true;
}

function segmentOf(path: string): string {
  const last = path.split('/').pop() ?? '';
  return last.replace(/\(.*$/, '');
}

function modelOutcome(
  req: DoubleRequest,
  source: keyof DoubleRequest['tenant']['model']['sources'] | undefined,
): DoubleResponse | undefined {
  switch (source ? req.tenant.model.sources[source].outcome.status : 'ok') {
    case 'forbidden':
      return forbidden();
    case 'not_licensed':
      return notLicensed();
    case 'error':
      return graphError(500, 'UnknownError', 'An unexpected error occurred (model).');
    case 'unavailable':
      return graphError(404, 'ResourceNotFound', 'This resource is not available in this cloud.');
    default:
      return undefined;
  }
}

export function dispatchGraph(deps: DispatchDeps, req: DoubleRequest): DoubleResponse {
  const { stats } = deps;
  if (req.inBatch) stats.innerRequests += 1;
  const found = findRoute(req.version, req.path);
  if (!found || req.method !== 'GET')
    return graphError(
      400,
      'BadRequest',
      `Resource not found for the segment '${req.path.split('/')[0] ?? ''}'.`,
    );
  const { route, params } = found;
  stats.byRoute[route.name] = (stats.byRoute[route.name] ?? 0) + 1;
  const response = answer(deps, req, route, params);
  if (req.inBatch)
    stats.log.push({
      at: Date.now(),
      method: req.method,
      url: `/${req.rawPath}`,
      route: route.name,
      status: response.status,
      inBatch: true,
      version: req.version,
      ...(req.headers.prefer !== undefined ? { prefer: req.headers.prefer } : {}),
      ...(deps.captureBodies ? { body: response.body } : {}),
    });
  return response;
}

function answer(deps: DispatchDeps, req: DoubleRequest, route: GraphRoute, params: string[]): DoubleResponse {
  const { stats } = deps;
  if (missingInCloud(req, route))
    return graphError(400, 'BadRequest', `Resource not found for the segment '${segmentOf(req.path)}'.`);
  if (route.report) {
    stats.reportRequests += 1;
    const admitted = deps.throttle?.admit(req.tenant.id);
    if (admitted && !admitted.ok) {
      stats.throttled += 1;
      // Graph may send a fractional Retry-After (its docs show "2.128").
      return tooManyRequests((Math.max(1, admitted.retryAfterMs) / 1000).toFixed(3));
    }
  }
  const fault = deps.faults.take(route.name, pageIndex(req, route.defaultTop ?? 100), req.inBatch, false);
  const injected = fault && faultResponse(fault, req);
  if (injected) return injected;
  if (!mayCall(req, route)) return forbidden();
  const failed = modelOutcome(req, route.source);
  if (failed) return failed;
  const response = route.handle({ req, params, loop: fault?.kind === 'loop' });
  if (response.status !== 200 || !route.graphType) return response;
  const meta = metadataFor(req.version, req.tenant.model.tenant.cloud);
  return {
    ...response,
    body: shapeBody(response.body, meta, route.graphType, {
      preferUnknown: prefersUnknownEnumMembers(req.headers.prefer),
      nulls: req.tenant.nullNullableFields === true,
    }),
  };
}
