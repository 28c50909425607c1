// The plain JSON webhook body: the notification itself, versioned, for whatever consumes it.

import type { FleetNotification } from './fleet-notification.js';

export const NOTIFICATION_SCHEMA_VERSION = '1.0';

export function jsonPayload(n: FleetNotification): object {
  return {
    schemaVersion: NOTIFICATION_SCHEMA_VERSION,
    tool: 'sspr-audit',
    event: 'fleet.attention',
    runId: n.runId,
    finishedAt: n.finishedAt,
    title: n.title,
    scanned: n.scanned,
    failed: n.failed,
    threshold: n.threshold ?? null,
    tenants: n.tenants.map((t) => ({
      tenantId: t.tenantId,
      tenantName: t.tenantName,
      reasons: t.reasons,
      score: t.score ?? null,
      grade: t.grade ?? null,
      scoreDelta: t.scoreDelta ?? null,
      worse: t.worse,
      better: t.better,
      error: t.error ?? null,
      errorKind: t.errorKind ?? null,
    })),
  };
}
