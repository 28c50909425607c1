// Benchmark: CLI start-up. The same commands run from the TypeScript sources through tsx (how the bin
// ran before issue 10) and from the compiled dist/ (how it runs now), beside a bare `node`.
// Target: `--version` under 0.5 s compiled. Builds dist/ first (npm run build).

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable } from './table.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/sspr-audit.js');
const RUNS = 7;

/** Median wall time of `args` over RUNS fresh processes, in ms. */
function median(args: string[], env: NodeJS.ProcessEnv): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

export async function benchStartup(): Promise<void> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'ignore' });
  const out = mkdtempSync(join(tmpdir(), 'sspr-bench-startup-'));
  try {
    const commands: Array<[string, string[]]> = [
      ['--version', ['--version']],
      ['checks --json', ['checks', '--json']],
      [
        'evaluate demo (json)',
        [
          'evaluate',
          '--snapshot',
          join(ROOT, 'demo/snapshot.json'),
          '--out',
          out,
          '--format',
          'json',
          '--quiet',
        ],
      ],
    ];
    const bare = median(['-e', '0'], {});
    const rows = commands.map(([label, args]) => {
      const tsx = median([BIN, ...args], { SSPR_AUDIT_FROM_SOURCE: '1' });
      const compiled = median([BIN, ...args], {});
      return [
        label,
        ms(tsx),
        ms(compiled),
        `${(tsx / compiled).toFixed(1)}×`,
        `${(compiled / bare).toFixed(1)}×`,
      ];
    });
    rows.unshift(['node -e 0 (bare start)', '–', ms(bare), '–', '1.0×']);
    printTable(
      `start-up, median of ${RUNS} fresh processes; target: --version compiled < 0.5 s`,
      ['command', 'tsx (sources)', 'compiled (dist)', 'speed-up', 'vs bare node'],
      rows,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const ms = (v: number) => `${(v / 1000).toFixed(3)} s`;

if (import.meta.url === `file://${process.argv[1]}`) await benchStartup();
