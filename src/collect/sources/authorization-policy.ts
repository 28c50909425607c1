// policies/authorizationPolicy: allowedToUseSSPR (administrators only; informational, never "SSPR enabled").

import { GraphFailure } from '../../graph/graph-failure.js';
import { bodyOf } from '../../graph/batch-result.js';
import type { AuthorizationPolicy } from '../../snapshot/types.js';
import type { BatchedRead } from '../batched-read.js';
import { withoutAnnotations } from '../collect-context.js';

const ENDPOINT = '/v1.0/policies/authorizationPolicy';

export const authorizationPolicyRead: BatchedRead<AuthorizationPolicy> = {
  source: 'authorizationPolicy',
  endpoint: ENDPOINT,
  steps: [{ id: 'authorizationPolicy', url: '/policies/authorizationPolicy' }],
  async finish(results) {
    const body = bodyOf<AuthorizationPolicy & { value?: AuthorizationPolicy[] }>(
      results.get('authorizationPolicy')!,
      ENDPOINT,
    );
    const policy = Array.isArray(body?.value) ? body.value[0] : body;
    if (!policy || typeof policy !== 'object')
      throw new GraphFailure({
        kind: 'malformed',
        endpoint: ENDPOINT,
        detail: 'expected the authorization policy object',
      });
    return { data: withoutAnnotations(policy) };
  },
};
