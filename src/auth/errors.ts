// Errors that stop a scan before any source can be read: the CLI maps them to exit code 3
// ("could not collect"). Their messages say what failed and what to do, never a secret.

export class CannotCollectError extends Error {
  readonly exitCode = 3;

  constructor(message: string) {
    super(message);
    this.name = 'CannotCollectError';
  }
}

/** Signing in failed: wrong secret, unknown tenant, expired certificate, unreachable authority, … */
export class AuthError extends CannotCollectError {
  constructor(
    message: string,
    /** What the user can do about it. */
    readonly hint?: string,
  ) {
    super(hint ? `${message} ${hint}` : message);
    this.name = 'AuthError';
  }
}
