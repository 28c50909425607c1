// The small independent reads go to Graph together in one JSON $batch. Each source names its inner
// requests and turns their responses into its section (following a nextLink if one comes back);
// if the $batch POST itself fails, every source in it records that failure.

import { runBatch, type BatchResult, type BatchStep } from '../graph/batch.js';
import { GraphFailure } from '../graph/graph-failure.js';
import type { Source, SourceName } from '../snapshot/types.js';
import type { CollectContext } from './collect-context.js';
import { readSource, type SourceRead } from './read-source.js';

export interface BatchedRead<T> {
  source: SourceName;
  endpoint: string;
  steps: BatchStep[];
  finish(results: Map<string, BatchResult>, ctx: CollectContext): Promise<SourceRead<T>>;
}

export async function collectBatched(
  reads: Array<BatchedRead<unknown>>,
  ctx: CollectContext,
): Promise<Map<SourceName, Source<unknown>>> {
  let results: Map<string, BatchResult> | undefined;
  let failure: unknown;
  try {
    results = await runBatch(
      ctx.transport,
      reads.flatMap((r) => r.steps),
      { version: 'v1.0' },
    );
  } catch (err) {
    failure =
      err instanceof GraphFailure
        ? err
        : new GraphFailure({
            kind: 'malformed',
            endpoint: '/v1.0/$batch',
            method: 'POST',
            detail: (err as Error).message,
          });
  }
  const sources = new Map<SourceName, Source<unknown>>();
  await Promise.all(
    reads.map(async (read) => {
      sources.set(
        read.source,
        await readSource(read.source, read.endpoint, ctx, () => {
          if (!results) throw failure;
          return read.finish(results, ctx);
        }),
      );
    }),
  );
  return sources;
}
