// The SSPR pilot group(s) (SSPR-02): the portal's passwordResetEnabledGroupIds, or the attestation's
// selectedGroup — by id when it is a GUID, else by displayName — and each group's transitive USER
// count: transitiveMembers is a collection of directoryObject (users, groups, devices, service
// principals), and only users can reset, so the count is cast to microsoft.graph.user (GRAPH.md
// §17.6; $count needs ConsistencyLevel: eventual and answers text/plain; least-privileged application
// permission GroupMember.ReadBasic.All, microsoft-graph-docs-contrib @dc80b68f). A group that does not exist (404,
// or 400 for a malformed id) is recorded as found: false, not as a failed source.

import { GraphFailure } from '../../graph/graph-failure.js';
import type { Attestation, GroupLookup, PasswordResetPolicies, Source } from '../../snapshot/types.js';
import { odataString, query, type CollectContext } from '../collect-context.js';
import { readSource } from '../read-source.js';
import { readCollection } from './paged-source.js';
import { allSettledOrThrow } from '../../util/all-settled-or-throw.js';

const ENDPOINT = '/v1.0/groups';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface GroupQuery {
  query: string;
  by: 'id' | 'displayName';
}

/** Which groups to look up: the portal's ids first, then the attested group unless already among them. */
export function pilotGroupQueries(
  portal: PasswordResetPolicies | undefined,
  attestation: Attestation | null | undefined,
): GroupQuery[] {
  const queries: GroupQuery[] = (portal?.passwordResetEnabledGroupIds ?? [])
    .filter((id) => typeof id === 'string' && id !== '')
    .map((id) => ({ query: id, by: 'id' }));
  const attested = attestation?.settings.selectedGroup?.trim();
  if (attested && !queries.some((q) => q.query.toLowerCase() === attested.toLowerCase()))
    queries.push({ query: attested, by: GUID.test(attested) ? 'id' : 'displayName' });
  return queries;
}

async function memberCount(ctx: CollectContext, id: string): Promise<number> {
  const endpoint = `/v1.0/groups/${id}/transitiveMembers/microsoft.graph.user/$count`;
  const text = await ctx.transport.get<string>({
    url: `/groups/${encodeURIComponent(id)}/transitiveMembers/microsoft.graph.user/$count`,
    headers: { ConsistencyLevel: 'eventual' },
    text: true,
    endpoint,
  });
  const count = Number(String(text).trim());
  if (!Number.isInteger(count) || count < 0)
    throw new GraphFailure({
      kind: 'malformed',
      endpoint,
      detail: `expected a member count as text, got "${String(text).slice(0, 40)}"`,
    });
  return count;
}

async function byId(ctx: CollectContext, id: string): Promise<GroupLookup> {
  try {
    const group = await ctx.transport.get<{ id: string; displayName?: string }>({
      url: `/groups/${encodeURIComponent(id)}${query({ $select: 'id,displayName' })}`,
      endpoint: `/v1.0/groups/${id}`,
    });
    return {
      query: id,
      by: 'id',
      found: true,
      id: group.id,
      displayName: group.displayName,
      transitiveMemberCount: await memberCount(ctx, group.id),
    };
  } catch (err) {
    if (err instanceof GraphFailure && err.kind === 'http' && (err.status === 404 || err.status === 400))
      return { query: id, by: 'id', found: false, httpStatus: err.status };
    throw err;
  }
}

async function byName(ctx: CollectContext, name: string): Promise<GroupLookup[]> {
  const { rows } = await readCollection<{ id: string; displayName?: string }>(ctx, 'pilotGroups', {
    url: `/groups${query({ $filter: `displayName eq ${odataString(name)}`, $select: 'id,displayName' })}`,
    endpoint: ENDPOINT,
  });
  if (rows.length === 0) return [{ query: name, by: 'displayName', found: false }];
  return allSettledOrThrow(
    rows.map(async (g) => ({
      query: name,
      by: 'displayName' as const,
      found: true,
      id: g.id,
      displayName: g.displayName,
      transitiveMemberCount: await memberCount(ctx, g.id),
    })),
  );
}

export function collectPilotGroups(
  ctx: CollectContext,
  queries: GroupQuery[],
): Promise<Source<GroupLookup[]>> {
  return readSource('pilotGroups', ENDPOINT, ctx, async () => {
    const lookups: GroupLookup[] = [];
    for (const q of queries)
      lookups.push(...(q.by === 'id' ? [await byId(ctx, q.query)] : await byName(ctx, q.query)));
    return { data: lookups, rows: lookups.length };
  });
}
