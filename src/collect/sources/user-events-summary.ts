// beta reports/authenticationMethods/userEventsSummary: every registration and reset event (both
// features) with its method and failure reason (SSPR-21, SSPR-22). The API documents $filter only on
// feature, isSuccess, failureReason, authMethod and the user's names, not on eventDateTime, so the
// 30-day window is applied here. Prefer: include-unknown-enum-members keeps newer method names.

import type { Source, UserEventSummary } from '../../snapshot/types.js';
import { query, type CollectContext } from '../collect-context.js';
import { readSource } from '../read-source.js';
import { readCollection } from './paged-source.js';
import { INCLUDE_UNKNOWN_ENUM_MEMBERS } from './prefer-unknown-enums.js';

const ENDPOINT = '/beta/reports/authenticationMethods/userEventsSummary';

export function inWindow(iso: string | undefined, window: { from: string; to: string }): boolean {
  const t = iso ? Date.parse(iso) : NaN;
  return !Number.isNaN(t) && t >= Date.parse(window.from) && t <= Date.parse(window.to);
}

export function collectUserEventsSummary(ctx: CollectContext): Promise<Source<UserEventSummary[]>> {
  return readSource('userEventsSummary', ENDPOINT, ctx, async () => {
    const { rows, pages } = await readCollection<UserEventSummary>(ctx, 'userEventsSummary', {
      url: `/reports/authenticationMethods/userEventsSummary${query({ $top: 1000 })}`,
      version: 'beta',
      headers: INCLUDE_UNKNOWN_ENUM_MEMBERS,
      report: true,
      endpoint: ENDPOINT,
    });
    const kept = rows.filter((e) => inWindow(e.eventDateTime, ctx.window));
    return { data: kept, pages, rows: kept.length };
  });
}
