// A collection that came back inside a $batch: its first page is the inner body; any further pages
// are read by following @odata.nextLink as for a direct call, with the step's own headers (a Prefer
// or ConsistencyLevel header must hold on every page, not only the first).

import type { BatchResult } from '../../graph/batch.js';
import { bodyOf } from '../../graph/batch-result.js';
import { readAllPages, type GraphPage, type PagedResult } from '../../graph/paging.js';
import type { SourceName } from '../../snapshot/types.js';
import { withoutAnnotations, type CollectContext } from '../collect-context.js';

export function collectionFromBatch<T>(
  result: BatchResult,
  endpoint: string,
  source: SourceName,
  ctx: CollectContext,
  headers?: Record<string, string>,
): Promise<PagedResult<T>> {
  const first = bodyOf<GraphPage<T>>(result, endpoint);
  return readAllPages<T, T>(
    ctx.transport,
    { url: '', endpoint, ...(headers ? { headers } : {}) },
    {
      mapRow: withoutAnnotations,
      onPage: (pages, rows) => ctx.progress({ type: 'page', source, pages, rows }),
    },
    first,
  );
}
