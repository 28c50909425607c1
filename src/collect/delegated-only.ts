// The Graph reports Microsoft offers to delegated sign-ins only ("Application: Not supported" in
// their permission tables), so an application scan never calls them and records them `skipped`
// (CHECKS.md "Sign-in types"). Sources, checked 2026-12 (../graph-metadata/README.md, GRAPH.md §17.1):
//   learn /graph/api/authenticationmethodsroot-usersregisteredbymethod
//   learn /graph/api/authenticationmethodsroot-usersregisteredbyfeature
//   microsoft-graph-docs-contrib @e4afd427 api-reference/beta/includes/permissions/
//     authenticationmethodsroot-userregistrationactivity-permissions.md

import type { SignInType } from '../auth/sign-in-type.js';
import type { Source, SourceName } from '../snapshot/types.js';
import type { CollectContext } from './collect-context.js';
import { skippedOutcome } from './source-outcome.js';

export const DELEGATED_ONLY_SOURCES = [
  'usersRegisteredByMethod',
  'usersRegisteredByFeature',
  'userRegistrationActivity',
] as const satisfies readonly SourceName[];

export type DelegatedOnlySource = (typeof DELEGATED_ONLY_SOURCES)[number];

export const DELEGATED_ONLY_WHY = 'offered to delegated sign-ins only; use --auth device-code or azure-cli';

export function isDelegatedOnly(source: SourceName): source is DelegatedOnlySource {
  return (DELEGATED_ONLY_SOURCES as readonly SourceName[]).includes(source);
}

/** Reads a delegated-only source under a delegated sign-in; under an application one, records why not. */
export function readIfDelegated<T>(
  source: DelegatedOnlySource,
  endpoint: string,
  ctx: CollectContext,
  read: () => Promise<Source<T>>,
): Promise<Source<T>> {
  if (ctx.signInType === 'delegated') return read();
  ctx.progress({ type: 'done', source, status: 'skipped' });
  return Promise.resolve({ outcome: skippedOutcome(endpoint, DELEGATED_ONLY_WHY) });
}

export type { SignInType };
