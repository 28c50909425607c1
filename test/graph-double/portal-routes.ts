// The Azure portal's undocumented backend (main.iam.ad.ext.azure.com/api/PasswordReset/…), served
// from the model's passwordResetPolicies / onPremisesPasswordResetPolicies sections. It only accepts
// a delegated token for the portal resource, as the real one does.

import { PORTAL_RESOURCE } from './auth-routes.js';
import type { DoubleResponse } from './http-types.js';
import type { DoubleTenant } from './tenant.js';
import type { AccessClaims } from './tokens.js';

const PORTAL_ROUTES: Record<string, 'passwordResetPolicies' | 'onPremisesPasswordResetPolicies'> = {
  '/api/PasswordReset/PasswordResetPolicies': 'passwordResetPolicies',
  '/api/PasswordReset/OnPremisesPasswordResetPolicies': 'onPremisesPasswordResetPolicies',
};

export function portalRouteName(path: string): string | undefined {
  return PORTAL_ROUTES[path];
}

export function handlePortal(
  path: string,
  claims: AccessClaims | undefined,
  tenant: DoubleTenant | undefined,
): DoubleResponse {
  const source = PORTAL_ROUTES[path];
  if (!source) return { status: 404, body: { errorCode: 'NotFound', message: `No portal API at ${path}.` } };
  if (!claims || !tenant || claims.aud !== PORTAL_RESOURCE || !claims.scp) {
    return {
      status: 401,
      body: {
        errorCode: 'Unauthorized',
        message: 'A delegated token for the Azure portal (74658136-14ec-4630-ad9b-26e160ff0fc6) is required.',
      },
    };
  }
  const section = tenant.model.sources[source];
  if (section.outcome.status !== 'ok' || !section.data) {
    return {
      status: 403,
      body: {
        errorCode: 'Forbidden',
        message: 'The signed-in user cannot read the password reset policies.',
      },
    };
  }
  return { status: 200, body: section.data };
}
