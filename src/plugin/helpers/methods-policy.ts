// Whether this cloud offers the authentication methods policy at all (SSPR-04 and SSPR-20 both ask).

import type { Snapshot } from '../../snapshot/types.js';

// Graph's answers for a segment the cloud's metadata lacks: 404, or 400 "Resource not found for the segment".
const NOT_OFFERED_ANSWER = /not found for the segment|\b404\b|\b400\b/i;

/**
 * True when the tenant is in the China (21Vianet) cloud and Graph answered that the authentication
 * methods policy does not exist there (v1.0-Mooncake.csdl has no policies/authenticationMethodsPolicy).
 * The collector records that answer as a non-ok outcome; a refused call (403) is not "not offered".
 */
export function methodsPolicyNotOffered(s: Snapshot): boolean {
  const o = s.sources.authenticationMethodsPolicy.outcome;
  if (s.tenant.cloud !== 'china' || o.status === 'ok') return false;
  return o.status === 'unavailable' || (o.status === 'error' && NOT_OFFERED_ANSWER.test(o.error ?? ''));
}
