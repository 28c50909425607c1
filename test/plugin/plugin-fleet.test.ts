// A fleet run with the example pack in defaults.plugins: the pack's checks reach each tenant's results,
// the history database (so drift and trends see them) and the fleet report's matrix. Collection is the
// synthetic collector of the fleet tests; everything after it is the real fleet command.

import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createFleetCommand } from '../../src/cli/fleet-command.js';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { ROOT } from '../helpers/run-cli.js';
import { FLEET_ENV, fleetYaml } from '../fleet/support/fleet-fixture.js';
import { syntheticCollector } from '../fleet/support/synthetic-collector.js';
import { tempFolder, type TempFolder } from '../fleet/support/temp-folder.js';
import { writePack, check } from './pack-fixtures.js';

const T1 = '11111111-2222-4333-8444-555555555555';
const T2 = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const EXAMPLE = join(ROOT, 'examples/plugin-example');

describe('plugins in a fleet run', function () {
  this.timeout(120_000);
  let dir: TempFolder;
  beforeEach(() => (dir = tempFolder()));
  afterEach(() => dir.remove());

  const run = async (yaml: string) => {
    const config = dir.write('fleet.yaml', yaml);
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += String(d)));
    const collector = syntheticCollector({ [T1]: {}, [T2]: {} });
    const code = await createFleetCommand({ collect: collector.collect, out, env: FLEET_ENV }).run([
      '--config',
      config,
      '--json-log',
    ]);
    return { code, text };
  };

  it('defaults.plugins: the checks reach results.json, the history and the fleet report', async () => {
    const yaml = fleetYaml(
      [
        { id: T1, name: 'Contoso' },
        { id: T2, name: 'Fabrikam' },
      ],
      `out: ${join(dir.path, 'out')}\nplugins: ["${EXAMPLE}"]`,
    );
    const { code, text } = await run(yaml);
    expect(code, text).to.equal(0);
    const history = HistoryStore.open(join(dir.path, 'out', 'history.sqlite'));
    try {
      for (const tenant of [T1, T2]) {
        const [scan] = history.trend(tenant);
        const ids = history.checkStatuses(scan.scanId).map((c) => c.checkId);
        expect(ids).to.include.members(['ACME-01', 'ACME-02', 'SSPR-01']);
        const folder = join(dir.path, 'out', tenant);
        const [stamp] = readdirSync(folder);
        const results = JSON.parse(readFileSync(join(folder, stamp, 'results.json'), 'utf8'));
        expect(results.packs.map((p: { name: string }) => p.name)).to.deep.equal([
          'sspr-audit',
          'sspr-audit-plugin-example',
        ]);
      }
    } finally {
      history.close();
    }
    const report = readFileSync(join(dir.path, 'out', 'fleet-report.html'), 'utf8');
    expect(report).to.include('ACME-01');
  });

  it('a tenant list replaces the defaults; a broken pack stops the run before any scan (exit 2)', async () => {
    const broken = writePack(dir.path, 'broken', { checks: [check({ severity: 'urgent' })] });
    const yaml = fleetYaml(
      [
        { id: T1, name: 'Contoso' },
        { id: T2, name: 'Fabrikam', extra: `plugins: ["${broken}"]` },
      ],
      `out: ${join(dir.path, 'out')}\nplugins: ["${EXAMPLE}"]`,
    );
    const config = dir.write('fleet.yaml', yaml);
    const collector = syntheticCollector({ [T1]: {}, [T2]: {} });
    let error: Error | undefined;
    try {
      await createFleetCommand({ collect: collector.collect, out: new PassThrough(), env: FLEET_ENV }).run([
        '--config',
        config,
      ]);
    } catch (err) {
      error = err as Error;
    }
    expect(error?.name, error?.message).to.equal('InputError');
    expect(String(error?.message)).to.include('pack "broken"').and.include('check ZED-01: meta.severity');
    expect(collector.calls).to.have.length(0);
  });
});
