// Runs one collector and never lets it throw: its data and an `ok` outcome, or no data and the
// outcome its failure maps to. A bug in a collector becomes an `error` outcome, not a crashed scan;
// data that breaks the snapshot schema (validate-source.ts) becomes one too.

import { GraphFailure } from '../graph/graph-failure.js';
import type { Source, SourceName } from '../snapshot/types.js';
import type { CollectContext } from './collect-context.js';
import { failedOutcome, okOutcome } from './source-outcome.js';
import { sourceDataProblem } from './validate-source.js';

export interface SourceRead<T> {
  data: T;
  pages?: number;
  rows?: number;
  /** The endpoint to record when it differs from the one first named. */
  endpoint?: string;
}

export async function readSource<T>(
  name: SourceName,
  endpoint: string,
  ctx: CollectContext,
  read: () => Promise<SourceRead<T>>,
): Promise<Source<T>> {
  ctx.progress({ type: 'start', source: name });
  try {
    const result = await read();
    const problem = sourceDataProblem(name, result.data);
    if (problem)
      throw new GraphFailure({
        kind: 'malformed',
        endpoint: result.endpoint ?? endpoint,
        detail: `${problem} (checked against the snapshot schema)`,
        permanent: true,
      });
    const counts = {
      ...(result.pages !== undefined ? { pages: result.pages } : {}),
      ...(result.rows !== undefined ? { rows: result.rows } : {}),
    };
    const outcome = okOutcome(result.endpoint ?? endpoint, counts);
    ctx.progress({ type: 'done', source: name, status: 'ok', ...counts });
    return { outcome, data: result.data };
  } catch (err) {
    const failure =
      err instanceof GraphFailure
        ? err
        : new GraphFailure({
            kind: 'malformed',
            endpoint,
            detail: `unexpected failure while reading it: ${(err as Error)?.message ?? String(err)}`,
          });
    const outcome = failedOutcome(name, failure, endpoint, ctx);
    ctx.progress({ type: 'done', source: name, status: outcome.status });
    return { outcome };
  }
}
