// One measured evaluation in a fresh process: load + validate the snapshot, evaluate, write results.json.
// Prints one JSON line: phase times and the process's peak resident memory.

import { performance } from 'node:perf_hooks';
import { builtinCheckSet } from '../src/engine/builtin-check-set.js';
import { writeRun } from '../src/output/write-run.js';
import { buildResults } from '../src/results/build-results.js';
import { loadSnapshot } from '../src/snapshot/load-snapshot.js';

const [snapshotFile, outDir] = process.argv.slice(2);
const t0 = performance.now();
const snapshot = loadSnapshot(snapshotFile);
const t1 = performance.now();
const results = buildResults({ snapshot, startedAt: new Date(), finishedAt: new Date() });
const t2 = performance.now();
await writeRun({ results, snapshot, snapshotFile, checkSet: builtinCheckSet() }, outDir, ['json']);
const t3 = performance.now();
console.log(
  JSON.stringify({
    loadMs: t1 - t0,
    evaluateMs: t2 - t1,
    writeMs: t3 - t2,
    totalMs: t3 - t0,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    checks: results.checks.length,
  }),
);
