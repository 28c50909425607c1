// Mutation testing (`npm run mutate`, not in CI): StrykerJS with its mocha runner, one folder per run
// (STRYKER_FOLDER=checks|engine|score|results|graph|util, set by scripts/mutate.mjs). Each folder runs
// only the spec files that exercise it, and perTest coverage runs each mutant against only the tests
// that reach it, so a folder takes minutes on 2 cores instead of the whole suite per mutant.
// In-process tests only: a CLI child process reports no coverage to Stryker.

import process from 'node:process';

/** Source globs to mutate and the spec files that test them, per folder. */
export const FOLDERS = {
  checks: {
    mutate: ['checks/**/*.ts'],
    spec: ['test/checks/**/*.test.ts', 'test/engine/**/*.test.ts'],
  },
  engine: {
    mutate: ['src/engine/**/*.ts', '!src/engine/types.ts'],
    spec: ['test/engine/**/*.test.ts', 'test/checks/**/*.test.ts'],
  },
  score: {
    mutate: ['src/score/**/*.ts'],
    spec: ['test/score/**/*.test.ts', 'test/results/**/*.test.ts', 'test/engine/**/*.test.ts'],
  },
  results: {
    mutate: ['src/results/**/*.ts', '!src/results/types.ts'],
    spec: [
      'test/results/**/*.test.ts',
      'test/engine/**/*.test.ts',
      'test/report/junit.test.ts',
      'test/report/junit-statuses.test.ts',
    ],
  },
  graph: {
    mutate: ['src/graph/**/*.ts'],
    spec: ['test/graph/**/*.test.ts', 'test/collect/**/*.test.ts', 'test/auth/**/*.test.ts'],
  },
  util: {
    mutate: ['src/util/**/*.ts'],
    spec: [
      'test/util/**/*.test.ts',
      'test/fleet/notify.test.ts',
      'test/fleet/secret-reference.test.ts',
      'test/fleet/config.test.ts',
      'test/fleet/progress.test.ts',
      'test/fleet/history-store.test.ts',
    ],
  },
};

const folder = process.env.STRYKER_FOLDER ?? 'score';
const chosen = FOLDERS[folder];
if (!chosen) throw new Error(`STRYKER_FOLDER=${folder}: expected one of ${Object.keys(FOLDERS).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mutate: chosen.mutate,
  // Its own mocha config: .mocharc.json's root hooks (a TMPDIR per run) do not suit a runner that
  // reuses one process for many runs; only the timeout is wanted.
  mochaOptions: { config: 'stryker.mocharc.json', spec: chosen.spec, require: [] },
  // tsx compiles the (instrumented) TypeScript, as .mocharc.json's node-option does for `npm test`.
  testRunnerNodeArgs: ['--import', 'tsx'],
  coverageAnalysis: 'perTest',
  // Mutants reached only while modules load would need a fresh process per mutant: too slow here.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 15,
  reporters: ['json', 'html', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${folder}/mutation.json` },
  htmlReporter: { fileName: `reports/mutation/${folder}/mutation.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: `.stryker-tmp/${folder}`,
  cleanTempDir: 'always',
  ignorePatterns: ['/reports', '/.stryker-tmp', '/bench', '/docs', '*.log'],
  disableTypeChecks: true,
};
