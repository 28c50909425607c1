// evaluate: snapshot (+ exceptions, options) → results.json. Pure apart from the run timestamps given.

import { exceptionFor } from '../engine/apply-exceptions.js';
import { builtinCheckSet } from '../engine/builtin-check-set.js';
import { packOf, unscoredIds, type CheckSet } from '../engine/check-set.js';
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
  /** The run's checks: the built-ins plus the loaded packs (default: the built-ins alone). */
  checkSet?: CheckSet;
  startedAt: Date;
  finishedAt: Date;
}

export function buildResults({
  snapshot,
  exceptions = [],
  options = {},
  checkSet = builtinCheckSet(),
  startedAt,
  finishedAt,
}: EvaluateInput): Results {
  const scanTime = new Date(snapshot.collectedAt);
  const CHECKS = checkSet.checks;
  const plugins = new Set(checkSet.packs.filter((p) => !p.builtIn).flatMap((p) => p.checks));
  const unscored = unscoredIds(checkSet);
  const cores = runChecks(CHECKS, snapshot, options, { declaredSourcesOnly: plugins });
  const checks: CheckResult[] = cores.map((core, i) => {
    const { meta } = CHECKS[i];
    const pack = plugins.has(core.id) ? packOf(checkSet, core.id) : undefined;
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
      ...(pack ? { pack: pack.name } : {}),
      ...(unscored.has(core.id) ? { scored: false } : {}),
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
    score: score(checks.filter((c) => !unscored.has(c.id))),
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
    packs: checkSet.packs.map(({ name, version, apiVersion, builtIn, scores, sha256, checks: ids }) => ({
      name,
      version,
      apiVersion,
      builtIn,
      scores,
      sha256,
      checks: ids,
    })),
    profile: {
      ...(snapshot.collectedBy ? { collectedBy: snapshot.collectedBy } : {}),
      informational: tenantProfile(snapshot),
    },
  };
}
