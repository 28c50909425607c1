// reports/authenticationMethods/userRegistrationDetails: per-user SSPR enablement, registration and
// methods (SSPR-01 inference, SSPR-03, SSPR-14, SSPR-15, SSPR-16's member list). A paced report.

import type { Source, UserRegistrationDetail } from '../../snapshot/types.js';
import { query, type CollectContext } from '../collect-context.js';
import { readSource } from '../read-source.js';
import { readCollection } from './paged-source.js';

export const URD_FIELDS = [
  'id',
  'userPrincipalName',
  'userDisplayName',
  'userType',
  'isAdmin',
  'isSsprRegistered',
  'isSsprEnabled',
  'isSsprCapable',
  'isMfaRegistered',
  'isMfaCapable',
  'isPasswordlessCapable',
  'methodsRegistered',
  'lastUpdatedDateTime',
];
const ENDPOINT = '/v1.0/reports/authenticationMethods/userRegistrationDetails';

export function collectUserRegistrationDetails(
  ctx: CollectContext,
): Promise<Source<UserRegistrationDetail[]>> {
  return readSource('userRegistrationDetails', ENDPOINT, ctx, async () => {
    const { rows, pages } = await readCollection<UserRegistrationDetail>(ctx, 'userRegistrationDetails', {
      url: `/reports/authenticationMethods/userRegistrationDetails${query({ $select: URD_FIELDS.join(','), $top: 999 })}`,
      report: true,
      endpoint: ENDPOINT,
    });
    return { data: rows, pages, rows: rows.length };
  });
}
