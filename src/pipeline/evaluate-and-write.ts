// The common tail of demo, evaluate and scan: merge the side inputs into the snapshot, evaluate,
// write the outputs, print a summary and choose the exit code.

import { join } from 'node:path';
import { SEVERITIES } from '../engine/types.js';
import { writeRun, type WrittenRun } from '../output/write-run.js';
import { buildResults } from '../results/build-results.js';
import type { Results } from '../results/types.js';
import type { Snapshot } from '../snapshot/types.js';
import type { RunInputs } from './run-inputs.js';

/** The snapshot the checks see: the attestation and a portal export take their place in it. */
export function mergeInputs(snapshot: Snapshot, inputs: RunInputs): Snapshot {
  if (!inputs.attestation && !inputs.portalExport) return snapshot;
  return {
    ...snapshot,
    ...(inputs.attestation ? { attestation: inputs.attestation.attestation } : {}),
    sources: {
      ...snapshot.sources,
      ...(inputs.portalExport?.passwordResetPolicies
        ? { passwordResetPolicies: inputs.portalExport.passwordResetPolicies }
        : {}),
      ...(inputs.portalExport?.onPremisesPasswordResetPolicies
        ? { onPremisesPasswordResetPolicies: inputs.portalExport.onPremisesPasswordResetPolicies }
        : {}),
    },
  };
}

export function defaultOutDir(tenantId: string, at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return join('reports', tenantId.replace(/[^A-Za-z0-9._-]/g, '_'), stamp);
}

export interface EvaluatedRun extends WrittenRun {
  results: Results;
  exitCode: number;
}

/** `snapshotFile`: where the snapshot was read from, so an unchanged snapshot is copied, not re-serialised. */
export async function evaluateAndWrite(
  snapshot: Snapshot,
  inputs: RunInputs,
  startedAt: Date,
  snapshotFile?: string,
): Promise<EvaluatedRun> {
  const merged = mergeInputs(snapshot, inputs);
  const results = buildResults({
    snapshot: merged,
    exceptions: inputs.exceptions,
    options: inputs.profile,
    checkSet: inputs.checkSet,
    startedAt,
    finishedAt: new Date(),
  });
  const outDir = inputs.out ?? defaultOutDir(snapshot.tenant.id, startedAt);
  const written = await writeRun(
    {
      results,
      snapshot: merged,
      checkSet: inputs.checkSet,
      ...(merged === snapshot && snapshotFile ? { snapshotFile } : {}),
      previous: inputs.previous,
      brandingFile: inputs.brandingFile,
      chromePath: inputs.chromePath,
    },
    outDir,
    inputs.formats,
    inputs.attestation?.evidenceFiles ?? [],
    inputs.writers,
  );
  const tripped = failsAtOrAbove(results, inputs.failOn);
  if (!inputs.quiet) process.stdout.write(summary(results, written));
  if (tripped.length > 0)
    process.stderr.write(
      `--fail-on ${inputs.failOn}: ${tripped.length} check${tripped.length === 1 ? '' : 's'} failed at or above ${inputs.failOn}: ${tripped.map((c) => `${c.id} (${c.severity}) ${c.title}`).join('; ')}\n`,
    );
  return { ...written, results, exitCode: tripped.length > 0 ? 1 : 0 };
}

/** The reported fails at or above `failOn` (none without it). */
export function failsAtOrAbove(results: Results, failOn: RunInputs['failOn']): Results['checks'] {
  if (!failOn) return [];
  const threshold = SEVERITIES.indexOf(failOn);
  return results.checks.filter((c) => c.status === 'fail' && SEVERITIES.indexOf(c.severity) <= threshold);
}

/** 1 when a reported fail at or above `failOn` exists, else 0. */
export function exitCodeFor(results: Results, failOn: RunInputs['failOn']): number {
  return failsAtOrAbove(results, failOn).length > 0 ? 1 : 0;
}

function summary(r: Results, written: WrittenRun): string {
  const c = r.counts;
  return [
    `${r.tenant.displayName} (${r.tenant.id}): score ${r.score.value.toFixed(1)}, grade ${r.score.grade}${r.score.gradeCapped ? ' (capped by a critical fail)' : ''}, coverage ${(r.score.coverage * 100).toFixed(0)}%`,
    `  pass ${c.pass} · warn ${c.warn} · fail ${c.fail} · not applicable ${c.not_applicable} · not assessed ${c.not_assessed} · accepted risk ${c.accepted_risk}`,
    `  wrote ${written.files.join(', ')} to ${written.outDir}`,
    '',
  ].join('\n');
}
