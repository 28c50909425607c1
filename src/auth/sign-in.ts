// Gets the first token before any collection starts, so a bad credential stops the scan with a clear
// message (exit 3) instead of failing every source; and reads which permissions the token carries.

import type { TokenCredential } from '@azure/identity';
import { explainAuthFailure, type AuthFailureContext } from './explain-auth-failure.js';
import { signInTypeOf, type SignInType } from './sign-in-type.js';
import { readTokenClaims } from './token-claims.js';

export interface SignedIn {
  /** Application permissions in the token (`roles`), when it is an app-only JWT. */
  roles?: string[];
  appId?: string;
  /** The signed-in user, for delegated sign-ins. */
  account?: string;
  /** Application or delegated: which Graph reports the scan may call. */
  type: SignInType;
}

export async function signIn(
  credential: TokenCredential,
  scope: string,
  ctx: AuthFailureContext,
): Promise<SignedIn> {
  let token: string | undefined;
  try {
    token = (await credential.getToken(scope))?.token;
  } catch (err) {
    throw await explainAuthFailure(err, ctx);
  }
  if (!token) throw await explainAuthFailure(new Error('the credential returned no token'), ctx);
  const claims = readTokenClaims(token);
  return {
    roles: claims.roles,
    appId: claims.appid,
    account: claims.upn,
    type: signInTypeOf(claims, ctx.method),
  };
}
