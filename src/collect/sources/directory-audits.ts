// auditLogs/directoryAudits for the window: everything logged by Self-service Password Management,
// plus the "Enable/Disable password writeback for directory" activities, each read with its own
// documented filter (eq, ge, le; `or` is not documented) and merged by id. Paced like the reports.

import type { DirectoryAudit, Source } from '../../snapshot/types.js';
import { odataDate, odataString, query, type CollectContext } from '../collect-context.js';
import { readSource } from '../read-source.js';
import { unavailableOutcome } from '../source-outcome.js';
import { readCollection } from './paged-source.js';
import { allSettledOrThrow } from '../../util/all-settled-or-throw.js';

export const SSPR_SERVICE = 'Self-service Password Management';
export const WRITEBACK_ACTIVITIES = [
  'Enable password writeback for directory',
  'Disable password writeback for directory',
];
const ENDPOINT = `/v1.0/auditLogs/directoryAudits?$filter=loggedByService eq '${SSPR_SERVICE}'`;

function filters(ctx: CollectContext): string[] {
  const window = `activityDateTime ge ${odataDate(ctx.window.from)} and activityDateTime le ${odataDate(ctx.window.to)}`;
  return [
    `loggedByService eq ${odataString(SSPR_SERVICE)} and ${window}`,
    ...WRITEBACK_ACTIVITIES.map(
      (activity) => `activityDisplayName eq ${odataString(activity)} and ${window}`,
    ),
  ];
}

function readFiltered(
  ctx: CollectContext,
  filter: string,
): Promise<{ rows: DirectoryAudit[]; pages: number }> {
  return readCollection<DirectoryAudit>(ctx, 'directoryAudits', {
    url: `/auditLogs/directoryAudits${query({ $filter: filter, $top: 999 })}`,
    report: true,
    endpoint: ENDPOINT,
  });
}

export function collectDirectoryAudits(ctx: CollectContext): Promise<Source<DirectoryAudit[]>> {
  if (ctx.cloud.unavailable.includes('directoryAudits')) {
    return Promise.resolve({
      outcome: unavailableOutcome(ENDPOINT, `directoryAudits is not offered in the ${ctx.cloud.cloud} cloud`),
    });
  }
  return readSource('directoryAudits', ENDPOINT, ctx, async () => {
    const reads = await allSettledOrThrow(filters(ctx).map((f) => readFiltered(ctx, f)));
    const byId = new Map<string, DirectoryAudit>();
    for (const audit of reads.flatMap((r) => r.rows)) byId.set(audit.id, audit);
    const audits = [...byId.values()];
    return { data: audits, pages: reads.reduce((n, r) => n + r.pages, 0), rows: audits.length };
  });
}
