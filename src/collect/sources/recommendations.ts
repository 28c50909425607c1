// beta directory/recommendations, the selfServicePasswordReset one (informational, tenant profile).

import type { Recommendation, Source } from '../../snapshot/types.js';
import { query, type CollectContext } from '../collect-context.js';
import { readSource } from '../read-source.js';
import { readCollection } from './paged-source.js';

const FILTER = "recommendationType eq 'selfServicePasswordReset'";
const ENDPOINT = `/beta/directory/recommendations?$filter=${FILTER}`;

export function collectRecommendations(ctx: CollectContext): Promise<Source<Recommendation[]>> {
  return readSource('recommendations', ENDPOINT, ctx, async () => {
    const { rows, pages } = await readCollection<Recommendation>(ctx, 'recommendations', {
      url: `/directory/recommendations${query({ $filter: FILTER })}`,
      version: 'beta',
      endpoint: ENDPOINT,
    });
    return { data: rows, pages, rows: rows.length };
  });
}
