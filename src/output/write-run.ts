// Writes one run's outputs into a folder: results.json (validated first), the report formats,
// snapshot.json, and manifest.json with the SHA-256 of every file. Every file is written atomically.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validatorFor, describe } from '../inputs/schemas.js';
import { REPORT_WRITERS } from '../report/writers.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { TOOL } from '../util/tool-info.js';
import type { RunArtifacts } from './artifacts.js';
import type { Format } from './formats.js';

export interface WrittenRun {
  outDir: string;
  files: string[];
}

export async function writeRun(artifacts: RunArtifacts, outDir: string, formats: readonly Format[], evidenceFiles: string[] = []): Promise<WrittenRun> {
  const validate = validatorFor('results');
  if (!validate(artifacts.results)) {
    throw new Error(`results.json does not match schemas/results.schema.json: ${describe(validate.errors?.[0])}`);
  }
  const files: string[] = [];
  if (formats.includes('json')) {
    writeFileAtomic(join(outDir, 'results.json'), `${JSON.stringify(artifacts.results, null, 2)}\n`);
    files.push('results.json');
  }
  for (const format of formats) {
    if (format === 'json') continue;
    const writer = REPORT_WRITERS[format];
    if (!writer) throw new Error(`the ${format} writer is not available in this build`);
    files.push(...(await writer(artifacts, outDir)));
  }
  writeFileAtomic(join(outDir, 'snapshot.json'), JSON.stringify(artifacts.snapshot));
  files.push('snapshot.json');

  const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  const manifest = {
    tool: TOOL,
    tenant: artifacts.results.tenant,
    startedAt: artifacts.results.startedAt,
    finishedAt: artifacts.results.finishedAt,
    scanTime: artifacts.results.scanTime,
    files: Object.fromEntries(files.map((f) => [f, { sha256: sha256(join(outDir, f)) }])),
    evidence: Object.fromEntries(evidenceFiles.map((f) => [basename(f), { path: f, sha256: sha256(f) }])),
  };
  writeFileAtomic(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  files.push('manifest.json');
  return { outDir, files };
}
