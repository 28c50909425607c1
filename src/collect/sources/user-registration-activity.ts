// beta reports/authenticationMethods/userRegistrationActivity(period='d30'): registration and reset
// counts per method over 30 days (SSPR-05 in-use evidence, SSPR-22).

import type { Source, UserRegistrationActivity } from '../../snapshot/types.js';
import type { CollectContext } from '../collect-context.js';
import { readSource } from '../read-source.js';
import { readCollection } from './paged-source.js';

const PATH = "/reports/authenticationMethods/userRegistrationActivity(period='d30')";
const ENDPOINT = `/beta${PATH}`;

export function collectUserRegistrationActivity(
  ctx: CollectContext,
): Promise<Source<UserRegistrationActivity[]>> {
  return readSource('userRegistrationActivity', ENDPOINT, ctx, async () => {
    const { rows, pages } = await readCollection<UserRegistrationActivity>(ctx, 'userRegistrationActivity', {
      url: PATH,
      version: 'beta',
      report: true,
      endpoint: ENDPOINT,
    });
    return { data: rows, pages, rows: rows.length };
  });
}
