// Gets the first token before any collection starts, so a bad credential stops the scan with a clear
// message (exit 3) instead of failing every source; and reads which permissions the token carries.
// Sign-in counts against the scan's deadline: a token endpoint or OpenID document that never answers
// is abandoned (the request aborted) when --timeout-minutes runs out. The token is registered with
// the redactor, so an error that echoes it is masked wherever it is printed or stored.

import type { TokenCredential } from '@azure/identity';
import { processSecrets } from '../util/redactor.js';
import { AuthError, SignInTimedOutError } from './errors.js';
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

export interface SignInLimits {
  /** Epoch ms after which sign-in is abandoned (the scan's deadline). */
  deadline: number;
  /** How the deadline was given, for the message (e.g. "--timeout-minutes 60"). */
  describe: string;
  /** Closes the connections of a sign-in that outlived the deadline (most credentials ignore abortSignal). */
  abandon?: () => void;
}

class SignInTimeout extends Error {}

/** `credential.getToken`, aborted and rejected once `limits.deadline` has passed. */
async function tokenWithin(
  credential: TokenCredential,
  scope: string,
  limits: SignInLimits | undefined,
): Promise<unknown> {
  if (!limits) return (await credential.getToken(scope))?.token;
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        abort.abort();
        limits.abandon?.();
        reject(new SignInTimeout());
      },
      Math.max(0, limits.deadline - Date.now()),
    );
  });
  try {
    const token = await Promise.race([credential.getToken(scope, { abortSignal: abort.signal }), expired]);
    return token?.token;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
}

export async function signIn(
  credential: TokenCredential,
  scope: string,
  ctx: AuthFailureContext,
  limits?: SignInLimits,
): Promise<SignedIn> {
  let token: unknown;
  try {
    token = await tokenWithin(credential, scope, limits);
  } catch (err) {
    if (err instanceof SignInTimeout)
      throw new SignInTimedOutError(
        `Sign-in did not finish within ${limits!.describe}: the identity service at ${ctx.authorityHost} (its OpenID document or token endpoint) gave no answer in time.`,
        'Check the network and proxy settings, --authority-host and --cloud.',
      );
    throw await explainAuthFailure(err, ctx);
  }
  if (token === undefined || token === null || token === '')
    throw await explainAuthFailure(new Error('the credential returned no token'), ctx);
  if (typeof token !== 'string')
    throw new AuthError(
      `Sign-in failed (${ctx.method}): the token endpoint of ${ctx.authorityHost} returned an access_token that is not a string (got ${typeof token}).`,
    );
  processSecrets.add(token);
  const claims = readTokenClaims(token);
  return {
    roles: claims.roles,
    appId: claims.appid,
    account: claims.upn,
    type: signInTypeOf(claims, ctx.method),
  };
}
