// Reads a whole collection for one source, reporting pages and rows as they arrive.

import { readAllPages, type PagedResult } from '../../graph/paging.js';
import type { GraphCall } from '../../graph/transport.js';
import type { SourceName } from '../../snapshot/types.js';
import { withoutAnnotations, type CollectContext } from '../collect-context.js';

export function readCollection<T>(ctx: CollectContext, source: SourceName, call: GraphCall): Promise<PagedResult<T>> {
  return readAllPages<T, T>(ctx.transport, call, {
    mapRow: withoutAnnotations,
    onPage: (pages, rows) => ctx.progress({ type: 'page', source, pages, rows }),
  });
}
