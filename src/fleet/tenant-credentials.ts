// A tenant's app credentials, resolved from their references at scan time (so a rotated secret file
// is read by the next pass). Every resolved secret is registered with the redactor before use.

import type { Redactor } from '../util/redactor.js';
import type { FleetTenant } from './config-types.js';
import { resolvePath, resolveValue } from './secret-reference.js';

export type AppCredentials =
  | { tenantId: string; clientId: string; kind: 'secret'; clientSecret: string }
  | { tenantId: string; clientId: string; kind: 'certificate'; certificatePath: string };

export function resolveTenantCredentials(
  tenant: FleetTenant,
  baseDir: string,
  redactor: Redactor,
  env: NodeJS.ProcessEnv = process.env,
): AppCredentials {
  const { clientId, credential } = tenant.auth;
  if (credential.kind === 'secret') {
    const clientSecret = resolveValue(credential.secret, env);
    redactor.add(clientSecret);
    return { tenantId: tenant.id, clientId, kind: 'secret', clientSecret };
  }
  return {
    tenantId: tenant.id,
    clientId,
    kind: 'certificate',
    certificatePath: resolvePath(credential.certificate, baseDir, env),
  };
}
