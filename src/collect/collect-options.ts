// What `scan` and `collect` (and fleet) hand to collectSnapshot: the tenant, how to sign in, which
// cloud or endpoints, the portal choice, the attestation (for the pilot group), limits and hooks.

import type { TokenCredential } from '@azure/identity';
import type { AuthConfig } from '../auth/auth-config.js';
import type { DeviceCodePrompt } from '../auth/credential-factory.js';
import type { TransportLimits } from '../graph/transport-limits.js';
import type { PortalExport } from '../inputs/portal-export.js';
import type { Attestation, Cloud } from '../snapshot/types.js';
import type { ProgressSink } from './progress.js';

export interface CollectOptions {
  /** Tenant GUID or verified domain (--tenant). */
  tenantId: string;
  /** How to sign in (see authConfigFromEnv); ignored when `credential` is given. */
  auth?: AuthConfig;
  /** A ready credential (fleet, tests); `auth` describes it for the snapshot when both are given. */
  credential?: TokenCredential;
  /** Default global; with --graph-endpoint and no --cloud, still global (CHECKS.md). */
  cloud?: Cloud;
  /** --graph-endpoint: Graph root override, e.g. https://127.0.0.1:8443. */
  graphEndpoint?: string;
  /** --authority-host: token authority override; disables MSAL instance discovery. */
  authorityHost?: string;
  /** --portal: read the portal backend with a delegated device-code sign-in. */
  portal?: boolean;
  /** --portal-endpoint: portal backend override (default https://main.iam.ad.ext.azure.com). */
  portalEndpoint?: string;
  /** --portal-export, loaded: its sections stand in for the live portal (and name the pilot group). */
  portalExport?: PortalExport;
  /** The loaded attestation: recorded in the snapshot; its selectedGroup is looked up. */
  attestation?: Attestation | null;
  /** Scan time (default now); the activity window is the `windowDays` before it. */
  now?: Date;
  windowDays?: number;
  limits?: Partial<TransportLimits>;
  /**
   * A budget shared with other scans (fleet: Graph limits an app across all tenants): awaited before
   * every Graph request this scan sends. The per-tenant pacing stays in the transport.
   */
  requestGate?: () => Promise<void>;
  onProgress?: ProgressSink;
  /** Where device-code prompts go (default stderr). */
  onDeviceCode?: DeviceCodePrompt;
  tool?: { name: string; version: string };
  /**
   * Test hooks: fetch options for Graph and the portal (an undici dispatcher trusting a test CA) and
   * a PEM CA for the identity pipeline. Production trusts a private CA through NODE_EXTRA_CA_CERTS.
   */
  network?: { fetchOptions?: RequestInit; tlsCa?: string };
}
