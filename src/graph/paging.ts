// Reads every page of a collection by following @odata.nextLink verbatim until it is absent. A
// nextLink already followed (a loop) or a page without `value` fails the whole read: a partial list
// must never pass for a complete one.

import { GraphFailure } from './graph-failure.js';
import { endpointOf, type GraphCall, type GraphTransport } from './transport.js';

export interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  [key: string]: unknown;
}

export interface PagingOptions<T, R> {
  /** Shapes each row as it arrives (e.g. drops @odata annotations) so only what is kept stays in memory. */
  mapRow?: (row: T) => R;
  onPage?: (pages: number, rows: number) => void;
  /** A ceiling that turns a runaway listing into an error. */
  maxPages?: number;
}

export interface PagedResult<R> {
  rows: R[];
  pages: number;
}

export async function readAllPages<T, R = T>(
  transport: GraphTransport,
  first: GraphCall,
  opts: PagingOptions<T, R> = {},
  firstPage?: GraphPage<T>,
): Promise<PagedResult<R>> {
  const endpoint = endpointOf(first);
  const maxPages = opts.maxPages ?? 100_000;
  const seen = new Set<string>();
  const rows: R[] = [];
  let pages = 0;
  let page = firstPage ?? (await transport.get<GraphPage<T>>(first));
  for (;;) {
    if (!page || !Array.isArray(page.value)) {
      throw new GraphFailure({
        kind: 'malformed',
        endpoint,
        detail: `page ${pages + 1} has no "value" array (expected a Graph collection)`,
      });
    }
    for (const row of page.value) rows.push(opts.mapRow ? opts.mapRow(row) : (row as unknown as R));
    pages += 1;
    opts.onPage?.(pages, rows.length);
    const next = page['@odata.nextLink'];
    if (next === undefined || next === null) return { rows, pages };
    if (typeof next !== 'string' || !/^https:\/\//.test(next)) {
      throw new GraphFailure({
        kind: 'malformed',
        endpoint,
        detail: `page ${pages} has an @odata.nextLink that is not an https URL`,
      });
    }
    if (seen.has(next)) {
      throw new GraphFailure({
        kind: 'loop',
        endpoint,
        detail: `the @odata.nextLink of page ${pages} repeats a link already followed; reading stopped after ${rows.length} rows rather than return a truncated or duplicated list`,
      });
    }
    if (pages >= maxPages)
      throw new GraphFailure({
        kind: 'malformed',
        endpoint,
        detail: `more than ${maxPages} pages; reading stopped`,
      });
    seen.add(next);
    page = await transport.get<GraphPage<T>>({ ...first, url: next, endpoint });
  }
}
