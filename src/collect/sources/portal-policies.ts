// The Azure portal's backend — an UNDOCUMENTED Microsoft API, not supported by Microsoft, that may
// change without notice — is the only place the SSPR settings without a public Graph API can be read
// (enablement, methods required, notifications, registration, writeback). It needs a delegated
// sign-in (--portal, device code) or a saved PasswordResetPolicies export (--portal-export).

import { randomUUID } from 'node:crypto';
import type { TokenCredential } from '@azure/identity';
import { PORTAL_SCOPE } from '../../auth/clouds.js';
import { explainAuthFailure } from '../../auth/explain-auth-failure.js';
import { GraphFailure } from '../../graph/graph-failure.js';
import type { PortalExport } from '../../inputs/portal-export.js';
import type { OnPremisesPasswordResetPolicies, PasswordResetPolicies, Source } from '../../snapshot/types.js';
import type { CollectContext } from '../collect-context.js';
import { readSource } from '../read-source.js';
import { skippedOutcome, unavailableOutcome } from '../source-outcome.js';

export const PORTAL_API_NOTICE =
  'Undocumented Microsoft API (the Azure portal backend, main.iam.ad.ext.azure.com): not supported by Microsoft, may change without notice, delegated sign-in only.';

export interface PortalRequest {
  /** Read it live (--portal). */
  signIn?: { credential: TokenCredential; tenantId: string; authorityHost: string };
  /** Base URL, default https://main.iam.ad.ext.azure.com (--portal-endpoint). */
  endpoint?: string;
}

export interface PortalSources {
  passwordResetPolicies: Source<PasswordResetPolicies>;
  onPremisesPasswordResetPolicies: Source<OnPremisesPasswordResetPolicies>;
}

const PATHS = {
  passwordResetPolicies: '/api/PasswordReset/PasswordResetPolicies?getPasswordResetEnabledGroup=true',
  onPremisesPasswordResetPolicies: '/api/PasswordReset/OnPremisesPasswordResetPolicies',
};

/** A device-code sign-in waits for a person: it must not outlast the scan deadline (the abort signal
 * also stops MSAL's polling). */
function beforeDeadline<T>(work: Promise<T>, deadline: number, endpoint: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new GraphFailure({
            kind: 'deadline',
            endpoint,
            detail: 'the portal sign-in was not completed before the scan deadline',
          }),
        ),
      Math.max(0, deadline - Date.now()),
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export async function collectPortal(ctx: CollectContext, request: PortalRequest): Promise<PortalSources> {
  const base = (request.endpoint ?? ctx.cloud.portalHost ?? 'https://main.iam.ad.ext.azure.com').replace(
    /\/+$/,
    '',
  );
  const urls = {
    passwordResetPolicies: `${base}${PATHS.passwordResetPolicies}`,
    onPremisesPasswordResetPolicies: `${base}${PATHS.onPremisesPasswordResetPolicies}`,
  };
  if (!request.signIn) {
    const why = 'not requested: the portal backend needs --portal (a delegated sign-in) or --portal-export';
    return {
      passwordResetPolicies: { outcome: skippedOutcome(urls.passwordResetPolicies, why) },
      onPremisesPasswordResetPolicies: { outcome: skippedOutcome(urls.onPremisesPasswordResetPolicies, why) },
    };
  }
  if (!request.endpoint && !ctx.cloud.portalHost) {
    const why = `the portal backend is only known for the global cloud; pass --portal-endpoint to try it in ${ctx.cloud.cloud}`;
    return {
      passwordResetPolicies: { outcome: unavailableOutcome(urls.passwordResetPolicies, why) },
      onPremisesPasswordResetPolicies: {
        outcome: unavailableOutcome(urls.onPremisesPasswordResetPolicies, why),
      },
    };
  }
  const { credential, tenantId, authorityHost } = request.signIn;
  const abortSignal = AbortSignal.timeout(Math.max(1, ctx.transport.deadline - Date.now()));
  const token = beforeDeadline(
    credential.getToken(PORTAL_SCOPE, { abortSignal }),
    ctx.transport.deadline,
    base,
  ).then(
    (t) => t?.token,
    async (err: unknown) => {
      if (err instanceof GraphFailure) throw err;
      const explained = await explainAuthFailure(err, {
        tenantId,
        method: 'portal device code',
        authorityHost,
      });
      throw new GraphFailure({ kind: 'auth', endpoint: base, detail: explained.message });
    },
  );
  const get = async <T>(name: keyof typeof PATHS): Promise<T> => {
    const bearer = await token;
    if (!bearer)
      throw new GraphFailure({
        kind: 'auth',
        endpoint: urls[name],
        detail: 'the portal sign-in returned no token',
      });
    const body = await ctx.transport.getExternal<T>(
      urls[name],
      {
        Authorization: `Bearer ${bearer}`,
        'X-Requested-With': 'XMLHttpRequest',
        'x-ms-client-request-id': randomUUID(),
      },
      urls[name],
    );
    if (!isObject(body))
      throw new GraphFailure({ kind: 'malformed', endpoint: urls[name], detail: 'expected a JSON object' });
    return body;
  };
  const [passwordResetPolicies, onPremisesPasswordResetPolicies] = await Promise.all([
    readSource('passwordResetPolicies', urls.passwordResetPolicies, ctx, async () => ({
      data: await get<PasswordResetPolicies>('passwordResetPolicies'),
    })),
    readSource('onPremisesPasswordResetPolicies', urls.onPremisesPasswordResetPolicies, ctx, async () => ({
      data: await get<OnPremisesPasswordResetPolicies>('onPremisesPasswordResetPolicies'),
    })),
  ]);
  return { passwordResetPolicies, onPremisesPasswordResetPolicies };
}

/** A --portal-export stands in for the portal sections it holds (the live read, if any, for the rest). */
export function withExport(live: PortalSources, saved: PortalExport | undefined): PortalSources {
  return {
    passwordResetPolicies: saved?.passwordResetPolicies ?? live.passwordResetPolicies,
    onPremisesPasswordResetPolicies:
      saved?.onPremisesPasswordResetPolicies ?? live.onPremisesPasswordResetPolicies,
  };
}
