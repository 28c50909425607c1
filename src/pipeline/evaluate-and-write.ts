// The common tail of demo, evaluate and scan: merge the side inputs into the snapshot, evaluate,
// write the outputs, print a summary and choose the exit code.

import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEVERITIES } from '../engine/types.js';
import { writeRun, type WrittenRun } from '../output/write-run.js';
import { buildResults } from '../results/build-results.js';
import type { Results } from '../results/types.js';
import type { Snapshot } from '../snapshot/types.js';
import { cliSummaryFigures } from '../report/figures.js';
import { capForDisplay } from '../report/view/display-cap.js';
import { InputError } from '../util/input-error.js';
import { terminalText } from '../util/terminal-text.js';
import {
  checkOutputFolder,
  discardStagedFolder,
  publishStagedFolder,
  stagingFolderFor,
} from '../util/staged-folder.js';
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
    baseline: inputs.baseline,
    responses: inputs.responses,
    checkSet: inputs.checkSet,
    startedAt,
    finishedAt: new Date(),
  });
  const outDir = inputs.out ?? defaultOutDir(snapshot.tenant.id, startedAt);
  checkOutputFolder(outDir, inputs.force);
  // Written whole into a hidden sibling, then renamed into place: never results without a manifest.
  const staging = stagingFolderFor(outDir);
  let written: WrittenRun;
  try {
    prepareStaging(staging);
    written = await writeRun(
      {
        results,
        snapshot: merged,
        checkSet: inputs.checkSet,
        ...(merged === snapshot && snapshotFile ? { snapshotFile } : {}),
        previous: inputs.previous,
        brandingFile: inputs.brandingFile,
        chromePath: inputs.chromePath,
      },
      staging,
      inputs.formats,
      inputs.attestation?.evidenceFiles ?? [],
      inputs.writers,
    );
    publishStagedFolder(staging, outDir, inputs.force);
  } catch (err) {
    discardStagedFolder(staging);
    throw outputError(err, outDir);
  }
  written = { ...written, outDir };
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

/** A fresh, empty staging folder (its parents created); a path that cannot hold it is an --out error. */
function prepareStaging(staging: string): void {
  try {
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
  } catch (err) {
    throw outputError(err, dirname(staging));
  }
}

/** A file-system failure while writing the outputs names --out and the folder (exit 2), not an internal error. */
function outputError(err: unknown, folder: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (!code || err instanceof InputError) return err;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'a part of the path is a file',
    EEXIST: 'a file is in the way',
    ENOSPC: 'the disk is full',
    EROFS: 'the file system is read-only',
    EDQUOT: 'the disk quota is exhausted',
  };
  return new InputError(
    '--out',
    `cannot write the outputs to ${folder}: ${why[code] ?? code}; nothing was written`,
  );
}

/** 1 when a reported fail at or above `failOn` exists, else 0. */
export function exitCodeFor(results: Results, failOn: RunInputs['failOn']): number {
  return failsAtOrAbove(results, failOn).length > 0 ? 1 : 0;
}

function summary(r: Results, written: WrittenRun): string {
  const c = r.counts;
  const f = cliSummaryFigures(r);
  return [
    `${terminalText(capForDisplay(r.tenant.displayName))} (${terminalText(r.tenant.id)}): score ${f.score}, grade ${r.score.grade}${r.score.gradeCapped ? ' (capped by a critical fail)' : ''}, coverage ${f.coverage}; without accepted risks ${f.scoreWithoutAcceptedRisks} (grade ${f.gradeWithoutAcceptedRisks}); baseline ${f.baseline}`,
    `  ${f.conclusion}`,
    `  pass ${c.pass} · warn ${c.warn} · fail ${c.fail} · not applicable ${c.not_applicable} · not assessed ${c.not_assessed} · accepted risk ${c.accepted_risk}`,
    `  wrote ${written.files.join(', ')} to ${written.outDir}`,
    '',
  ].join('\n');
}
