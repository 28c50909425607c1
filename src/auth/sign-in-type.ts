// Application or delegated sign-in (DESIGN.md "Sign-in types", CHECKS.md "Sign-in types"): some Graph
// reports are offered to delegated sign-ins only, so the scan must know which one it runs under.
// The --auth kind gives the expectation; the token itself has the last word (a delegated token
// carries `scp`, an app-only token does not), so `az login --service-principal` under --auth
// azure-cli is still recognised as an application sign-in.

import type { AuthKind } from './auth-config.js';
import type { TokenClaims } from './token-claims.js';

export type SignInType = 'application' | 'delegated';

/** Every --auth kind by the sign-in it makes (workload identity resolves through `env` or fleet). */
export const SIGN_IN_TYPE_OF_KIND: Readonly<Record<AuthKind, SignInType>> = {
  env: 'application',
  secret: 'application',
  certificate: 'application',
  'managed-identity': 'application',
  'device-code': 'delegated',
  'azure-cli': 'delegated',
};

export function signInTypeOfKind(kind: string | undefined): SignInType | undefined {
  return kind !== undefined && kind in SIGN_IN_TYPE_OF_KIND
    ? SIGN_IN_TYPE_OF_KIND[kind as AuthKind]
    : undefined;
}

/** The token decides when it can (`scp` → delegated; `roles` or idtyp=app → application), else the kind, else application. */
export function signInTypeOf(claims: TokenClaims, kind?: string): SignInType {
  if (claims.scp) return 'delegated';
  if (claims.roles || claims.idtyp === 'app') return 'application';
  return signInTypeOfKind(kind) ?? 'application';
}
