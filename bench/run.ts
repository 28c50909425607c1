// npm run bench: every benchmark, each printing a table with its conditions.
// Pass names to run a subset: npm run bench -- evaluate

import { benchEvaluate } from './evaluate.js';
import { benchFleet } from './fleet.js';
import { benchGraphScan } from './graph-scan.js';
import { benchReports } from './report.js';
import { benchStartup } from './startup.js';

const BENCHES: Record<string, () => Promise<void>> = {
  evaluate: () => benchEvaluate(),
  report: () => benchReports(),
  'graph-scan': async () => void (await benchGraphScan()),
  fleet: () => benchFleet(),
  startup: () => benchStartup(),
};

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(BENCHES)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
