// Every Graph route the collectors use, answering from the tenant model (a Snapshot) with bodies
// shaped like test/fixtures/graph-samples: @odata.context, collections under `value`, entities bare.

import { DIRECTORY_ROUTES } from './directory-routes.js';
import type { GraphVersion } from './http-types.js';
import { REPORT_ROUTES } from './report-routes.js';
import type { GraphRoute } from './route-kit.js';

export type { GraphRoute, RouteCall } from './route-kit.js';

export const GRAPH_ROUTES: GraphRoute[] = [...DIRECTORY_ROUTES, ...REPORT_ROUTES];

export function findRoute(
  version: GraphVersion,
  path: string,
): { route: GraphRoute; params: string[] } | undefined {
  for (const route of GRAPH_ROUTES) {
    if (!route.versions.includes(version)) continue;
    const m = route.pattern.exec(path);
    if (m) return { route, params: m.slice(1) };
  }
  return undefined;
}
