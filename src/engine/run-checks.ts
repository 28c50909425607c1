// The runner: evaluates every registered check against one snapshot, resolving the checks that
// read another check's decision, and turns undecided outcomes into not_assessed with a reason.

import type { Snapshot } from '../snapshot/types.js';
import { firstFailure } from './source-reason.js';
import type { CheckDefinition, CheckOutcome, CheckResultCore, EvalContext } from './types.js';

export type CheckOptions = Record<string, Record<string, unknown>>;

export interface RunChecksOptions {
  /** Checks (plugin checks) that may read only the snapshot sources their meta declares. */
  declaredSourcesOnly?: ReadonlySet<string>;
}

/** The snapshot as a check that may read only `declared` sources sees it: any other source throws. */
function restrictSources(snapshot: Snapshot, id: string, declared: readonly string[]): Snapshot {
  const sources = new Proxy(snapshot.sources, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key in target && !declared.includes(key))
        throw new Error(`${id} reads snapshot source ${key} without declaring it in meta.sources`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { ...snapshot, sources };
}

/** Evaluates `checks` in order; `options` overrides each check's defaults by check ID. */
export function runChecks(
  checks: readonly CheckDefinition[],
  snapshot: Snapshot,
  options: CheckOptions = {},
  { declaredSourcesOnly }: RunChecksOptions = {},
): CheckResultCore[] {
  const byId = new Map(checks.map((c) => [c.meta.id, c]));
  const done = new Map<string, CheckResultCore>();
  const inProgress = new Set<string>();
  const now = new Date(snapshot.collectedAt);

  const resolve = (id: string): CheckResultCore => {
    const cached = done.get(id);
    if (cached) return cached;
    const check = byId.get(id);
    if (!check) throw new Error(`check ${id} is not registered`);
    if (inProgress.has(id)) throw new Error(`check ${id} depends on itself`);
    inProgress.add(id);
    const ctx: EvalContext = {
      now,
      cloud: snapshot.tenant.cloud,
      decisionOf: (dep) => {
        if (!check.meta.dependsOn?.includes(dep)) {
          throw new Error(`check ${id} reads ${dep} without declaring it in meta.dependsOn`);
        }
        return resolve(dep);
      },
    };
    const merged = { ...check.meta.defaultOptions, ...(options[id] ?? {}) };
    let outcome: CheckOutcome;
    try {
      const seen = declaredSourcesOnly?.has(id)
        ? restrictSources(snapshot, id, check.meta.sources)
        : snapshot;
      outcome = check.evaluate(seen, merged, ctx);
    } catch (err) {
      outcome = {
        kind: 'undecided',
        fallback: 'collection_error',
        inherited: {
          reason: 'collection_error',
          detail: `the check could not read this snapshot: ${(err as Error).message}`,
        },
        message: `${id} could not be evaluated on this snapshot: ${(err as Error).message}`,
      };
    }
    const result = toResult(check, outcome, snapshot);
    inProgress.delete(id);
    done.set(id, result);
    return result;
  };

  return checks.map((c) => resolve(c.meta.id));
}

function toResult(check: CheckDefinition, outcome: CheckOutcome, snapshot: Snapshot): CheckResultCore {
  const { meta } = check;
  if (outcome.kind === 'decision') {
    if (outcome.status === 'not_applicable' && !outcome.reason) {
      throw new Error(`check ${meta.id} returned not_applicable without a reason`);
    }
    return {
      id: meta.id,
      status: outcome.status,
      source: outcome.source,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      message: outcome.message,
      observed: outcome.observed,
      expected: outcome.expected,
      evidence: outcome.evidence,
      troubleshooting: outcome.troubleshooting ?? meta.troubleshooting,
    };
  }
  const base = {
    id: meta.id,
    status: 'not_assessed' as const,
    source: 'none' as const,
    expected: meta.expected,
    evidence: outcome.evidence ?? { facts: [] },
    troubleshooting: meta.troubleshooting,
  };
  if (outcome.inherited) {
    const { permission } = outcome.inherited;
    return {
      ...base,
      reason: outcome.inherited.reason,
      ...(permission ? { missingPermission: permission } : {}),
      message:
        permission && !outcome.message.includes(permission)
          ? `${outcome.message} The scan lacks the ${permission} permission.`
          : outcome.message,
      observed: outcome.observed ?? outcome.inherited.detail ?? 'not assessed',
    };
  }
  const failed = firstFailure(snapshot, outcome.consulted ?? meta.sources);
  if (failed) {
    const { outcome: o } = failed;
    const why =
      failed.reason === 'missing_permission'
        ? `the scan lacks the ${o.permission ?? 'required'} permission`
        : failed.reason === 'not_licensed'
          ? 'the tenant has no licence for this report (Entra ID P1/P2)'
          : failed.reason === 'not_offered_in_cloud'
            ? 'this cloud does not offer it'
            : `the call failed${o.error ? `: ${o.error}` : ''}`;
    return {
      ...base,
      reason: failed.reason,
      ...(o.permission && failed.reason === 'missing_permission' ? { missingPermission: o.permission } : {}),
      message: `${outcome.message} ${failed.source} (${o.endpoint}) could not be read: ${why}.`,
      observed: outcome.observed ?? `${failed.source}: ${o.status}`,
    };
  }
  return {
    ...base,
    reason: outcome.fallback,
    message: outcome.message,
    observed: outcome.observed ?? 'not determined',
  };
}
