// Access tokens the double issues and accepts: JWT-shaped (so the scanner can read the `roles`
// claim as it would from Entra ID), HMAC-signed with a per-double key so forged tokens are refused.

import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export interface AccessClaims {
  aud: string;
  iss: string;
  tid: string;
  /** The client (app) id the token was issued to. */
  appid: string;
  /** Application permissions (client-credentials tokens). */
  roles?: string[];
  /** Delegated scopes (device-code tokens). */
  scp?: string;
  upn?: string;
  oid?: string;
  /** Directory role template ids of the signed-in user (delegated tokens). */
  wids?: string[];
  /** `app` on app-only tokens, `user` on delegated ones (Entra's optional claim). */
  idtyp?: string;
  iat: number;
  exp: number;
  jti: string;
}

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

export class TokenIssuer {
  private readonly key = randomBytes(32);

  /** `marker` (base64url characters) starts every signature: a canary test greps for it. */
  constructor(private readonly marker = '') {
    if (!/^[A-Za-z0-9_-]*$/.test(marker)) throw new Error(`token marker "${marker}" is not base64url`);
  }

  issue(claims: Omit<AccessClaims, 'iat' | 'exp' | 'jti'>, lifetimeSeconds = 3599): string {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = b64url(
      JSON.stringify({ ...claims, iat: now, nbf: now, exp: now + lifetimeSeconds, jti: randomUUID() }),
    );
    return `${header}.${payload}.${this.sign(`${header}.${payload}`)}`;
  }

  /** The claims of a token this double issued and that has not expired, else undefined. */
  verify(token: string): AccessClaims | undefined {
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature) return undefined;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims;
    return claims.exp * 1000 > Date.now() ? claims : undefined;
  }

  /** An unsigned id token for the device-code (public client) flow. */
  idToken(claims: Record<string, unknown>): string {
    const now = Math.floor(Date.now() / 1000);
    return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify({ ...claims, iat: now, nbf: now, exp: now + 3599 }))}.`;
  }

  private sign(data: string): string {
    return this.marker + createHmac('sha256', this.key).update(data).digest('base64url');
  }
}
