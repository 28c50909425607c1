// organization: the tenant's name and hybrid state (onPremisesSyncEnabled, onPremisesLastSyncDateTime).

import { GraphFailure } from '../../graph/graph-failure.js';
import { bodyOf } from '../../graph/batch-result.js';
import type { Organization } from '../../snapshot/types.js';
import type { BatchedRead } from '../batched-read.js';
import { query, withoutAnnotations } from '../collect-context.js';

const ENDPOINT = '/v1.0/organization';

export const organizationRead: BatchedRead<Organization> = {
  source: 'organization',
  endpoint: ENDPOINT,
  steps: [
    {
      id: 'organization',
      url: `/organization${query({ $select: 'id,displayName,onPremisesSyncEnabled,onPremisesLastSyncDateTime,verifiedDomains' })}`,
    },
  ],
  async finish(results) {
    const body = bodyOf<{ value?: Organization[] } & Partial<Organization>>(
      results.get('organization')!,
      ENDPOINT,
    );
    const org = Array.isArray(body.value) ? body.value[0] : body.id ? (body as Organization) : undefined;
    if (!org?.id)
      throw new GraphFailure({
        kind: 'malformed',
        endpoint: ENDPOINT,
        detail: 'expected the organization (with an id) and got none',
      });
    return { data: withoutAnnotations(org) };
  },
};
