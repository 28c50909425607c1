// The Graph answer an injected fault stands for (wire faults — drop, cut, truncate, slow — are
// applied by the server when it writes the response).

import { forbidden, graphError, notLicensed, tooManyRequests } from './errors.js';
import { retryAfterValue, type FaultSpec } from './faults.js';
import type { DoubleRequest, DoubleResponse } from './http-types.js';

export function faultResponse(fault: FaultSpec, req?: DoubleRequest): DoubleResponse | undefined {
  switch (fault.kind) {
    case 'refuseTop':
      return req?.query.has('$top')
        ? graphError(400, 'BadRequest', `Invalid page size specified: '${req.query.get('$top')}'.`)
        : undefined;
    case 'forbidden':
      return forbidden();
    case 'forbiddenNoCode':
      return graphError(403, '', 'Forbidden.');
    case 'notLicensed':
      return notLicensed();
    case 'throttle': {
      const response = tooManyRequests(retryAfterValue(fault));
      if (fault.noRetryAfter) response.headers = {};
      return response;
    }
    case 'serverError': {
      const status = fault.status ?? 503;
      return graphError(
        status,
        status === 504 ? 'GatewayTimeout' : 'ServiceUnavailable',
        'The service is temporarily unavailable (injected).',
        {
          ...(fault.retryAfterSeconds !== undefined ? { 'Retry-After': retryAfterValue(fault) } : {}),
        },
      );
    }
    case 'notFound':
      return graphError(404, 'Request_ResourceNotFound', 'Resource not found (injected).');
    default:
      return undefined;
  }
}
