// evaluate: snapshot (+ exceptions, options) → results.json. Pure apart from the run timestamps given.

import { exceptionFor } from '../engine/apply-exceptions.js';
import { builtinCheckSet } from '../engine/builtin-check-set.js';
import { packOf, packsForOutput, unscoredIds, type CheckSet } from '../engine/check-set.js';
import { runChecks, type CheckOptions } from '../engine/run-checks.js';
import { STATUSES, type Status } from '../engine/types.js';
import type { Baseline } from '../inputs/baseline.js';
import type { RiskException } from '../inputs/exceptions.js';
import type { ManagementResponses } from '../inputs/responses.js';
import { computeMetrics } from '../score/metrics.js';
import { score } from '../score/score.js';
import type { Snapshot } from '../snapshot/types.js';
import { TOOL } from '../util/tool-info.js';
import { controlStatus, loadFrameworks, tagsFor } from './frameworks.js';
import { populationBridge } from './population.js';
import { buildRoadmap } from './roadmap.js';
import { tenantProfile } from './tenant-profile.js';
import { RESULTS_SCHEMA_VERSION, type CheckResult, type Results } from './types.js';

export interface EvaluateInput {
  snapshot: Snapshot;
  exceptions?: readonly RiskException[];
  options?: CheckOptions;
  /** The baseline in force (expected values, which checks score, accepted values); none = the guide. */
  baseline?: Baseline;
  responses?: ManagementResponses;
  /** The run's checks: the built-ins plus the loaded packs (default: the built-ins alone). */
  checkSet?: CheckSet;
  startedAt: Date;
  finishedAt: Date;
}

export function buildResults({
  snapshot,
  exceptions = [],
  options = {},
  baseline,
  responses = {},
  checkSet = builtinCheckSet(),
  startedAt,
  finishedAt,
}: EvaluateInput): Results {
  const frameworks = loadFrameworks();
  const scanTime = new Date(snapshot.collectedAt);
  const CHECKS = checkSet.checks;
  const plugins = new Set(checkSet.packs.filter((p) => !p.builtIn).flatMap((p) => p.checks));
  const unscored = unscoredIds(checkSet);
  const cores = runChecks(CHECKS, snapshot, options, { declaredSourcesOnly: plugins });
  const checks: CheckResult[] = cores.map((decided, i) => {
    let core = decided;
    const { meta } = CHECKS[i];
    const pack = plugins.has(core.id) ? packOf(checkSet, core.id) : undefined;
    const inBaseline = baseline?.checks[core.id];
    const accepted =
      inBaseline?.accept &&
      (core.status === 'warn' || core.status === 'fail') &&
      new RegExp(inBaseline.accept.observed).test(core.observed)
        ? { checkStatus: core.status, why: inBaseline.accept.why }
        : undefined;
    if (accepted) core = { ...core, status: inBaseline!.accept!.status };
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
      expected: inBaseline?.expected ?? core.expected,
      evidence: core.evidence,
      remediation: { ...meta.remediation, troubleshooting: core.troubleshooting },
      ...(applied.exception ? { exception: applied.exception } : {}),
      frameworks: tagsFor(core.id, frameworks),
      baseline: {
        scored: inBaseline?.scored ?? true,
        ...(inBaseline?.level ? { level: inBaseline.level } : {}),
        ...(accepted ? { accepted } : {}),
      },
      ...(responses[core.id] ? { response: responses[core.id] } : {}),
      ...(pack ? { pack: pack.name } : {}),
      ...(unscored.has(core.id) ? { scored: false } : {}),
    };
  });
  // A check scores unless the baseline or its pack says it does not.
  const scoring = checks.filter((c) => c.baseline?.scored !== false && !unscored.has(c.id));
  const statusOf = new Map(checks.map((c) => [c.id, c]));
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
    score: score(scoring),
    scoreWithoutAcceptedRisks: score(scoring.map((c) => ({ severity: c.severity, status: c.realStatus }))),
    counts,
    checks,
    metrics: computeMetrics(snapshot),
    collection: Object.entries(snapshot.sources).map(([source, { outcome }]) => ({
      source,
      status: outcome.status,
      endpoint: outcome.endpoint,
      ...(outcome.permission ? { permission: outcome.permission } : {}),
      ...(outcome.error ? { error: outcome.error } : {}),
      apiVersion: apiVersionOf(outcome.endpoint),
      fetchedAt: outcome.fetchedAt,
      ...(outcome.rows !== undefined ? { rows: outcome.rows } : {}),
      ...(outcome.pages !== undefined ? { pages: outcome.pages } : {}),
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
          ...(snapshot.attestation.settingEvidence
            ? { settingEvidence: snapshot.attestation.settingEvidence as Record<string, string[]> }
            : {}),
          ...(snapshot.attestation.file ? { file: snapshot.attestation.file } : {}),
        }
      : null,
    baseline: baseline
      ? {
          id: baseline.id,
          name: baseline.name,
          version: baseline.version,
          source: baseline.source,
          checked: baseline.checked,
          description: baseline.description,
          ...(baseline.plugins ? { plugins: baseline.plugins } : {}),
        }
      : undefined,
    population: populationBridge(snapshot),
    roadmap: buildRoadmap((id) => statusOf.get(id)?.realStatus),
    frameworks: frameworks.map((f) => ({
      id: f.id,
      name: f.name,
      version: f.version,
      source: f.source,
      checked: f.checked,
      controls: f.controls.map((c) => ({
        id: c.id,
        title: c.title,
        ...(c.level ? { level: c.level } : {}),
        basis: c.basis,
        checks: c.checks,
        status: controlStatus(c.checks.flatMap((id) => statusOf.get(id) ?? [])),
      })),
    })),
    packs: packsForOutput(checkSet),
    profile: {
      ...(snapshot.collectedBy ? { collectedBy: snapshot.collectedBy } : {}),
      informational: tenantProfile(snapshot),
    },
  };
}

/** "v1.0" / "beta" for a Graph URL or path; "portal" or "export" otherwise. */
export function apiVersionOf(endpoint: string): string {
  const m = /(?:^|\/)(v1\.0|beta)(?:\/|$)/.exec(endpoint);
  if (m) return m[1];
  if (endpoint.startsWith('file:')) return 'export';
  return /^https?:/.test(endpoint) ? 'portal' : 'n/a';
}
