// Serving a collection the way Graph does: $filter (per-route rules), $select, $top, $orderby on one
// property, and server-driven paging with an opaque $skiptoken in an absolute @odata.nextLink.

import { createHash } from 'node:crypto';
import { badRequest } from './errors.js';
import type { DoubleRequest, DoubleResponse } from './http-types.js';
import {
  FilterSyntaxError,
  matches,
  parseFilter,
  unsupportedPart,
  type FilterRules,
} from './odata-filter.js';

export interface CollectionFilter extends FilterRules {
  /** Graph's error code for a bad filter on this resource family. */
  errorCode: 'BadRequest' | 'Request_UnsupportedQuery';
  resource: string;
}

export interface CollectionOptions {
  /** `$metadata#…` fragment of @odata.context. */
  context: string;
  /** Absent: the route refuses $filter. */
  filter?: CollectionFilter;
  defaultTop: number;
  maxTop: number;
  /** Fault: this page's nextLink points back at the page itself. */
  loop?: boolean;
}

export type FilterResult<T> = { rows: T[] } | { error: DoubleResponse };

export function applyFilter<T>(
  req: DoubleRequest,
  rows: T[],
  filter: CollectionFilter | undefined,
): FilterResult<T> {
  const text = req.query.get('$filter');
  if (text === undefined) return { rows };
  const refuse = (what: string) =>
    filter?.errorCode === 'Request_UnsupportedQuery'
      ? badRequest(
          `Unsupported or invalid query filter clause specified for ${what} of resource '${filter.resource}'.`,
          'Request_UnsupportedQuery',
        )
      : badRequest(
          `Invalid filter clause: ${what} is not supported${filter ? ` on ${filter.resource}` : ''}.`,
        );
  if (!filter) return { error: refuse("'$filter'") };
  try {
    const node = parseFilter(text);
    const unsupported = unsupportedPart(node, filter);
    if (unsupported) return { error: refuse(unsupported) };
    return { rows: rows.filter((r) => matches(node, r)) };
  } catch (err) {
    if (err instanceof FilterSyntaxError)
      return { error: badRequest(`Invalid filter clause: ${err.message}.`) };
    throw err;
  }
}

export function project(row: Record<string, unknown>, select: string | undefined): Record<string, unknown> {
  if (!select) return row;
  const out: Record<string, unknown> = {};
  for (const key of select.split(',').map((k) => k.trim())) if (key in row) out[key] = row[key];
  return out;
}

export function contextUrl(req: DoubleRequest, fragment: string): string {
  return `${req.origin}/${req.version}/$metadata#${fragment}`;
}

function fingerprint(req: DoubleRequest): string {
  const q = ['$filter', '$select', '$top', '$orderby', '$expand']
    .map((k) => req.query.get(k) ?? '')
    .join('|');
  return createHash('sha256').update(`${req.path}|${q}`).digest('base64url').slice(0, 12);
}

function decodeSkipToken(token: string): { offset: number; fp: string } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o: number; f: string };
    return Number.isInteger(parsed.o) && parsed.o >= 0 ? { offset: parsed.o, fp: parsed.f } : undefined;
  } catch {
    return undefined;
  }
}

function linkTo(req: DoubleRequest, offset: number): string {
  const token = Buffer.from(JSON.stringify({ o: offset, f: fingerprint(req) })).toString('base64url');
  const kept = req.rawQuery.filter(([k]) => k.toLowerCase() !== '$skiptoken').map(([k, v]) => `${k}=${v}`);
  return `${req.origin}/${req.version}/${req.rawPath}?${[...kept, `$skiptoken=${token}`].join('&')}`;
}

function sortRows<T>(rows: T[], orderby: string | undefined): T[] {
  if (!orderby) return rows;
  const [field, dir] = orderby.trim().split(/\s+/) as [string, string | undefined];
  const sign = dir?.toLowerCase() === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [(a as Record<string, unknown>)[field], (b as Record<string, unknown>)[field]];
    return x === y ? 0 : (String(x) < String(y) ? -1 : 1) * sign;
  });
}

/** One page of `rows` as Graph would send it, or the 400 Graph sends for a bad query. */
export function pageOf(
  req: DoubleRequest,
  all: Array<Record<string, unknown>>,
  opts: CollectionOptions,
): DoubleResponse {
  const filtered = applyFilter(req, all, opts.filter);
  if ('error' in filtered) return filtered.error;
  const topText = req.query.get('$top');
  const top = topText === undefined ? opts.defaultTop : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > opts.maxTop) {
    return badRequest(
      `Invalid page size specified: '${topText}'. Must be between 1 and ${opts.maxTop} inclusive.`,
    );
  }
  let offset = 0;
  const skipToken = req.query.get('$skiptoken') ?? req.query.get('$skipToken');
  if (skipToken !== undefined) {
    const decoded = decodeSkipToken(skipToken);
    if (!decoded || decoded.fp !== fingerprint(req))
      return badRequest('The $skiptoken is invalid or does not belong to this query.', 'Request_BadRequest');
    offset = decoded.offset;
  }
  const rows = sortRows(filtered.rows, req.query.get('$orderby'));
  const select = req.query.get('$select');
  const value = rows.slice(offset, offset + top).map((r) => project(r, select));
  const body: Record<string, unknown> = { '@odata.context': contextUrl(req, opts.context) };
  if (opts.loop) body['@odata.nextLink'] = linkTo(req, offset);
  else if (offset + top < rows.length) body['@odata.nextLink'] = linkTo(req, offset + top);
  body.value = value;
  return { status: 200, body };
}

/** The 0-based page index a request asks for (0 without a $skiptoken). */
export function pageIndex(req: DoubleRequest, defaultTop: number): number {
  const token = req.query.get('$skiptoken') ?? req.query.get('$skipToken');
  if (token === undefined) return 0;
  const top = Number(req.query.get('$top') ?? defaultTop) || defaultTop;
  return Math.floor((decodeSkipToken(token)?.offset ?? 0) / top);
}
