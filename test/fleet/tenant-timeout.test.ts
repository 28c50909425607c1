// --tenant-timeout through the real CLI: a tenant whose sign-in stalls (the double holds the token
// request open far longer than the test) is abandoned, recorded as a failed scan of kind `timeout`,
// the run is completed (not interrupted), and the process exits 3 even though the stalled request
// never settles.

import { expect } from 'chai';
import { join } from 'node:path';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { testPki } from '../graph-double/certs.js';
import { startDouble } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { buildTenant } from '../graph-double/tenants/build-tenant.js';
import { runCliAsync } from '../helpers/run-cli-async.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

const STALLED = {
  id: '71000000-0000-4000-8000-000000000001',
  name: 'Stalled Sign-in',
  domain: 'stalled.example',
  users: 10,
  now: new Date(),
};

describe('fleet --tenant-timeout (real CLI)', function () {
  this.timeout(120_000);
  let double: GraphDouble;
  let dir: TempFolder;
  beforeEach(() => (dir = tempFolder()));
  afterEach(async () => {
    await double?.stop();
    dir.remove();
  });

  it('a tenant whose sign-in never answers is a failed scan of kind timeout, the run completes and the process exits 3', async () => {
    double = await startDouble({
      tenants: [buildTenant(STALLED)],
      // The token endpoint answers after 10 minutes: longer than the test is willing to wait.
      faults: [{ route: 'token', kind: 'slow', delayMs: 600_000 }],
    });
    const config = dir.write(
      'fleet.yaml',
      `defaults: {formats: [json], auth: {clientId: 00000000-0000-0000-0000-0000000000aa, clientSecret: env:S}, graphEndpoint: ${double.origin}, authorityHost: ${double.origin}}\ntenants: [{id: ${STALLED.id}, name: Stalled}]\n`,
    );
    // The child is killed after 60 s: an exit code of null means it never exited by itself.
    const run = await runCliAsync(['fleet', '--config', config, '--tenant-timeout', '2'], {
      env: { NODE_EXTRA_CA_CERTS: testPki().caCertPath, S: 'double-secret' },
      timeoutMs: 60_000,
    });
    expect(run.code, `${run.stdout}\n${run.stderr}`).to.equal(3);
    expect(run.stdout, `${run.stdout}\n${run.stderr}`).to.match(/Stalled .*could not be scanned \(timeout\)/);
    const store = HistoryStore.open(join(dir.path, 'reports/fleet/history.sqlite'));
    try {
      const rows = store.trend(STALLED.id);
      expect(rows.map((r) => [r.outcome, r.errorKind])).to.deep.equal([['failed', 'timeout']]);
      expect(store.runs().map((r) => r.status)).to.deep.equal(['completed']);
    } finally {
      store.close();
    }
  });
});
