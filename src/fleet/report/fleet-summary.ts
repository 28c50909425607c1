// fleet-summary.json: the run in a machine-readable shape (for CI and dashboards), beside the report.

import type { FleetPassSummary } from '../run-fleet-pass.js';

export const FLEET_SUMMARY_SCHEMA_VERSION = '1.0';

export function fleetSummary(summary: FleetPassSummary): object {
  return {
    schemaVersion: FLEET_SUMMARY_SCHEMA_VERSION,
    tool: 'sspr-audit',
    runId: summary.runId,
    trigger: summary.trigger,
    startedAt: summary.startedAt,
    finishedAt: summary.finishedAt,
    interrupted: summary.interrupted,
    tenants: [
      ...summary.outcomes.map((o) =>
        o.outcome === 'ok'
          ? {
              id: o.tenant.id,
              name: o.tenant.name,
              state: 'scanned',
              score: o.results.score.value,
              grade: o.results.score.grade,
              coverage: o.results.score.coverage,
              counts: o.results.counts,
              worse: o.drift.worse,
              better: o.drift.better,
              coverageChanges: o.drift.coverage,
              outDir: o.outDir,
            }
          : {
              id: o.tenant.id,
              name: o.tenant.name,
              state: o.errorKind === 'interrupted' ? 'abandoned' : 'failed',
              errorKind: o.errorKind,
              error: o.error,
            },
      ),
      ...summary.notStarted.map((t) => ({ id: t.id, name: t.name, state: 'not_started' })),
    ],
  };
}
