import { expect } from 'chai';
import { join } from 'node:path';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { runCli } from '../helpers/run-cli.js';
import { APP_ID } from './support/fleet-fixture.js';
import { sampleResults, withStatus } from './support/sample-results.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

const T1 = '11111111-2222-3333-4444-555555555555';
const T2 = '66666666-7777-4888-9999-aaaaaaaaaaaa';

describe('sspr-audit fleet (CLI): config errors exit 2 before anything runs', () => {
  let dir: TempFolder;
  beforeEach(() => (dir = tempFolder()));
  afterEach(() => dir.remove());

  const cases: Array<{ name: string; yaml: string; args?: string[]; stderr: RegExp }> = [
    {
      name: 'inline secret: names tenant and field, never prints the value',
      yaml: `tenants:\n  - {id: ${T1}, name: Contoso, auth: {clientId: ${APP_ID}, clientSecret: "Sup3r.Secret~Value"}}\n`,
      stderr: /tenants\[0\] "Contoso" \/tenants\/0\/auth\/clientSecret: an inline secret is not allowed/,
    },
    {
      name: 'duplicate tenant ids and an unresolvable env: reference, reported together',
      yaml: `defaults: {auth: {clientId: ${APP_ID}, clientSecret: env:FLEET_TEST_UNSET}}\ntenants:\n  - {id: ${T1}, name: Contoso}\n  - {id: ${T1}, name: Twice}\n`,
      stderr:
        /2 problems:[\s\S]*defaults \/defaults\/auth\/clientSecret: cannot resolve env:FLEET_TEST_UNSET[\s\S]*tenants\[1\] "Twice" \/tenants\/1\/id: duplicate tenant id/,
    },
    {
      name: 'bad --schedule',
      yaml: `defaults: {auth: {clientId: ${APP_ID}, clientSecret: env:FLEET_TEST_SECRET}}\ntenants: [{id: ${T1}, name: Contoso}]\n`,
      args: ['--schedule', 'every monday'],
      stderr: /--schedule: invalid cron pattern "every monday"/,
    },
    {
      name: 'unknown --tenant',
      yaml: `defaults: {auth: {clientId: ${APP_ID}, clientSecret: env:FLEET_TEST_SECRET}}\ntenants: [{id: ${T1}, name: Contoso}]\n`,
      args: ['--tenant', 'nobody.example'],
      stderr: /--tenant: not in .*fleet\.yaml: nobody\.example/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const config = dir.write('fleet.yaml', c.yaml);
      const r = runCli(['fleet', '--config', config, ...(c.args ?? [])], {
        env: { FLEET_TEST_SECRET: 'a-real-secret' },
      });
      expect(r.code, r.stderr).to.equal(2);
      expect(r.stderr).to.match(c.stderr);
      expect(r.stderr + r.stdout).to.not.include('Sup3r.Secret~Value');
      expect(r.stdout).to.equal('');
    });
  }

  it('--validate checks the config and exits 0 without scanning', () => {
    const config = dir.write(
      'fleet.yaml',
      `defaults: {schedule: "0 6 * * 1", timezone: Europe/London, auth: {clientId: ${APP_ID}, clientSecret: env:FLEET_TEST_SECRET}}\ntenants: [{id: ${T1}, name: Contoso}, {id: contoso.onmicrosoft.com, name: Other}]\n`,
    );
    const r = runCli(['fleet', '--config', config, '--validate'], { env: { FLEET_TEST_SECRET: 'x-secret' } });
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.equal(`${config}: valid, 2 tenants, schedule "0 6 * * 1" (Europe/London)\n`);
  });
});

describe('sspr-audit history (CLI)', () => {
  let dir: TempFolder;
  let db: string;
  before(() => {
    dir = tempFolder();
    db = join(dir.path, 'history.sqlite');
    const store = HistoryStore.open(db);
    const a = withStatus(sampleResults('2026-11-02T06:00:00Z'), 'SSPR-14', 'pass');
    const b = withStatus(a, 'SSPR-14', 'fail', '2026-11-09T06:00:00Z');
    store.recordScan({
      runId: null,
      tenantId: T1,
      tenantName: 'Contoso',
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
      outcome: 'ok',
      results: a,
      drift: { worse: [], better: [], coverage: [], scoreDelta: null },
    });
    store.recordScan({
      runId: null,
      tenantId: T1,
      tenantName: 'Contoso',
      startedAt: b.startedAt,
      finishedAt: b.finishedAt,
      outcome: 'ok',
      results: b,
      drift: {
        previousScanAt: a.finishedAt,
        worse: [{ checkId: 'SSPR-14', title: 't', severity: 'high', from: 'pass', to: 'fail' }],
        better: [],
        coverage: [],
        scoreDelta: b.score.value - a.score.value,
      },
    });
    store.recordScan({
      runId: null,
      tenantId: T2,
      tenantName: 'Fabrikam',
      startedAt: '2026-11-09T06:00:00Z',
      finishedAt: '2026-11-09T06:00:03Z',
      outcome: 'failed',
      error: 'AADSTS7000215: Invalid client secret provided.',
      errorKind: 'auth',
    });
    store.close();
  });
  after(() => dir.remove());

  it('prints the trend: date, score, grade, counts and drift', () => {
    const r = runCli(['history', '--tenant', T1.toUpperCase(), '--db', db]);
    expect(r.code, r.stderr).to.equal(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).to.equal(`Contoso (${T1}): 2 of 2 scans`);
    expect(lines[1]).to.match(
      /^date \(UTC\)\s+score\s+grade\s+pass\s+warn\s+fail\s+n\/a\s+n\/as\s+risk\s+drift$/,
    );
    expect(lines[2]).to.match(/^2026-11-02 06:00:00\s+\d+\.\d\s+[A-F]\s+.*first scan$/);
    expect(lines[3]).to.match(
      /^2026-11-09 06:00:00\s+\d+\.\d\s+[A-F]\s+.*\(−\d+\.\d\) worse: SSPR-14 pass → fail$/,
    );
  });

  it('--json gives the rows; a failed scan shows why; unknown tenants exit 2', () => {
    const json = JSON.parse(runCli(['history', '--tenant', 'Fabrikam', '--db', db, '--json']).stdout);
    expect(json.scans[0]).to.deep.include({ outcome: 'failed', errorKind: 'auth' });
    const list = runCli(['history', '--db', db]);
    expect(list.stdout).to.match(
      /^Contoso \(1111.*\): 2 scans, last 2026-11-09 06:00:00 UTC\nFabrikam \(6666.*\): 1 scan,/,
    );
    const unknown = runCli(['history', '--tenant', 'nobody', '--db', db]);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.include('--tenant: no scans of "nobody"');
    const missing = runCli(['history', '--tenant', 'x', '--db', join(dir.path, 'none.sqlite')]);
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.include('no fleet history here');
  });
});
