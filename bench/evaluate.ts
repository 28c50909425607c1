// Benchmark: evaluating large snapshots (issue 2 target: 300,000 users under 5 s and 1 GiB).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTenant } from '../src/demo/generate-tenant.js';
import { printTable } from './table.js';

const WORKER = fileURLToPath(new URL('./evaluate-worker.ts', import.meta.url));

export async function benchEvaluate(sizes = [1_000, 100_000, 300_000]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sspr-bench-eval-'));
  const rows: string[][] = [];
  try {
    for (const members of sizes) {
      const file = join(dir, `snapshot-${members}.json`);
      writeFileSync(
        file,
        JSON.stringify(
          generateTenant({
            seed: members,
            members,
            guests: Math.round(members * 0.02),
            hybrid: true,
            enabledShare: 0.9,
            resets: Math.round(members / 50),
          }),
        ),
      );
      const mb = statSync(file).size / 1024 / 1024;
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', WORKER, file, join(dir, `out-${members}`)],
        { encoding: 'utf8' },
      );
      const m = JSON.parse(out.trim().split('\n').pop()!);
      rows.push([
        members.toLocaleString('en'),
        `${mb.toFixed(1)} MB`,
        ms(m.loadMs),
        ms(m.evaluateMs),
        ms(m.writeMs),
        ms(m.totalMs),
        `${m.peakRssMiB.toFixed(0)} MiB`,
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    'evaluate (snapshot file → results.json), one fresh Node process per size; target at 300,000 users: < 5 s, < 1 GiB',
    ['members', 'snapshot', 'load+validate', 'evaluate', 'write', 'total', 'peak RSS'],
    rows,
  );
}

const ms = (v: number) => `${(v / 1000).toFixed(2)} s`;

if (import.meta.url === `file://${process.argv[1]}`) await benchEvaluate();
