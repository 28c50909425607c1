// One interactive sign-in for the whole scan where the token audiences allow it: the Graph
// device-code sign-in prompts once; the portal backend's token is then asked for silently from the
// same sign-in (MSAL redeems its refresh token for the second resource). Only when Entra refuses
// that (the public client is not allowed for the portal resource) does a second device-code prompt
// follow — and the user is told so, plainly, before its code appears.

import {
  DeviceCodeCredential,
  type AccessToken,
  type DeviceCodeCredentialOptions,
  type GetTokenOptions,
  type TokenCredential,
} from '@azure/identity';

/** A device-code credential that prompts on its first token only; later scopes are silent or fail. */
export class DeviceCodeSignIn implements TokenCredential {
  private readonly inner: DeviceCodeCredential;
  private signedIn: Promise<unknown> | undefined;

  constructor(options: DeviceCodeCredentialOptions) {
    this.inner = new DeviceCodeCredential({ ...options, disableAutomaticAuthentication: true });
  }

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
    if (!this.signedIn) {
      this.signedIn = this.inner.authenticate(scopes, options);
      await this.signedIn;
    } else await this.signedIn;
    return this.inner.getToken(scopes, options);
  }
}

/**
 * The portal backend's token: from the Graph sign-in when Entra allows it, else from `second` (its own
 * device-code prompt), after `notify` has said why a second prompt comes.
 */
export class SecondResourceCredential implements TokenCredential {
  private fallback = false;

  constructor(
    private readonly first: TokenCredential,
    private readonly second: TokenCredential,
    private readonly notify: (message: string) => void,
  ) {}

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    if (!this.fallback) {
      try {
        const token = await this.first.getToken(scopes, options);
        if (token) return token;
      } catch (err) {
        this.notify(
          `The portal backend needs a second sign-in: the Graph sign-in's token could not be reused for it (${firstLine(err)}). A second device code follows.`,
        );
      }
      this.fallback = true;
    }
    return this.second.getToken(scopes, options);
  }
}

function firstLine(err: unknown): string {
  const message = (err as Error)?.message ?? String(err);
  return (/(AADSTS\d+:[^\r\n.]*)/.exec(message)?.[1] ?? message.split(/\r?\n/)[0] ?? '').slice(0, 200);
}
