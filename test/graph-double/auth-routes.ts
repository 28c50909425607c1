// The slice of the Microsoft identity platform that MSAL (through @azure/identity) talks to:
// OpenID configuration, the v2.0 token endpoint (client secret, certificate assertion, device code)
// and the device-code endpoint. Errors carry Entra ID's AADSTS codes and body shape.

import { randomBytes, randomUUID } from 'node:crypto';
import { verifyClientAssertion } from './client-assertion.js';
import type { DoubleResponse } from './http-types.js';
import { DEFAULT_DELEGATED_USER, type DoubleApp, type DoubleTenant } from './tenant.js';
import type { TokenIssuer } from './tokens.js';

export const PORTAL_RESOURCE = '74658136-14ec-4630-ad9b-26e160ff0fc6';
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

export interface AuthContext {
  origin: string;
  issuer: TokenIssuer;
  findTenant(idOrDomain: string): DoubleTenant | undefined;
  /** device_code → pending sign-in. */
  deviceCodes: Map<string, { tenant: DoubleTenant; clientId: string; scope: string; pendingPolls: number }>;
  /** refresh_token → who signed in (a refresh token is good for any resource, as Entra's are). */
  refreshTokens: Map<string, { tenant: DoubleTenant; clientId: string }>;
  /** How many polls answer authorization_pending before the double approves a device code. */
  deviceCodePendingPolls: number;
}

function aadError(status: number, error: string, code: number, description: string): DoubleResponse {
  return {
    status,
    body: {
      error,
      error_description: `${description}\r\nTrace ID: ${randomUUID()}\r\nCorrelation ID: ${randomUUID()}\r\nTimestamp: ${new Date().toISOString()}`,
      error_codes: [code],
      timestamp: new Date().toISOString(),
      trace_id: randomUUID(),
      correlation_id: randomUUID(),
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
  };
}

const unknownTenant = (tenant: string) =>
  aadError(
    400,
    'invalid_tenant',
    90002,
    `AADSTS90002: Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
  );

function openIdConfiguration(ctx: AuthContext, tenantSegment: string): DoubleResponse {
  const tenant = ctx.findTenant(tenantSegment);
  if (!tenant) return unknownTenant(tenantSegment);
  const base = `${ctx.origin}/${tenant.id}`;
  return {
    status: 200,
    body: {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${ctx.origin}/${tenant.id}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${ctx.origin}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nonce', 'tid', 'oid'],
      tenant_region_scope: 'EU',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
    },
  };
}

/** `https://graph.microsoft.com/.default` → `https://graph.microsoft.com`; OIDC scopes are ignored. */
function audienceOf(scope: string): string | undefined {
  const resource = scope.split(' ').find((s) => s && !OIDC_SCOPES.has(s));
  return resource?.replace(/\/\.default$/, '');
}

function authenticateApp(
  ctx: AuthContext,
  tenant: DoubleTenant,
  app: DoubleApp,
  form: URLSearchParams,
): DoubleResponse | undefined {
  const secret = form.get('client_secret');
  const assertion = form.get('client_assertion');
  if (secret !== null) {
    if (!app.secret || app.secret !== secret) {
      return aadError(
        401,
        'invalid_client',
        7000215,
        `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.clientId}'.`,
      );
    }
    return undefined;
  }
  if (assertion !== null) {
    if (!app.certificatePem)
      return aadError(
        401,
        'invalid_client',
        700027,
        'AADSTS700027: No certificate is registered on the application.',
      );
    const check = verifyClientAssertion(
      assertion,
      app.certificatePem,
      app.clientId,
      `${ctx.origin}/${tenant.id}/oauth2/v2.0/token`,
    );
    return check.ok ? undefined : aadError(401, 'invalid_client', check.code, check.description);
  }
  return aadError(
    401,
    'invalid_client',
    7000218,
    "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  );
}

function clientCredentials(ctx: AuthContext, tenant: DoubleTenant, form: URLSearchParams): DoubleResponse {
  const clientId = form.get('client_id') ?? '';
  const app = tenant.apps.find((a) => a.clientId === clientId);
  if (!app) {
    return aadError(
      400,
      'unauthorized_client',
      700016,
      `AADSTS700016: Application with identifier '${clientId}' was not found in the directory '${tenant.id}'. This can happen if the application has not been installed by the administrator of the tenant.`,
    );
  }
  const failure = authenticateApp(ctx, tenant, app, form);
  if (failure) return failure;
  const aud = audienceOf(form.get('scope') ?? '');
  if (!aud)
    return aadError(
      400,
      'invalid_scope',
      1002012,
      'AADSTS1002012: The provided value for scope is not valid.',
    );
  const accessToken = ctx.issuer.issue({
    aud,
    iss: `${ctx.origin}/${tenant.id}/v2.0`,
    tid: tenant.id,
    appid: clientId,
    roles: [...app.roles],
    idtyp: 'app',
  });
  return {
    status: 200,
    body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken },
  };
}

function deviceCode(ctx: AuthContext, tenant: DoubleTenant, form: URLSearchParams): DoubleResponse {
  const code = randomBytes(24).toString('base64url');
  ctx.deviceCodes.set(code, {
    tenant,
    clientId: form.get('client_id') ?? '',
    scope: form.get('scope') ?? '',
    pendingPolls: ctx.deviceCodePendingPolls,
  });
  const userCode = randomBytes(4).toString('hex').toUpperCase();
  return {
    status: 200,
    body: {
      user_code: userCode,
      device_code: code,
      verification_uri: `${ctx.origin}/devicelogin`,
      expires_in: 900,
      interval: 1,
      message: `To sign in, use a web browser to open the page ${ctx.origin}/devicelogin and enter the code ${userCode} to authenticate.`,
    },
  };
}

function deviceCodeToken(ctx: AuthContext, tenant: DoubleTenant, form: URLSearchParams): DoubleResponse {
  const pending = ctx.deviceCodes.get(form.get('device_code') ?? '');
  if (!pending)
    return aadError(
      400,
      'expired_token',
      70020,
      'AADSTS70020: The provided value for the input parameter device_code is not valid or has expired.',
    );
  if (pending.pendingPolls > 0) {
    pending.pendingPolls -= 1;
    return aadError(
      400,
      'authorization_pending',
      70016,
      'AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
    );
  }
  ctx.deviceCodes.delete(form.get('device_code') ?? '');
  return delegatedTokens(ctx, tenant, pending.clientId, pending.scope);
}

const DOUBLE_USER_OID = '00000000-0000-0000-0000-0000000000cc';

/**
 * A delegated sign-in's answer: an access token for the scope's resource — for Graph carrying the
 * user's consented delegated permissions (`scp`) and directory roles (`wids`), for the portal
 * backend `user_impersonation` — plus an id token and a refresh token MSAL can redeem for another
 * resource without a second prompt.
 */
function delegatedTokens(
  ctx: AuthContext,
  tenant: DoubleTenant,
  clientId: string,
  scope: string,
): DoubleResponse {
  const user = tenant.portalUser ?? `auditor@${tenant.id}`;
  const oid = DOUBLE_USER_OID;
  const aud = audienceOf(scope) ?? PORTAL_RESOURCE;
  const iss = `${ctx.origin}/${tenant.id}/v2.0`;
  const delegated = tenant.delegatedUser ?? DEFAULT_DELEGATED_USER;
  const graph = aud !== PORTAL_RESOURCE;
  const refreshToken = randomBytes(32).toString('base64url');
  ctx.refreshTokens.set(refreshToken, { tenant, clientId });
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      scope,
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: ctx.issuer.issue({
        aud,
        iss,
        tid: tenant.id,
        appid: clientId,
        scp: graph ? delegated.scopes.join(' ') : 'user_impersonation',
        ...(graph ? { wids: [...delegated.roles] } : {}),
        idtyp: 'user',
        upn: user,
        oid,
      }),
      refresh_token: refreshToken,
      id_token: ctx.issuer.idToken({
        aud: clientId,
        iss,
        tid: tenant.id,
        oid,
        sub: oid,
        preferred_username: user,
        name: user,
      }),
      client_info: Buffer.from(JSON.stringify({ uid: oid, utid: tenant.id })).toString('base64url'),
    },
  };
}

/** grant_type=refresh_token: a token for another resource from the same sign-in (same public client). */
function refreshTokenGrant(ctx: AuthContext, tenant: DoubleTenant, form: URLSearchParams): DoubleResponse {
  const known = ctx.refreshTokens.get(form.get('refresh_token') ?? '');
  if (!known || known.tenant !== tenant || known.clientId !== form.get('client_id'))
    return aadError(
      400,
      'invalid_grant',
      9002313,
      'AADSTS9002313: Invalid request. Request is malformed or invalid.',
    );
  return delegatedTokens(ctx, tenant, known.clientId, form.get('scope') ?? '');
}

/** Handles `/{tenant}/…` identity requests; undefined when the path is not an identity endpoint. */
export function handleAuth(
  ctx: AuthContext,
  method: string,
  path: string,
  form: URLSearchParams,
): DoubleResponse | undefined {
  const m =
    /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/token|oauth2\/v2\.0\/devicecode|discovery\/v2\.0\/keys)$/.exec(
      path,
    );
  if (!m) return undefined;
  const [, tenantSegment, endpoint] = m as unknown as [string, string, string];
  if (endpoint.endsWith('openid-configuration')) return openIdConfiguration(ctx, tenantSegment);
  if (endpoint.endsWith('keys')) return { status: 200, body: { keys: [] } };
  const tenant = ctx.findTenant(tenantSegment);
  if (!tenant) return unknownTenant(tenantSegment);
  if (method !== 'POST')
    return aadError(405, 'invalid_request', 900561, 'AADSTS900561: The endpoint only accepts POST requests.');
  if (endpoint.endsWith('devicecode')) return deviceCode(ctx, tenant, form);
  const grant = form.get('grant_type');
  if (grant === 'client_credentials') return clientCredentials(ctx, tenant, form);
  if (grant === 'urn:ietf:params:oauth:grant-type:device_code' || grant === 'device_code')
    return deviceCodeToken(ctx, tenant, form);
  if (grant === 'refresh_token') return refreshTokenGrant(ctx, tenant, form);
  return aadError(
    400,
    'unsupported_grant_type',
    70003,
    `AADSTS70003: The app requested an unsupported grant type '${grant}'.`,
  );
}
