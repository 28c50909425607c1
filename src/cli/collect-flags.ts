// The flags `scan` and `collect` share to reach a tenant (DESIGN.md "Authentication and endpoints"),
// checked before any work starts (usage errors exit 2), and turned into collectSnapshot's options.

import { authConfigFromEnv, AUTH_KINDS, isAuthKind } from '../auth/auth-config.js';
import { isCloud, CLOUD_NAMES } from '../auth/clouds.js';
import type { CollectOptions } from '../collect/collect-options.js';
import { GRAPH_REPORTS_LIMIT, type PacerLimit } from '../graph/pacer.js';
import { createProgressLine } from '../collect/progress-line.js';
import { SOURCE_COUNT } from '../collect/collect-snapshot.js';
import type { LoadedAttestation } from '../inputs/attestation.js';
import type { PortalExport } from '../inputs/portal-export.js';
import { InputError } from '../util/input-error.js';
import { TOOL } from '../util/tool-info.js';
import type { OptionSpec } from './args.js';

export const COLLECT_OPTIONS = {
  tenant: { type: 'string' },
  auth: { type: 'string' },
  cloud: { type: 'string' },
  'graph-endpoint': { type: 'string' },
  'authority-host': { type: 'string' },
  'portal-endpoint': { type: 'string' },
  'timeout-minutes': { type: 'string' },
} as const satisfies OptionSpec;

export const COLLECT_HELP = `Tenant and sign-in:
  --tenant ID            tenant GUID or verified domain (or AZURE_TENANT_ID)
  --auth KIND            ${AUTH_KINDS.join('|')} (default env: AZURE_CLIENT_ID with
                         AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH)
  --cloud NAME           ${CLOUD_NAMES.join('|')} (default global): Graph root, authority, scopes
  --graph-endpoint URL   Graph root override (https), e.g. for a test double
  --authority-host URL   token authority override (https); disables instance discovery
  --portal-endpoint URL  portal backend override (default https://main.iam.ad.ext.azure.com)
  --timeout-minutes N    give up collecting after N minutes (default 60)
Trust a private CA with NODE_EXTRA_CA_CERTS. Run "sspr-audit permissions" for what to grant.
The reports (reports/*, auditLogs/*) are paced to Graph's limit of 5 requests per 10 s per tenant;
SSPR_AUDIT_REPORTS_LIMIT=N/MS changes it (e.g. 4/10000) should Microsoft change the limit.`;

export interface CollectFlags {
  tenant?: string;
  auth?: string;
  cloud?: string;
  'graph-endpoint'?: string;
  'authority-host'?: string;
  'portal-endpoint'?: string;
  'timeout-minutes'?: string;
  portal?: boolean;
  quiet?: boolean;
}

function httpsUrl(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`--${flag}`, `"${value}" is not a URL`);
  }
  if (url.protocol !== 'https:')
    throw new InputError(`--${flag}`, `"${value}" must use https (tokens are only sent over https)`);
  return value.replace(/\/+$/, '');
}

/** SSPR_AUDIT_REPORTS_LIMIT=N/MS: the reports pacing (Graph documents 5 per 10,000 ms). */
export function reportsLimitFrom(env: NodeJS.ProcessEnv): PacerLimit | undefined {
  const text = env.SSPR_AUDIT_REPORTS_LIMIT;
  if (!text) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1)
    throw new InputError(
      'SSPR_AUDIT_REPORTS_LIMIT',
      `expected N/MS (requests per milliseconds), e.g. 5/10000; got "${text}"`,
    );
  return {
    limit: Number(m[1]),
    windowMs: Number(m[2]),
    marginMs: Math.min(GRAPH_REPORTS_LIMIT.marginMs, Math.floor(Number(m[2]) / 20)),
  };
}

/** Checks the flags (InputError, exit 2) — credentials are resolved later (AuthError, exit 3). */
export function parseCollectFlags(flags: CollectFlags, env: NodeJS.ProcessEnv = process.env) {
  const tenant = flags.tenant ?? env.AZURE_TENANT_ID;
  if (!tenant)
    throw new InputError('--tenant', 'required: a tenant GUID or verified domain (or set AZURE_TENANT_ID)');
  const auth = flags.auth ?? 'env';
  if (!isAuthKind(auth))
    throw new InputError('--auth', `unknown "${auth}" (expected one of ${AUTH_KINDS.join(', ')})`);
  const cloud = flags.cloud ?? 'global';
  if (!isCloud(cloud))
    throw new InputError('--cloud', `unknown "${cloud}" (expected one of ${CLOUD_NAMES.join(', ')})`);
  const minutes = flags['timeout-minutes'] === undefined ? undefined : Number(flags['timeout-minutes']);
  if (minutes !== undefined && !(minutes > 0))
    throw new InputError('--timeout-minutes', 'expected a positive number of minutes');
  return {
    tenant,
    auth,
    cloud,
    graphEndpoint: httpsUrl('graph-endpoint', flags['graph-endpoint']),
    authorityHost: httpsUrl('authority-host', flags['authority-host']),
    portalEndpoint: httpsUrl('portal-endpoint', flags['portal-endpoint']),
    scanTimeoutMs: minutes === undefined ? undefined : minutes * 60_000,
    reports: reportsLimitFrom(env),
  };
}

export function collectOptionsFrom(
  flags: CollectFlags,
  inputs: { attestation?: LoadedAttestation; portalExport?: PortalExport },
  env: NodeJS.ProcessEnv = process.env,
): CollectOptions {
  const parsed = parseCollectFlags(flags, env);
  return {
    tenantId: parsed.tenant,
    auth: authConfigFromEnv(parsed.auth, parsed.tenant, env),
    cloud: parsed.cloud,
    graphEndpoint: parsed.graphEndpoint,
    authorityHost: parsed.authorityHost,
    portal: flags.portal ?? false,
    portalEndpoint: parsed.portalEndpoint,
    portalExport: inputs.portalExport,
    attestation: inputs.attestation?.attestation ?? null,
    limits: {
      ...(parsed.scanTimeoutMs ? { scanTimeoutMs: parsed.scanTimeoutMs } : {}),
      ...(parsed.reports ? { reports: parsed.reports } : {}),
    },
    onProgress: createProgressLine(process.stderr, { quiet: flags.quiet, total: SOURCE_COUNT }),
    tool: { name: TOOL.name, version: TOOL.version },
  };
}
