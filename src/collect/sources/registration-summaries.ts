// usersRegisteredByMethod / usersRegisteredByFeature for members: tenant-wide counts (SSPR-05 looks
// for securityQuestion users; the profile shows ssprEnabled / ssprRegistered). Paced reports,
// offered to delegated sign-ins only (skipped under an application sign-in: delegated-only.ts).

import { GraphFailure } from '../../graph/graph-failure.js';
import type { Source, UsersRegisteredByFeature, UsersRegisteredByMethod } from '../../snapshot/types.js';
import { withoutAnnotations, type CollectContext } from '../collect-context.js';
import { readIfDelegated } from '../delegated-only.js';
import { readSource } from '../read-source.js';

const ARGS = "(includedUserTypes='member',includedUserRoles='all')";

async function summary<T>(
  ctx: CollectContext,
  name: 'usersRegisteredByMethod' | 'usersRegisteredByFeature',
  listKey: string,
): Promise<Source<T>> {
  const endpoint = `/v1.0/reports/authenticationMethods/${name}${ARGS}`;
  return readIfDelegated(name, endpoint, ctx, () => readSummary<T>(ctx, name, listKey, endpoint));
}

function readSummary<T>(
  ctx: CollectContext,
  name: 'usersRegisteredByMethod' | 'usersRegisteredByFeature',
  listKey: string,
  endpoint: string,
): Promise<Source<T>> {
  return readSource(name, endpoint, ctx, async () => {
    const body = await ctx.transport.get<Record<string, unknown>>({
      url: `/reports/authenticationMethods/${name}${ARGS}`,
      report: true,
      endpoint,
    });
    if (!body || !Array.isArray(body[listKey]))
      throw new GraphFailure({ kind: 'malformed', endpoint, detail: `expected ${listKey} (an array)` });
    return { data: withoutAnnotations(body) as T };
  });
}

export const collectUsersRegisteredByMethod = (ctx: CollectContext) =>
  summary<UsersRegisteredByMethod>(ctx, 'usersRegisteredByMethod', 'userRegistrationMethodCounts');
export const collectUsersRegisteredByFeature = (ctx: CollectContext) =>
  summary<UsersRegisteredByFeature>(ctx, 'usersRegisteredByFeature', 'userRegistrationFeatureCounts');
