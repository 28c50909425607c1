// When MSAL only says "endpoints_resolution_error", one GET of the tenant's OpenID configuration tells
// the cases apart: an untrusted TLS certificate, an unreachable host, an unknown tenant (AADSTS90002).

export type AuthorityProbe =
  | { kind: 'ok' }
  | { kind: 'http'; status: number; description?: string }
  | { kind: 'tls'; reason: string }
  | { kind: 'unreachable'; reason: string };

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS/;

export async function probeAuthority(
  authorityHost: string,
  tenantId: string,
  fetchOptions?: RequestInit,
): Promise<AuthorityProbe> {
  const url = `${authorityHost.replace(/\/+$/, '')}/${encodeURIComponent(tenantId)}/v2.0/.well-known/openid-configuration`;
  try {
    const response = await fetch(url, { ...fetchOptions, signal: AbortSignal.timeout(10_000) });
    if (response.ok) return { kind: 'ok' };
    let description: string | undefined;
    try {
      description = ((await response.json()) as { error_description?: string }).error_description?.split(
        /\r?\n/,
      )[0];
    } catch {
      description = undefined;
    }
    return { kind: 'http', status: response.status, description };
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const reason = [cause?.code, cause?.message].filter(Boolean).join(': ') || (err as Error).message;
    return TLS_CODES.test(cause?.code ?? '') || /certificate/i.test(reason)
      ? { kind: 'tls', reason }
      : { kind: 'unreachable', reason };
  }
}
