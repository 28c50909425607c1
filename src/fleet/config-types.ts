// The fleet config after loading: defaults applied, paths absolute, secrets parsed into references
// (resolved only when a tenant is scanned, so a rotated secret file is picked up by the next pass).

import type { CheckSet } from '../engine/check-set.js';
import type { PackSpec } from '../engine/load-packs.js';
import type { Severity } from '../engine/types.js';
import type { Format } from '../output/formats.js';
import type { Cloud } from '../snapshot/types.js';
import type { ValueSource } from './secret-reference.js';

export type WebhookFormat = 'teams' | 'slack' | 'json';

export type NotifyTrigger = { kind: 'drift' } | { kind: 'failed' } | { kind: 'below'; score: number };

export interface WebhookTarget {
  url: ValueSource;
  format: WebhookFormat;
}

export interface EmailTarget {
  smtp: ValueSource;
  from: string;
  to: string[];
  attachPdf: boolean;
}

export interface NotifyConfig {
  webhook?: WebhookTarget;
  email?: EmailTarget;
  on: NotifyTrigger[];
}

/** An app registration: a client ID and either a client secret or a certificate (PEM with key). */
export interface TenantAuth {
  clientId: string;
  credential: { kind: 'secret'; secret: ValueSource } | { kind: 'certificate'; certificate: ValueSource };
  /** True when it came from `defaults.auth` (one multi-tenant app across the fleet). */
  shared: boolean;
}

export interface FleetTenant {
  /** Position in `tenants[]`, for messages. */
  index: number;
  id: string;
  name: string;
  auth: TenantAuth;
  cloud: Cloud;
  graphEndpoint?: string;
  authorityHost?: string;
  attestation?: string;
  exceptions?: string;
  branding?: string;
  profile?: string;
  /** Management responses file (--responses). */
  responses?: string;
  /** Baseline id (--baseline). */
  baseline?: string;
  /** Check packs for this tenant (its own list, else the defaults'); loaded by preloadFleetPacks. */
  plugins?: PackSpec[];
  /** The tenant's check set once its packs are loaded (the built-ins when it has none). */
  checkSet?: CheckSet;
}

export interface FleetDefaults {
  out: string;
  formats: Format[];
  concurrency: number;
  history: string;
  schedule?: string;
  timezone?: string;
  notify?: NotifyConfig;
  failOn?: Severity;
  /** The fleet report's branding (and each tenant's unless it has its own). */
  branding?: string;
}

export interface FleetConfig {
  /** The config file, absolute. */
  file: string;
  /** The folder relative paths resolved against. */
  baseDir: string;
  defaults: FleetDefaults;
  tenants: FleetTenant[];
  /** Things allowed but unwise (an http:// webhook), printed by --validate and at the start of a run. */
  warnings?: string[];
}

/** A tenant as messages name it: `tenants[2] "Contoso"`. */
export function tenantLabel(tenant: { index: number; name?: string }): string {
  return `tenants[${tenant.index}]${tenant.name ? ` "${tenant.name}"` : ''}`;
}
