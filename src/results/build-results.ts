// evaluate: snapshot (+ exceptions, options) → results.json. Pure apart from the run timestamps given.

import { CHECKS } from '../../checks/index.js';
import { exceptionFor } from '../engine/apply-exceptions.js';
import { runChecks, type CheckOptions } from '../engine/run-checks.js';
import { STATUSES, type Status } from '../engine/types.js';
import type { RiskException } from '../inputs/exceptions.js';
import { computeMetrics } from '../score/metrics.js';
import { score } from '../score/score.js';
import type { Snapshot } from '../snapshot/types.js';
import { TOOL } from '../util/tool-info.js';
import { tenantProfile } from './tenant-profile.js';
import { RESULTS_SCHEMA_VERSION, type CheckResult, type Results } from './types.js';

export interface EvaluateInput {
  snapshot: Snapshot;
  exceptions?: readonly RiskException[];
  options?: CheckOptions;
  startedAt: Date;
  finishedAt: Date;
}

export function buildResults({
  snapshot,
  exceptions = [],
  options = {},
  startedAt,
  finishedAt,
}: EvaluateInput): Results {
  const scanTime = new Date(snapshot.collectedAt);
  const cores = runChecks(CHECKS, snapshot, options);
  const checks: CheckResult[] = cores.map((core, i) => {
    const { meta } = CHECKS[i];
    const applied = exceptionFor(
      core,
      exceptions.find((e) => e.check === core.id),
      scanTime,
    );
    return {
      id: core.id,
      title: meta.title,
      severity: meta.severity,
      checklistItem: meta.checklistItem,
      status: applied.status,
      realStatus: core.status,
      source: core.source,
      ...(core.reason ? { reason: core.reason } : {}),
      ...(core.missingPermission ? { missingPermission: core.missingPermission } : {}),
      message: core.message,
      observed: core.observed,
      expected: core.expected,
      evidence: core.evidence,
      remediation: { ...meta.remediation, troubleshooting: core.troubleshooting },
      ...(applied.exception ? { exception: applied.exception } : {}),
    };
  });
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of checks) counts[c.status] += 1;

  const org = snapshot.sources.organization;
  const displayName =
    (org.outcome.status === 'ok' && org.data?.displayName) ||
    snapshot.tenant.displayName ||
    snapshot.tenant.id;
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { ...TOOL },
    tenant: { id: snapshot.tenant.id, displayName, cloud: snapshot.tenant.cloud },
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    scanTime: scanTime.toISOString(),
    score: score(checks),
    counts,
    checks,
    metrics: computeMetrics(snapshot),
    collection: Object.entries(snapshot.sources).map(([source, { outcome }]) => ({
      source,
      status: outcome.status,
      endpoint: outcome.endpoint,
      ...(outcome.permission ? { permission: outcome.permission } : {}),
      ...(outcome.error ? { error: outcome.error } : {}),
    })),
    options: Object.fromEntries(
      CHECKS.filter((c) => Object.keys(c.meta.defaultOptions).length > 0).map((c) => [
        c.meta.id,
        { ...c.meta.defaultOptions, ...(options[c.meta.id] ?? {}) },
      ]),
    ),
    attestation: snapshot.attestation
      ? {
          attestedBy: snapshot.attestation.attestedBy,
          attestedAt: snapshot.attestation.attestedAt,
          evidence: snapshot.attestation.evidence ?? [],
          ...(snapshot.attestation.file ? { file: snapshot.attestation.file } : {}),
        }
      : null,
    profile: {
      ...(snapshot.collectedBy ? { collectedBy: snapshot.collectedBy } : {}),
      informational: tenantProfile(snapshot),
    },
  };
}
