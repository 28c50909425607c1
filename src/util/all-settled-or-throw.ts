// Like Promise.all, but waits for every promise before failing with the first rejection (in order):
// a source whose first read fails leaves none of its other reads running, so no request outlives the
// collection (nor reaches a test double that is being stopped).

export async function allSettledOrThrow<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
}
