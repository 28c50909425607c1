// What a route of the double is, and the helpers routes share to answer from the tenant model.

import type { SourceName } from '../../src/snapshot/types.js';
import { notFound } from './errors.js';
import type { DoubleRequest, DoubleResponse, GraphVersion } from './http-types.js';
import { contextUrl, project, type CollectionFilter } from './odata-collection.js';

export interface RouteCall {
  req: DoubleRequest;
  params: string[];
  /** Fault: the page's nextLink points back at itself. */
  loop: boolean;
}

export interface GraphRoute {
  name: string;
  pattern: RegExp;
  versions: GraphVersion[];
  /** Any one of these sets of application permissions (all of a set) lets the call through. */
  permissions: string[][];
  /** Counts against the identity-and-access reports limit (reports/*, auditLogs/*). */
  report?: boolean;
  /** The model source whose failed outcome (forbidden, not_licensed, …) this route replays. */
  source?: SourceName;
  /** The Graph type of the entity (or of each row) it answers, as the metadata names it. */
  graphType?: string;
  defaultTop?: number;
  handle(call: RouteCall): DoubleResponse;
}

export const BOTH: GraphVersion[] = ['v1.0', 'beta'];
export const BETA: GraphVersion[] = ['beta'];
export const REPORTS = [['AuditLog.Read.All']];
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Row = Record<string, unknown>;

export function data<T>(req: DoubleRequest, source: SourceName): T | undefined {
  return req.tenant.model.sources[source].data as T | undefined;
}

/** The model's rows plus the tenant's noise for that source (rows a correct scan filters out). */
export function rows(req: DoubleRequest, source: SourceName): Row[] {
  const model = data<Row[]>(req, source) ?? [];
  const noise = (req.tenant.noise as Record<string, Row[] | undefined> | undefined)?.[source];
  return noise ? [...model, ...noise] : model;
}

export function entity(req: DoubleRequest, context: string, value: Row | undefined): DoubleResponse {
  if (!value) return notFound();
  return {
    status: 200,
    body: { '@odata.context': contextUrl(req, context), ...project(value, req.query.get('$select')) },
  };
}

export const reportsFilter = (
  resource: string,
  properties: CollectionFilter['properties'],
): CollectionFilter => ({
  errorCode: 'BadRequest',
  resource,
  properties,
});

export const directoryFilter = (
  resource: string,
  properties: CollectionFilter['properties'],
): CollectionFilter => ({
  errorCode: 'Request_UnsupportedQuery',
  resource,
  properties,
});
