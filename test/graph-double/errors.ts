// Graph's error bodies ({error:{code,message,innerError}}), as the samples show them.

import { randomUUID } from 'node:crypto';
import type { DoubleResponse } from './http-types.js';

export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): DoubleResponse {
  const requestId = randomUUID();
  return {
    status,
    headers,
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          'request-id': requestId,
          'client-request-id': requestId,
        },
      },
    },
  };
}

export const forbidden = () =>
  graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

export const notLicensed = () =>
  graphError(
    403,
    'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    "Neither tenant is B2C or tenant doesn't have premium license",
  );

export function tooManyRequests(retryAfter: string): DoubleResponse {
  const response = graphError(429, 'TooManyRequests', 'Please retry again later.', {
    'Retry-After': retryAfter,
  });
  const error = (response.body as { error: { innerError: Record<string, string> } }).error;
  error.innerError = { code: '429', message: 'Please retry after', status: '429', ...error.innerError };
  return response;
}

export const notFound = (message = 'Resource not found.') =>
  graphError(404, 'Request_ResourceNotFound', message);

export const badRequest = (message: string, code = 'BadRequest') => graphError(400, code, message);

export const unauthorized = (message: string) => graphError(401, 'InvalidAuthenticationToken', message);
