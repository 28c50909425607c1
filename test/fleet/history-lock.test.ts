// One fleet process per history database (real CLI): while a live process holds the lock, a second
// fleet run exits 2 naming it and changes nothing; a lock left by a killed process is taken over.

import { expect } from 'chai';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

describe('fleet history lock (real CLI)', function () {
  this.timeout(240_000);
  let dir: TempFolder;
  beforeEach(() => (dir = tempFolder()));
  afterEach(() => dir.remove());

  const setUp = () => {
    dir.write('secret.txt', 'a-secret-value\n');
    // An authority on a closed port: the one tenant fails fast (exit 3) once the run starts.
    const config = dir.write(
      'fleet.yaml',
      `defaults: {formats: [json], out: out, auth: {clientId: 00000000-0000-0000-0000-0000000000aa, clientSecret: file:secret.txt}, graphEndpoint: "https://127.0.0.1:9", authorityHost: "https://127.0.0.1:9"}\ntenants: [{id: 71000000-0000-4000-8000-000000000007, name: Locked}]\n`,
    );
    mkdirSync(join(dir.path, 'out'));
    return { config, lock: join(dir.path, 'out/history.sqlite.lock') };
  };

  it('a second fleet run on a history in use exits 2 naming the holder, and scans nothing', () => {
    const { config, lock } = setUp();
    // This test process is alive: it stands for a fleet run in progress.
    writeFileSync(
      lock,
      JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-12-01T00:00:00Z' }),
    );
    const r = runCli(['fleet', '--config', config], { timeoutMs: 200_000 });
    expect(r.code, r.stdout + r.stderr).to.equal(2);
    expect(r.stderr).to.match(/history\.sqlite: another fleet run uses this history \(pid \d+ on /);
    const store = HistoryStore.open(join(dir.path, 'out/history.sqlite'));
    try {
      expect(store.runs()).to.deep.equal([]);
    } finally {
      store.close();
    }
    expect(existsSync(lock), 'the holder’s lock stays').to.equal(true);
  });

  it('a lock left by a killed process is taken over, and released at the end', () => {
    const { config, lock } = setUp();
    writeFileSync(
      lock,
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: '2026-12-01T00:00:00Z' }),
    );
    const r = runCli(['fleet', '--config', config, '--tenant-timeout', '60'], { timeoutMs: 200_000 });
    expect(r.code, r.stdout + r.stderr).to.equal(3);
    expect(existsSync(lock)).to.equal(false);
  });
});
