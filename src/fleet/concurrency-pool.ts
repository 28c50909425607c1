// Runs one task per item with at most `concurrency` at once, in item order, and stops taking new items
// once `stop` is aborted (the running ones finish or react to their own signal).

export type PoolResult<R> = { state: 'done'; value: R } | { state: 'not_started' };

export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
  stop?: AbortSignal,
): Promise<Array<PoolResult<R>>> {
  const results: Array<PoolResult<R>> = items.map(() => ({ state: 'not_started' }));
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop?.aborted) {
      const index = next++;
      results[index] = { state: 'done', value: await task(items[index], index) };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
