// Reads the claims of an Entra ID access token (a JWT) without verifying it: only to learn which
// application permissions (`roles`) the scan runs with. The token itself is never stored or printed.

export interface TokenClaims {
  roles?: string[];
  scp?: string;
  appid?: string;
  tid?: string;
  upn?: string;
  /** `app` on app-only tokens (optional claim). */
  idtyp?: string;
}

export function readTokenClaims(token: string): TokenClaims {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return {
      roles: Array.isArray(claims.roles)
        ? claims.roles.filter((r): r is string => typeof r === 'string')
        : undefined,
      scp: typeof claims.scp === 'string' ? claims.scp : undefined,
      appid:
        typeof claims.appid === 'string'
          ? claims.appid
          : typeof claims.azp === 'string'
            ? claims.azp
            : undefined,
      tid: typeof claims.tid === 'string' ? claims.tid : undefined,
      idtyp: typeof claims.idtyp === 'string' ? claims.idtyp : undefined,
      upn:
        typeof claims.upn === 'string'
          ? claims.upn
          : typeof claims.preferred_username === 'string'
            ? claims.preferred_username
            : undefined,
    };
  } catch {
    return {};
  }
}
