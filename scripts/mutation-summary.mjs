// The mutation score per folder from Stryker's JSON reports (reports/mutation/<folder>/mutation.json,
// written by `npm run mutate`): a table, then every surviving or uncovered mutant by file and line.
// Also written to reports/mutation/summary.md. Score = (killed + timeout) / (killed + timeout +
// survived + no coverage), as Stryker counts it.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const DIR = fileURLToPath(new URL('../reports/mutation/', import.meta.url));
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const folders = existsSync(DIR)
  ? readdirSync(DIR).filter((f) => existsSync(join(DIR, f, 'mutation.json')))
  : [];
const rows = [];
const survivors = [];
for (const folder of folders) {
  const file = join(DIR, folder, 'mutation.json');
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const n = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, other: 0 };
  for (const [path, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      if (m.status in n) n[m.status]++;
      else n.other++;
      if (UNDETECTED.has(m.status))
        survivors.push(
          `${m.status === 'NoCoverage' ? 'no coverage' : 'survived'}  ${path}:${m.location.start.line}  ${m.mutatorName}: ${String(
            m.replacement ?? '',
          )
            .replace(/\s+/g, ' ')
            .slice(0, 90)}`,
        );
    }
  }
  const detected = n.Killed + n.Timeout;
  const valid = detected + n.Survived + n.NoCoverage;
  rows.push(
    `| ${folder} | ${valid ? ((100 * detected) / valid).toFixed(1) : '-'} % | ${detected}/${valid} | ${n.Survived} | ${n.NoCoverage} | ${n.other} | ${statSync(file).mtime.toISOString().slice(0, 16)} |`,
  );
}

const text = [
  '| folder | score | detected/valid | survived | no coverage | ignored/errors | report of |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  '',
  survivors.length ? `Undetected mutants (${survivors.length}):` : 'No undetected mutants.',
  ...survivors,
  '',
].join('\n');
process.stdout.write(folders.length ? text : 'no mutation reports yet: run npm run mutate\n');
if (folders.length) writeFileSync(join(DIR, 'summary.md'), text);
