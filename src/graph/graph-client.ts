// The Microsoft Graph client for one scan: the real @microsoft/microsoft-graph-client with an
// @azure/identity credential, pointed at the cloud's Graph root (or --graph-endpoint), with that host
// in customHosts so the bearer token is attached — and an OriginGuard in front, so the token goes to
// that origin only (scheme, host and port). Redirects are not followed (`redirect: 'manual'`): a 3xx
// is an error outcome, never data from elsewhere recorded as Graph's. Retries live in GraphTransport,
// not in the client, so throttling, pacing, timeouts and the scan deadline are handled in one place.

import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';
import type { TokenCredential } from '@azure/identity';
import { NetworkErrorHandler } from './network-error-handler.js';
import { OriginGuard } from './origin-guard.js';

export interface GraphClientSettings {
  /** e.g. https://graph.microsoft.com or https://127.0.0.1:8443 (no version, no trailing slash). */
  baseUrl: string;
  credential: TokenCredential;
  /** The `.default` scope of the cloud (the token audience), e.g. https://graph.microsoft.com/.default. */
  scope: string;
  /** Extra fetch options (tests pass an undici dispatcher that trusts the test CA). */
  fetchOptions?: RequestInit;
}

export function createGraphClient(settings: GraphClientSettings): Client {
  const url = new URL(settings.baseUrl);
  if (url.protocol !== 'https:')
    throw new Error(
      `The Graph endpoint must use https (the Graph client only sends the token over https): ${settings.baseUrl}`,
    );
  const auth = new AuthenticationHandler(
    new TokenCredentialAuthenticationProvider(settings.credential, { scopes: [settings.scope] }),
  );
  const guard = new OriginGuard(url.origin);
  const telemetry = new TelemetryHandler();
  const network = new NetworkErrorHandler();
  const http = new HTTPMessageHandler();
  guard.setNext(auth);
  auth.setNext(telemetry);
  telemetry.setNext(network);
  network.setNext(http);
  return Client.initWithMiddleware({
    baseUrl: url.origin,
    defaultVersion: 'v1.0',
    customHosts: new Set([url.hostname]),
    middleware: guard,
    fetchOptions: { ...settings.fetchOptions, redirect: 'manual' },
  });
}
