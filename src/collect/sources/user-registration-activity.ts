// beta reports/authenticationMethods/userRegistrationActivity(period='d30'): registration and reset
// counts per method over 30 days (SSPR-05 in-use evidence, SSPR-22). Offered to delegated sign-ins
// only (skipped under an application sign-in). Its authMethod is the evolvable usageAuthMethod enum:
// without Prefer: include-unknown-enum-members Graph turns newer members (hardwareOneTimePasscode,
// sms, mobilePhone, …) into unknownFutureValue (GRAPH.md §17.3), so the header goes on every page.

import type { Source, UserRegistrationActivity } from '../../snapshot/types.js';
import type { CollectContext } from '../collect-context.js';
import { readIfDelegated } from '../delegated-only.js';
import { readSource } from '../read-source.js';
import { INCLUDE_UNKNOWN_ENUM_MEMBERS } from './prefer-unknown-enums.js';
import { readCollection } from './paged-source.js';

const PATH = "/reports/authenticationMethods/userRegistrationActivity(period='d30')";
const ENDPOINT = `/beta${PATH}`;

export function collectUserRegistrationActivity(
  ctx: CollectContext,
): Promise<Source<UserRegistrationActivity[]>> {
  return readIfDelegated('userRegistrationActivity', ENDPOINT, ctx, () =>
    readSource('userRegistrationActivity', ENDPOINT, ctx, async () => {
      const { rows, pages } = await readCollection<UserRegistrationActivity>(
        ctx,
        'userRegistrationActivity',
        {
          url: PATH,
          version: 'beta',
          headers: INCLUDE_UNKNOWN_ENUM_MEMBERS,
          report: true,
          endpoint: ENDPOINT,
        },
      );
      return { data: rows, pages, rows: rows.length };
    }),
  );
}
