// subscribedSkus: the tenant's licences (SSPR-17, SSPR-18 look for AAD_PREMIUM / AAD_PREMIUM_P2 plans).

import type { SubscribedSku } from '../../snapshot/types.js';
import type { BatchedRead } from '../batched-read.js';
import { query } from '../collect-context.js';
import { collectionFromBatch } from './collection-from-batch.js';

const ENDPOINT = '/v1.0/subscribedSkus';

export const subscribedSkusRead: BatchedRead<SubscribedSku[]> = {
  source: 'subscribedSkus',
  endpoint: ENDPOINT,
  steps: [
    {
      id: 'subscribedSkus',
      url: `/subscribedSkus${query({ $select: 'skuId,skuPartNumber,capabilityStatus,consumedUnits,prepaidUnits,servicePlans,appliesTo' })}`,
    },
  ],
  async finish(results, ctx) {
    const { rows, pages } = await collectionFromBatch<SubscribedSku>(
      results.get('subscribedSkus')!,
      ENDPOINT,
      'subscribedSkus',
      ctx,
    );
    return { data: rows, pages, rows: rows.length };
  },
};
