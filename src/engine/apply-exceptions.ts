// Accepted risks: an exception turns a real warn/fail into accepted_risk until the end of its expiry
// day (UTC); after that the real status stands and the exception is reported as lapsed.

import type { RiskException } from '../inputs/exceptions.js';
import type { CheckException } from '../results/types.js';
import type { CheckResultCore, Status } from './types.js';

export function exceptionFor(
  result: CheckResultCore,
  exception: RiskException | undefined,
  scanTime: Date,
): { status: Status; exception?: CheckException } {
  if (!exception) return { status: result.status };
  const { reason, owner, expires } = exception;
  if (result.status !== 'warn' && result.status !== 'fail') {
    return { status: result.status, exception: { reason, owner, expires, state: 'unused' } };
  }
  const endOfExpiryDay = Date.parse(`${expires}T23:59:59.999Z`);
  return scanTime.getTime() <= endOfExpiryDay
    ? { status: 'accepted_risk', exception: { reason, owner, expires, state: 'live' } }
    : { status: result.status, exception: { reason, owner, expires, state: 'lapsed' } };
}
