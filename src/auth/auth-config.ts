// Which credential the scan signs in with (DESIGN.md: --auth env|secret|certificate|device-code|
// azure-cli|managed-identity, default env) and the AZURE_* variables that fill it (Azure SDK conventions).

import { AuthError } from './errors.js';

export const AUTH_KINDS = [
  'env',
  'secret',
  'certificate',
  'device-code',
  'azure-cli',
  'managed-identity',
] as const;
export type AuthKind = (typeof AUTH_KINDS)[number];

/** A resolved sign-in method: `env` has become `secret` or `certificate`. */
export interface AuthConfig {
  kind: Exclude<AuthKind, 'env'>;
  tenantId: string;
  clientId?: string;
  clientSecret?: string;
  certificatePath?: string;
  certificatePassword?: string;
  /** Where the secret or certificate came from, for sign-in hints (default: the AZURE_* variables). */
  origin?: string;
}

export function isAuthKind(value: string): value is AuthKind {
  return (AUTH_KINDS as readonly string[]).includes(value);
}

/** Resolves `--auth KIND` for `tenantId` (else AZURE_TENANT_ID) from the environment. */
export function authConfigFromEnv(
  kind: AuthKind,
  tenantId: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): AuthConfig {
  const tenant = tenantId ?? env.AZURE_TENANT_ID;
  if (!tenant)
    throw new AuthError(
      'No tenant given.',
      'Pass --tenant ID (a tenant GUID or verified domain) or set AZURE_TENANT_ID.',
    );
  const clientId = env.AZURE_CLIENT_ID || undefined;
  const secret = env.AZURE_CLIENT_SECRET || undefined;
  const certificatePath = env.AZURE_CLIENT_CERTIFICATE_PATH || undefined;
  const certificatePassword = env.AZURE_CLIENT_CERTIFICATE_PASSWORD || undefined;
  const needClient = (what: string) => {
    if (!clientId)
      throw new AuthError(
        `--auth ${kind} needs AZURE_CLIENT_ID (the app registration's application id) and ${what}.`,
      );
    return clientId;
  };
  switch (kind) {
    case 'env':
      if (secret)
        return {
          kind: 'secret',
          tenantId: tenant,
          clientId: needClient('AZURE_CLIENT_SECRET'),
          clientSecret: secret,
        };
      if (certificatePath)
        return {
          kind: 'certificate',
          tenantId: tenant,
          clientId: needClient('AZURE_CLIENT_CERTIFICATE_PATH'),
          certificatePath,
          certificatePassword,
        };
      throw new AuthError(
        '--auth env found no credentials in the environment.',
        'Set AZURE_CLIENT_ID with AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH, or choose --auth device-code, azure-cli or managed-identity.',
      );
    case 'secret':
      if (!secret)
        throw new AuthError('--auth secret needs AZURE_CLIENT_SECRET (the secret value, not its id).');
      return { kind, tenantId: tenant, clientId: needClient('AZURE_CLIENT_SECRET'), clientSecret: secret };
    case 'certificate':
      if (!certificatePath)
        throw new AuthError(
          '--auth certificate needs AZURE_CLIENT_CERTIFICATE_PATH (a PEM file holding the private key and the certificate).',
        );
      return {
        kind,
        tenantId: tenant,
        clientId: needClient('AZURE_CLIENT_CERTIFICATE_PATH'),
        certificatePath,
        certificatePassword,
      };
    case 'device-code':
    case 'azure-cli':
    case 'managed-identity':
      return { kind, tenantId: tenant, clientId };
  }
}
