// users with their phone numbers (SSPR-16: numbers must carry a country code and a space).

import type { Source, UserPhones } from '../../snapshot/types.js';
import { query, type CollectContext } from '../collect-context.js';
import { readSource } from '../read-source.js';
import { readCollection } from './paged-source.js';

const SELECT = 'id,userPrincipalName,displayName,mobilePhone,businessPhones';
const ENDPOINT = `/v1.0/users?$select=${SELECT}`;

export function collectUserPhones(ctx: CollectContext): Promise<Source<UserPhones[]>> {
  return readSource('userPhones', ENDPOINT, ctx, async () => {
    const { rows, pages } = await readCollection<UserPhones>(ctx, 'userPhones', {
      url: `/users${query({ $select: SELECT, $top: 999 })}`,
      endpoint: ENDPOINT,
    });
    return { data: rows, pages, rows: rows.length };
  });
}
