// When no Graph source could be read because the network failed for all of them, the scan did not
// collect anything: that is exit 3 ("could not collect"), not a report full of not_assessed checks.

import { CollectionError } from '../util/collection-error.js';
import type { SnapshotSources, SourceName } from '../snapshot/types.js';
import type { CollectContext } from './collect-context.js';

const PORTAL: SourceName[] = ['passwordResetPolicies', 'onPremisesPasswordResetPolicies'];

export function assertGraphReached(sources: SnapshotSources, ctx: CollectContext, graphBase: string): void {
  const graph = (Object.keys(sources) as SourceName[]).filter((name) => !PORTAL.includes(name) && sources[name].outcome.status !== 'unavailable');
  const unreachable = graph.filter((name) => {
    const kind = ctx.failureKinds.get(name);
    return kind === 'network' || kind === 'timeout' || kind === 'deadline';
  });
  if (graph.length > 0 && unreachable.length === graph.length) {
    const first = sources[unreachable[0]!].outcome.error ?? 'no answer';
    throw new CollectionError(`Microsoft Graph at ${graphBase} could not be reached for any source (${first}). Check the network, proxy settings, --cloud and --graph-endpoint.`);
  }
}
