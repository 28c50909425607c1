// Builds the @azure/identity credential for an AuthConfig. With an overridden authority host, instance
// discovery is disabled (MSAL would otherwise ask login.microsoftonline.com about the host first).

import {
  AzureCliCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  DeviceCodeCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import type { Agent as HttpsAgent } from 'node:https';
import type { AuthConfig } from './auth-config.js';
import { checkCertificateFile } from './certificate-check.js';
import { GRAPH_CLI_CLIENT_ID, PORTAL_CLIENT_ID } from './clouds.js';
import { DeviceCodeSignIn } from './one-sign-in.js';

export interface IdentityEndpoint {
  authorityHost: string;
  /** true when the authority host was given explicitly (--authority-host). */
  disableInstanceDiscovery: boolean;
  /** Test hook: a PEM CA to trust for the authority. Production trusts NODE_EXTRA_CA_CERTS instead. */
  tlsCa?: string;
  /** The connections to the authority, so a stalled sign-in can be abandoned (sign-in.ts). */
  agent?: HttpsAgent;
}

/** Where a device-code prompt is shown (stderr in the CLI). */
export type DeviceCodePrompt = (message: string) => void;

function common(endpoint: IdentityEndpoint) {
  return {
    authorityHost: endpoint.authorityHost,
    disableInstanceDiscovery: endpoint.disableInstanceDiscovery,
    ...(endpoint.tlsCa ? { tlsOptions: { ca: endpoint.tlsCa } } : {}),
    ...(endpoint.agent ? { agent: endpoint.agent } : {}),
  };
}

export function createCredential(
  config: AuthConfig,
  endpoint: IdentityEndpoint,
  prompt?: DeviceCodePrompt,
): TokenCredential {
  switch (config.kind) {
    case 'secret':
      return new ClientSecretCredential(
        config.tenantId,
        config.clientId!,
        config.clientSecret!,
        common(endpoint),
      );
    case 'certificate':
      checkCertificateFile(config.certificatePath!);
      return new ClientCertificateCredential(
        config.tenantId,
        config.clientId!,
        {
          certificatePath: config.certificatePath!,
          ...(config.certificatePassword ? { certificatePassword: config.certificatePassword } : {}),
        },
        { ...common(endpoint), sendCertificateChain: false },
      );
    case 'device-code':
      // Prompts once; the portal backend's token may then come from the same sign-in (one-sign-in.ts).
      return new DeviceCodeSignIn({
        tenantId: config.tenantId,
        clientId: config.clientId ?? GRAPH_CLI_CLIENT_ID,
        ...common(endpoint),
        userPromptCallback: (info) => (prompt ?? ((m) => process.stderr.write(`${m}\n`)))(info.message),
      });
    case 'azure-cli':
      return new AzureCliCredential({ tenantId: config.tenantId });
    case 'managed-identity':
      return config.clientId
        ? new ManagedIdentityCredential({ clientId: config.clientId })
        : new ManagedIdentityCredential();
  }
}

/** The delegated sign-in for the portal backend: device code with Azure PowerShell's public client. */
export function createPortalCredential(
  tenantId: string,
  endpoint: IdentityEndpoint,
  prompt?: DeviceCodePrompt,
): TokenCredential {
  return new DeviceCodeCredential({
    tenantId,
    clientId: PORTAL_CLIENT_ID,
    ...common(endpoint),
    userPromptCallback: (info) =>
      (prompt ?? ((m) => process.stderr.write(`${m}\n`)))(
        `Portal backend sign-in (undocumented Microsoft API): ${info.message}`,
      ),
  });
}
