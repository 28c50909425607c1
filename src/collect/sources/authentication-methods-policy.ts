// policies/authenticationMethodsPolicy: which methods are on, for whom, and the migration state.

import { GraphFailure } from '../../graph/graph-failure.js';
import { bodyOf } from '../../graph/batch-result.js';
import type { AuthenticationMethodsPolicy } from '../../snapshot/types.js';
import type { BatchedRead } from '../batched-read.js';
import { withoutAnnotations } from '../collect-context.js';

const ENDPOINT = '/v1.0/policies/authenticationMethodsPolicy';

export const authenticationMethodsPolicyRead: BatchedRead<AuthenticationMethodsPolicy> = {
  source: 'authenticationMethodsPolicy',
  endpoint: ENDPOINT,
  steps: [{ id: 'authenticationMethodsPolicy', url: '/policies/authenticationMethodsPolicy' }],
  async finish(results) {
    const policy = bodyOf<AuthenticationMethodsPolicy>(results.get('authenticationMethodsPolicy')!, ENDPOINT);
    if (!policy || !Array.isArray(policy.authenticationMethodConfigurations)) {
      throw new GraphFailure({
        kind: 'malformed',
        endpoint: ENDPOINT,
        detail: 'expected authenticationMethodConfigurations (an array) in the policy',
      });
    }
    return { data: withoutAnnotations(policy) };
  },
};
