// A child process for the crash test: records scans into the history file in a tight loop until killed.

import { HistoryStore } from '../../../src/fleet/history-store.js';
import { sampleResults } from './sample-results.js';

const store = HistoryStore.open(process.argv[2]);
const results = sampleResults();
const runId = store.beginRun({ startedAt: new Date().toISOString(), trigger: 'once', tenants: 1 });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  store.recordScan({
    runId,
    tenantId: `tenant-${i % 7}.example`,
    tenantName: `T${i}`,
    startedAt: results.startedAt,
    finishedAt: new Date().toISOString(),
    outcome: 'ok',
    results,
    manifest: { i },
  });
}
