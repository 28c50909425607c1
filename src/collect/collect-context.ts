// What every collector gets: the transport, the cloud, the scan time and activity window, the token's
// permissions (to name a missing one precisely), the sign-in type and the progress sink.

import type { CloudEndpoints } from '../auth/clouds.js';
import type { SignInType } from '../auth/sign-in-type.js';
import type { GraphTransport } from '../graph/transport.js';
import type { ProgressSink } from './progress.js';

export interface CollectContext {
  transport: GraphTransport;
  cloud: CloudEndpoints;
  /** Scan time; windows and ages are measured from it. */
  now: Date;
  window: { from: string; to: string };
  grantedPermissions?: string[];
  /** Application or delegated: delegated-only reports are skipped under an application sign-in. */
  signInType: SignInType;
  progress: ProgressSink;
}

/** An OData datetime literal at second precision: 2026-10-21T09:00:00Z. */
export function odataDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `$filter=…&$select=…` with values percent-encoded, keys as Graph spells them. */
export function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A string literal for $filter: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Drops @odata.* and other @annotations: they describe the response, not the tenant. */
export function withoutAnnotations<T>(value: T): T {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!k.startsWith('@')) out[k] = v;
  return out as T;
}
