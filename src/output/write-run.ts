// Writes one run's outputs into a folder: results.json (validated first), the report formats,
// snapshot.json, and manifest.json with the SHA-256 of every file. Every file is written atomically.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename, join } from 'node:path';
import { validatorFor, describe } from '../inputs/schemas.js';
import { copyFileAtomic, writeFileAtomic } from '../util/atomic-write.js';
import { TOOL } from '../util/tool-info.js';
import type { ReportWriter, RunArtifacts } from './artifacts.js';
import type { Format } from './formats.js';
import { packsForOutput } from '../engine/check-set.js';

export interface WrittenRun {
  outDir: string;
  files: string[];
}

/** `writers` replaces some of REPORT_WRITERS for this run (a fleet prints every tenant's PDF with one browser). */
export async function writeRun(
  artifacts: RunArtifacts,
  outDir: string,
  formats: readonly Format[],
  evidenceFiles: string[] = [],
  writers: Partial<Record<Format, ReportWriter>> = {},
): Promise<WrittenRun> {
  // results.json carries snapshot.json's hash; its own hash lives in manifest.json and the report.
  const snapshotBytes = artifacts.snapshotFile ? undefined : JSON.stringify(artifacts.snapshot);
  artifacts.results.snapshotSha256 = artifacts.snapshotFile
    ? await sha256(artifacts.snapshotFile)
    : createHash('sha256').update(snapshotBytes!).digest('hex');
  const validate = validatorFor('results');
  if (!validate(artifacts.results)) {
    throw new Error(
      `results.json does not match schemas/results.schema.json: ${describe(validate.errors?.[0])}`,
    );
  }
  const files: string[] = [];
  if (formats.includes('json')) {
    writeFileAtomic(join(outDir, 'results.json'), `${JSON.stringify(artifacts.results, null, 2)}\n`);
    files.push('results.json');
  }
  for (const format of formats) {
    if (format === 'json') continue;
    // Loaded only when a report format is asked for: the writers pull in Handlebars and puppeteer.
    const { REPORT_WRITERS } = await import('../report/writers.js');
    const writer = writers[format] ?? REPORT_WRITERS[format];
    if (!writer) throw new Error(`the ${format} writer is not available in this build`);
    files.push(...(await writer(artifacts, outDir)));
  }
  if (artifacts.snapshotFile) copyFileAtomic(artifacts.snapshotFile, join(outDir, 'snapshot.json'));
  else writeFileAtomic(join(outDir, 'snapshot.json'), snapshotBytes!);
  files.push('snapshot.json');

  const manifest = {
    tool: TOOL,
    tenant: artifacts.results.tenant,
    startedAt: artifacts.results.startedAt,
    finishedAt: artifacts.results.finishedAt,
    scanTime: artifacts.results.scanTime,
    files: Object.fromEntries(
      await Promise.all(files.map(async (f) => [f, { sha256: await sha256(join(outDir, f)) }])),
    ),
    // Which code produced each verdict: every pack with its version and the SHA-256 of its entry file.
    packs: packsForOutput(artifacts.checkSet),
    evidence: Object.fromEntries(
      await Promise.all(evidenceFiles.map(async (f) => [basename(f), { path: f, sha256: await sha256(f) }])),
    ),
  };
  writeFileAtomic(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  files.push('manifest.json');
  return { outDir, files };
}

/** SHA-256 of a file, streamed so large snapshots are not held in memory twice. */
function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
