// `npm run mutate [-- FOLDER…]`: StrykerJS over checks/, src/engine/, src/score/, src/results/,
// src/graph/ and src/util/, one Stryker run per folder (stryker.config.mjs picks each folder's specs),
// each within a time budget (MUTATE_BUDGET_MINUTES, default 60; a folder stopped at its budget gets
// no score), then the per-folder score table
// (scripts/mutation-summary.mjs). Not part of CI: it takes tens of minutes on 2 cores.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ALL = ['score', 'results', 'engine', 'util', 'checks', 'graph'];
const folders = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const budgetMs = Number(process.env.MUTATE_BUDGET_MINUTES ?? 60) * 60_000;
const compat = join(ROOT, 'scripts/mocha12-compat.mjs');

function run(folder) {
  const tmp = mkdtempSync(join(tmpdir(), 'sspr-mutate-'));
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run'],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: {
          ...process.env,
          STRYKER_FOLDER: folder,
          TMPDIR: tmp,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(compat).href}`.trim(),
        },
      },
    );
    const timer = setTimeout(() => {
      process.stderr.write(
        `\nmutate: ${folder} is over its budget of ${budgetMs / 60_000} min; stopping it\n`,
      );
      child.kill('SIGINT');
    }, budgetMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      rmSync(tmp, { recursive: true, force: true });
      resolve(code ?? 1);
    });
  });
}

for (const folder of folders) {
  const code = await run(folder);
  if (code !== 0) process.stderr.write(`mutate: ${folder} did not finish (exit ${code}); no score for it\n`);
}
await import('./mutation-summary.mjs');
