// When Graph never answered a single request — every attempt was refused, timed out or dropped —
// the scan collected nothing: that is exit 3 ("could not collect"), not a report full of
// not_assessed checks.

import type { GraphTransport } from '../graph/transport.js';
import type { SnapshotSources } from '../snapshot/types.js';
import { CollectionError } from '../util/collection-error.js';

export function assertGraphReached(
  sources: SnapshotSources,
  transport: GraphTransport,
  graphBase: string,
): void {
  if (transport.counters.requests === 0 || transport.counters.answered > 0) return;
  const first =
    Object.values(sources).find((s) => s.outcome.status === 'error')?.outcome.error ?? 'no answer';
  throw new CollectionError(
    `Microsoft Graph at ${graphBase} could not be reached for any source (${first}). Check the network, proxy settings, --cloud and --graph-endpoint.`,
  );
}
