// Signing in failed — wrong secret, unknown tenant, expired certificate, unreachable authority — so
// nothing can be collected: a CollectionError, which the CLI turns into exit code 3. The message
// says what failed and what to do, never a secret.

import { CollectionError } from '../util/collection-error.js';

export class AuthError extends CollectionError {
  constructor(
    message: string,
    /** What the user can do about it. */
    readonly hint?: string,
  ) {
    super(hint ? `${message} ${hint}` : message);
    this.name = 'AuthError';
  }
}

/** Sign-in outlived the scan's deadline: still a sign-in failure (exit 3), but a fleet files it as a timeout. */
export class SignInTimedOutError extends AuthError {
  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = 'SignInTimedOutError';
  }
}
