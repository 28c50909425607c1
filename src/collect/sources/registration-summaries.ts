// usersRegisteredByMethod / usersRegisteredByFeature for members: tenant-wide counts (SSPR-05 looks
// for securityQuestion users; the profile shows ssprEnabled / ssprRegistered). Paced reports.

import { GraphFailure } from '../../graph/graph-failure.js';
import type { Source, UsersRegisteredByFeature, UsersRegisteredByMethod } from '../../snapshot/types.js';
import { withoutAnnotations, type CollectContext } from '../collect-context.js';
import { readSource } from '../read-source.js';

const ARGS = "(includedUserTypes='member',includedUserRoles='all')";

async function summary<T>(
  ctx: CollectContext,
  name: 'usersRegisteredByMethod' | 'usersRegisteredByFeature',
  listKey: string,
): Promise<Source<T>> {
  const endpoint = `/v1.0/reports/authenticationMethods/${name}${ARGS}`;
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
