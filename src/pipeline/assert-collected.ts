// A scan in which no Microsoft Graph source was read (every call 401 or 502, or none sent) has
// nothing to grade: the one platform-fact check would otherwise score it 100, grade A. That is exit 3
// ("could not collect") with the reasons, and no results, report or grade (DESIGN.md "Sign-in types").

import { GRAPH_SOURCES } from '../snapshot/source-names.js';
import type { Snapshot, SourceName } from '../snapshot/types.js';
import { CollectionError } from '../util/collection-error.js';

const REASONS_SHOWN = 3;
/**
 * pilotGroups only follows the others (the portal's group ids or the attested group): with none to
 * look up it is `ok` without a request sent, which proves nothing was collected from the tenant.
 */
const DEPENDENT: readonly SourceName[] = ['pilotGroups'];

export function assertGraphCollected(snapshot: Snapshot): void {
  const graph = GRAPH_SOURCES.filter((name) => !DEPENDENT.includes(name)).map(
    (name) => [name, snapshot.sources[name].outcome] as const,
  );
  if (graph.some(([, outcome]) => outcome.status === 'ok')) return;
  const reasons = graph
    .filter(([, o]) => o.error)
    .slice(0, REASONS_SHOWN)
    .map(([name, o]) => `${name}: ${o.error}`);
  const more = graph.filter(([, o]) => o.error).length - reasons.length;
  throw new CollectionError(
    `no Microsoft Graph source could be read, so nothing was evaluated or graded${reasons.length > 0 ? ` (${reasons.join('; ')}${more > 0 ? `; and ${more} more` : ''})` : ''}.`,
  );
}
