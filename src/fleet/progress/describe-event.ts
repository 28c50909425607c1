// Events in words, for the plain log and the live view's scrolling lines.

import type { FleetEvent, TenantRef } from './fleet-event.js';

export const tenantText = (t: TenantRef): string => `${t.tenantName} (${t.tenantId})`;

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** One line for an event, or undefined for events that are not worth a line. */
export function describeEvent(e: FleetEvent, verbose: boolean): string | undefined {
  switch (e.type) {
    case 'run-started':
      return `fleet run ${e.runId}: ${e.tenants} tenant${e.tenants === 1 ? '' : 's'}, ${e.concurrency} at a time (${e.trigger === 'schedule' ? 'scheduled' : 'one pass'})`;
    case 'tenant-phase':
      if (!verbose) return undefined;
      return `${tenantText(e)}: ${e.phase}${e.pages !== undefined ? `, ${e.pages} pages` : ''}${e.detail ? ` (${e.detail})` : ''}`;
    case 'tenant-finished':
      return e.outcome === 'ok'
        ? `${tenantText(e)}: scanned in ${duration(e.durationMs)}, score ${e.score?.toFixed(1)} grade ${e.grade}${e.worse ? `, ${e.worse} check${e.worse === 1 ? '' : 's'} worse` : ''}${e.better ? `, ${e.better} better` : ''}`
        : `${tenantText(e)}: could not be scanned (${e.errorKind}): ${e.error}`;
    case 'run-finished': {
      const parts = [`${e.scanned} scanned`, `${e.failed} could not be scanned`];
      if (e.notStarted) parts.push(`${e.notStarted} not started`);
      return `fleet run ${e.runId} ${e.interrupted ? 'interrupted' : 'finished'} in ${duration(e.durationMs)}: ${parts.join(', ')}${e.files.length ? `; wrote ${e.files.join(', ')}` : ''}`;
    }
    case 'notification':
      return e.ok
        ? `notified ${e.channel} about ${e.tenants} tenant${e.tenants === 1 ? '' : 's'}`
        : `notification by ${e.channel} failed: ${e.error}`;
    case 'scheduled':
      return e.next
        ? `next run at ${e.next} (${e.pattern}${e.timezone ? `, ${e.timezone}` : ''})`
        : `the schedule "${e.pattern}" has no further runs`;
    case 'stopping':
      return `${e.signal}: ${e.abandon ? `abandoning ${e.running} running tenant scan${e.running === 1 ? '' : 's'}` : `taking no new tenants; waiting for ${e.running} running scan${e.running === 1 ? '' : 's'} (send again to abandon them)`}`;
    case 'message':
      return e.text;
  }
}
