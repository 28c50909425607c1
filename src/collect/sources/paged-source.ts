// Reads a whole collection for one source, reporting pages and rows as they arrive. Graph documents
// no maximum $top for some of these lists; if it refuses the page size asked for, the read starts
// over once without $top and lets Graph choose.

import { GraphFailure } from '../../graph/graph-failure.js';
import { readAllPages, type PagedResult } from '../../graph/paging.js';
import type { GraphCall } from '../../graph/transport.js';
import type { SourceName } from '../../snapshot/types.js';
import { withoutAnnotations, type CollectContext } from '../collect-context.js';

const TOP = /([?&])\$top=\d+(&|$)/;

export function withoutTop(url: string): string {
  return url.replace(TOP, (_, before: string, after: string) => (after ? before : '')).replace(/\?$/, '');
}

function refusedPageSize(err: unknown): boolean {
  return (
    err instanceof GraphFailure &&
    err.kind === 'http' &&
    err.status === 400 &&
    /\$?top|page size/i.test(err.detail)
  );
}

export async function readCollection<T>(
  ctx: CollectContext,
  source: SourceName,
  call: GraphCall,
): Promise<PagedResult<T>> {
  const read = (c: GraphCall) =>
    readAllPages<T, T>(ctx.transport, c, {
      mapRow: withoutAnnotations,
      onPage: (pages, rows) => ctx.progress({ type: 'page', source, pages, rows }),
    });
  try {
    return await read(call);
  } catch (err) {
    if (!TOP.test(call.url) || !refusedPageSize(err)) throw err;
    return read({ ...call, url: withoutTop(call.url) });
  }
}
