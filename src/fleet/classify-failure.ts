// Why a tenant could not be scanned, as a kind (for the report, the history and the exit code) and a
// message safe to print (the redactor has removed any secret).

import type { Redactor } from '../util/redactor.js';
import type { FailureKind } from './progress/fleet-event.js';

export interface TenantFailure {
  kind: FailureKind;
  message: string;
}

/** Thrown when a collected snapshot belongs to another tenant than the one asked for. */
export class TenantMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantMismatchError';
  }
}

interface ErrorLike {
  name?: string;
  message?: string;
  kind?: string;
  status?: number;
  code?: string;
  cause?: unknown;
}

function kindOf(err: ErrorLike): FailureKind {
  switch (err.name) {
    case 'AuthError':
    case 'AuthenticationRequiredError':
    case 'CredentialUnavailableError':
    case 'AuthenticationError':
      return 'auth';
    case 'InputError':
    case 'SecretResolutionError':
      return 'input';
    case 'TenantMismatchError':
      return 'isolation';
    case 'AbortError':
    case 'ScanAbandonedError':
      return 'interrupted';
    case 'TimeoutError':
    case 'ScanTimedOutError':
    case 'SignInTimedOutError':
      return 'timeout';
  }
  if (err.name === 'GraphFailure') {
    if (err.kind === 'auth') return 'auth';
    if (err.kind === 'timeout' || err.kind === 'deadline') return 'timeout';
    if (err.kind === 'network') return 'network';
    if (err.status === 429) return 'throttled';
    return 'collection';
  }
  if (err.name === 'CannotCollectError' || err.name === 'CollectionError') {
    return /AADSTS|invalid_client|unauthorized_client|sign[- ]in/i.test(err.message ?? '')
      ? 'auth'
      : 'collection';
  }
  if (/AADSTS\d+|invalid_client/.test(err.message ?? '')) return 'auth';
  if (/ECONNREFUSED|ENOTFOUND|ECONNRESET|EAI_AGAIN|socket hang up/.test(err.message ?? '')) return 'network';
  return 'internal';
}

export function classifyFailure(err: unknown, redactor: Redactor): TenantFailure {
  const e = (err && typeof err === 'object' ? err : { message: String(err) }) as ErrorLike;
  const message = (e.message ?? String(err)).split('\n')[0] || e.name || 'unknown error';
  return { kind: kindOf(e), message: redactor.redact(message) };
}

/** The reason an abandoned scan was stopped. */
export class ScanAbandonedError extends Error {
  constructor(reason: string) {
    super(`abandoned: ${reason}`);
    this.name = 'ScanAbandonedError';
  }
}

/** A tenant abandoned because it ran past --tenant-timeout: the tenant's failure (kind timeout), not the run's. */
export class ScanTimedOutError extends Error {
  constructor(reason: string) {
    super(`abandoned: ${reason}`);
    this.name = 'ScanTimedOutError';
  }
}
