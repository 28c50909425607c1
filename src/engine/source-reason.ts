// Maps a source's collection outcome to the not_assessed reason it causes.

import type { CollectionOutcome, Snapshot, SourceName } from '../snapshot/types.js';
import type { Reason } from './types.js';

/** True when the source answered (its data can be read). */
export function answered(snapshot: Snapshot, name: SourceName): boolean {
  return snapshot.sources[name].outcome.status === 'ok';
}

/** The reason a failed outcome gives, or undefined when the source did not fail (ok or skipped). */
export function failureReason(outcome: CollectionOutcome): Reason | undefined {
  switch (outcome.status) {
    case 'forbidden':
      return 'missing_permission';
    case 'not_licensed':
      return 'not_licensed';
    case 'unavailable':
      return 'not_offered_in_cloud';
    case 'error':
      return 'collection_error';
    default:
      return undefined;
  }
}

/** The first failed source among `names`, in order. */
export function firstFailure(
  snapshot: Snapshot,
  names: readonly SourceName[],
): { source: SourceName; reason: Reason; outcome: CollectionOutcome } | undefined {
  for (const source of names) {
    const outcome = snapshot.sources[source].outcome;
    const reason = failureReason(outcome);
    if (reason) return { source, reason, outcome };
  }
  return undefined;
}
