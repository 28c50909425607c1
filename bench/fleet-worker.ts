// One fleet pass in a fresh process (so peak memory is this pass's own): the real fleet command, its
// Graph collector, trusting the double's CA through NODE_EXTRA_CA_CERTS and pacing the reports by
// SSPR_AUDIT_REPORTS_LIMIT, as production would. argv: <fleet.yaml>; prints one JSON line.

import { PassThrough } from 'node:stream';
import { createFleetCommand } from '../src/cli/fleet-command.js';

const out = new PassThrough();
let log = '';
out.on('data', (c: Buffer) => (log += c.toString('utf8')));
const started = performance.now();
const code = await createFleetCommand({ out }).run(['--config', process.argv[2]!, '--json-log']);
const wallMs = performance.now() - started;
const finished = log
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { type: string; scanned?: number; failed?: number })
  .find((e) => e.type === 'run-finished');
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
process.stdout.write(
  `${JSON.stringify({ code, wallMs, cpuMs, peakRssMiB: usage.maxRSS / 1024, scanned: finished?.scanned, failed: finished?.failed })}\n`,
);
