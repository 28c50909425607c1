// One Graph request through the double's rules, in Graph's order: the route must exist (else
// "Resource not found for the segment …"), the reports throttle, injected faults, the token's
// permissions, the model's own outcome for the source, then the route's answer.

import { forbidden, graphError, notLicensed, tooManyRequests } from './errors.js';
import { faultResponse } from './fault-responses.js';
import type { FaultBook } from './faults.js';
import { findRoute } from './graph-routes.js';
import type { DoubleRequest, DoubleResponse } from './http-types.js';
import { pageIndex } from './odata-collection.js';
import type { DoubleStats } from './stats.js';
import type { SlidingWindowThrottle } from './throttle.js';

export interface DispatchDeps {
  stats: DoubleStats;
  faults: FaultBook;
  throttle?: SlidingWindowThrottle;
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
  if (req.inBatch)
    stats.log.push({
      at: Date.now(),
      method: req.method,
      url: `/${req.rawPath}`,
      route: route.name,
      status: 0,
      inBatch: true,
    });
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
  if (!route.permissions.some((set) => set.every((p) => req.claims.roles?.includes(p)))) return forbidden();
  return modelOutcome(req, route.source) ?? route.handle({ req, params, loop: fault?.kind === 'loop' });
}
