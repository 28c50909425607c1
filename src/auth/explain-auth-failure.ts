// Turns what @azure/identity / MSAL threw into an AuthError that says what failed and what to do:
// wrong or expired secret, unknown tenant or app, expired or unregistered certificate, untrusted or
// unreachable authority. Only Entra ID's own first description line is kept (no trace ids, no secrets).

import { AuthError } from './errors.js';
import { probeAuthority } from './probe-authority.js';

export interface AuthFailureContext {
  tenantId: string;
  clientId?: string;
  /** secret, certificate, device-code, … (for the hint). */
  method: string;
  authorityHost: string;
  fetchOptions?: RequestInit;
  /** Where the secret came from (default AZURE_CLIENT_SECRET), so the hint points at the right place. */
  secretOrigin?: string;
}

function aadstsLine(message: string): string | undefined {
  return /(AADSTS\d+:[^\r\n]*)/.exec(message)?.[1]?.trim();
}

function byCode(code: number, line: string, ctx: AuthFailureContext): AuthError | undefined {
  const app = ctx.clientId ? `app ${ctx.clientId}` : 'the app';
  switch (code) {
    case 7000215:
      return new AuthError(
        `Sign-in failed: the client secret for ${app} was rejected (${line})`,
        `Check ${ctx.secretOrigin ?? 'AZURE_CLIENT_SECRET'}: use the secret value, not its id, and a secret of this app.`,
      );
    case 7000222:
      return new AuthError(
        `Sign-in failed: the client secret for ${app} has expired (${line})`,
        'Create a new client secret for the app registration.',
      );
    case 90002:
      return new AuthError(
        `Sign-in failed: tenant ${ctx.tenantId} was not found (${line})`,
        'Check --tenant (a tenant GUID or verified domain) and --cloud.',
      );
    case 700016:
      return new AuthError(
        `Sign-in failed: ${app} does not exist in tenant ${ctx.tenantId} (${line})`,
        'Check AZURE_CLIENT_ID and that the app is registered or consented in this tenant.',
      );
    case 700027:
      return /expired/i.test(line)
        ? new AuthError(
            `Sign-in failed: the certificate of ${app} has expired (${line})`,
            'Upload a new certificate to the app registration.',
          )
        : new AuthError(
            `Sign-in failed: the certificate was not accepted for ${app} (${line})`,
            'Check that this certificate is uploaded to the app registration.',
          );
    case 700024:
      return new AuthError(
        `Sign-in failed: the client assertion is outside its validity window (${line})`,
        "Check this machine's clock.",
      );
    default:
      return undefined;
  }
}

async function fromProbe(ctx: AuthFailureContext): Promise<AuthError> {
  const probe = await probeAuthority(ctx.authorityHost, ctx.tenantId, ctx.fetchOptions);
  switch (probe.kind) {
    case 'tls':
      return new AuthError(
        `Sign-in failed: the TLS certificate of ${ctx.authorityHost} is not trusted (${probe.reason}).`,
        'If it uses a private CA, set NODE_EXTRA_CA_CERTS to the CA file.',
      );
    case 'unreachable':
      return new AuthError(
        `Sign-in failed: the authority ${ctx.authorityHost} could not be reached (${probe.reason}).`,
        'Check the network, proxy settings, --cloud and --authority-host.',
      );
    case 'http': {
      const code = /AADSTS(\d+)/.exec(probe.description ?? '')?.[1];
      const known = code ? byCode(Number(code), probe.description!, ctx) : undefined;
      return (
        known ??
        new AuthError(
          `Sign-in failed: ${ctx.authorityHost} answered HTTP ${probe.status} for tenant ${ctx.tenantId}${probe.description ? ` (${probe.description})` : ''}.`,
        )
      );
    }
    case 'ok':
      return new AuthError(
        `Sign-in failed: MSAL could not resolve the endpoints of ${ctx.authorityHost}, although its OpenID configuration answers.`,
        'Check --authority-host and --cloud.',
      );
  }
}

export async function explainAuthFailure(err: unknown, ctx: AuthFailureContext): Promise<AuthError> {
  if (err instanceof AuthError) return err;
  const message = (err as Error)?.message ?? String(err);
  const line = aadstsLine(message);
  const code = line ? Number(/AADSTS(\d+)/.exec(line)![1]) : undefined;
  const known = code !== undefined ? byCode(code, line!, ctx) : undefined;
  if (known) return known;
  if (/endpoints_resolution_error|ENOTFOUND|ECONNREFUSED|network_error|getaddrinfo/i.test(message))
    return fromProbe(ctx);
  if (line) return new AuthError(`Sign-in failed (${ctx.method}): ${line}`);
  return new AuthError(`Sign-in failed (${ctx.method}): ${message.split(/\r?\n/)[0]}`);
}
