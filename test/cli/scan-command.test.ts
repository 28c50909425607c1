// `scan`, `collect` and `permissions` as the acceptance suite runs them: a child process with
// AZURE_* and NODE_EXTRA_CA_CERTS, against the HTTPS Graph double.

import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Results } from '../../src/results/types.js';
import { validateSnapshot } from '../../src/snapshot/load-snapshot.js';
import { EXPECTED } from '../collect/expected-verdicts.js';
import { testPki } from '../graph-double/certs.js';
import { startDouble } from '../graph-double/harness.js';
import type { GraphDouble } from '../graph-double/server.js';
import { preset } from '../graph-double/tenants/presets.js';
import { runCliAsync } from '../helpers/run-cli-async.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

describe('sspr-audit scan / collect against the Graph double (child process)', function () {
  this.timeout(120_000);
  const pki = testPki();
  const { tenant } = preset('cloud-only', { certificatePem: pki.appCert });
  const app = tenant.apps[0]!;
  let double: GraphDouble;
  let env: NodeJS.ProcessEnv;
  let endpoints: string[];

  before(async () => {
    double = await startDouble({ tenants: [tenant], reportThrottle: { limit: 5, windowMs: 300 } });
    endpoints = ['--graph-endpoint', double.origin, '--authority-host', double.origin];
    env = {
      AZURE_TENANT_ID: tenant.id,
      AZURE_CLIENT_ID: app.clientId,
      AZURE_CLIENT_SECRET: app.secret,
      AZURE_CLIENT_CERTIFICATE_PATH: '',
      NODE_EXTRA_CA_CERTS: pki.caCertPath,
      SSPR_AUDIT_REPORTS_LIMIT: '5/300',
    };
  });
  after(() => double.stop());

  it('scan --portal writes results.json with the verdicts CHECKS.md prescribes, and evaluate agrees', async () => {
    const out = tempDir();
    const run = await runCliAsync(
      [
        'scan',
        '--tenant',
        tenant.id,
        ...endpoints,
        '--portal',
        '--portal-endpoint',
        double.origin,
        '--format',
        'json',
        '--out',
        out,
      ],
      { env },
    );
    expect(run.code, run.stderr).to.equal(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    const got = Object.fromEntries(
      results.checks.map((c) => [
        c.id,
        c.reason && c.status.startsWith('not_') ? `${c.status}/${c.reason}` : c.status,
      ]),
    );
    expect(got).to.deep.equal(EXPECTED['cloud-only']);
    // An application sign-in: the three delegated-only reports are skipped, everything else read.
    expect(results.collection.filter((c) => c.status !== 'ok').map((c) => c.status)).to.deep.equal(
      Array(3).fill('skipped'),
    );
    expect(results.tenant).to.deep.include({ id: tenant.id, displayName: 'Contoso Cloud', cloud: 'global' });

    const again = tempDir();
    const evaluated = runCli([
      'evaluate',
      '--snapshot',
      join(out, 'snapshot.json'),
      '--format',
      'json',
      '--out',
      again,
    ]);
    expect(evaluated.code, evaluated.stderr).to.equal(0);
    const offline = JSON.parse(readFileSync(join(again, 'results.json'), 'utf8')) as Results;
    expect(offline.checks.map((c) => c.status)).to.deep.equal(results.checks.map((c) => c.status));
  });

  it('an application scan sends zero requests to the delegated-only reports; --auth device-code reads them', async () => {
    const delegatedOnly = ['usersRegisteredByMethod', 'usersRegisteredByFeature', 'userRegistrationActivity'];
    const args = (out: string) => [
      'scan',
      '--tenant',
      tenant.id,
      ...endpoints,
      '--format',
      'json',
      '--out',
      out,
    ];
    double.resetStats();
    const app = await runCliAsync(args(tempDir()), { env });
    expect(app.code, app.stderr).to.equal(0);
    expect(
      double.stats.log.filter((l) => delegatedOnly.includes(l.route)),
      'application',
    ).to.deep.equal([]);

    double.resetStats();
    const out = tempDir();
    const user = await runCliAsync([...args(out), '--auth', 'device-code'], {
      env: { ...env, AZURE_CLIENT_SECRET: '', AZURE_CLIENT_ID: '' },
    });
    expect(user.code, user.stderr).to.equal(0);
    expect(user.stderr).to.include('enter the code');
    for (const route of delegatedOnly)
      expect(
        double.stats.log.filter((l) => l.route === route && l.status === 200).length,
        `device-code: ${route}`,
      ).to.be.greaterThan(0);
    const snapshot = validateSnapshot(
      JSON.parse(readFileSync(join(out, 'snapshot.json'), 'utf8')),
      'snapshot',
    );
    expect(snapshot.collectedBy).to.deep.include({ auth: 'device-code' });
    for (const name of delegatedOnly)
      expect(snapshot.sources[name as 'usersRegisteredByMethod'].outcome.status, name).to.equal('ok');
  });

  it('a wrong secret exits 3 with the reason, never the secret, and writes nothing', async () => {
    const out = tempDir();
    const run = await runCliAsync(
      ['scan', '--tenant', tenant.id, ...endpoints, '--format', 'json', '--out', out],
      { env: { ...env, AZURE_CLIENT_SECRET: 'wrong-secret-1234' } },
    );
    expect(run.code).to.equal(3);
    expect(run.stderr).to.include('could not collect').and.to.include('AADSTS7000215');
    expect(run.stdout + run.stderr).not.to.include('wrong-secret-1234');
    expect(existsSync(join(out, 'results.json'))).to.equal(false);
  });

  it('an unknown tenant exits 3 and says the tenant was not found', async () => {
    const run = await runCliAsync(
      [
        'scan',
        '--tenant',
        '99999999-9999-4999-8999-999999999999',
        ...endpoints,
        '--format',
        'json',
        '--out',
        tempDir(),
      ],
      { env },
    );
    expect(run.code).to.equal(3);
    expect(run.stderr).to.include('was not found');
  });

  it('usage errors exit 2 before signing in', async () => {
    const noTenant = await runCliAsync(['scan', ...endpoints], { env: { ...env, AZURE_TENANT_ID: '' } });
    expect(noTenant.code).to.equal(2);
    expect(noTenant.stderr).to.include('--tenant');
    const http = await runCliAsync(
      ['scan', '--tenant', tenant.id, '--graph-endpoint', 'http://127.0.0.1:1'],
      { env },
    );
    expect(http.code).to.equal(2);
    expect(http.stderr).to.include('must use https');
    const cloud = await runCliAsync(['scan', '--tenant', tenant.id, '--cloud', 'mars'], { env });
    expect(cloud.code).to.equal(2);
  });

  it('collect --auth certificate writes a schema-valid snapshot', async () => {
    const file = join(tempDir(), 'snapshot.json');
    const run = await runCliAsync(
      ['collect', '--tenant', tenant.id, ...endpoints, '--auth', 'certificate', '--snapshot', file],
      {
        env: { ...env, AZURE_CLIENT_SECRET: '', AZURE_CLIENT_CERTIFICATE_PATH: pki.appPemPath },
      },
    );
    expect(run.code, run.stderr).to.equal(0);
    const snapshot = validateSnapshot(JSON.parse(readFileSync(file, 'utf8')), file);
    expect(snapshot.collectedBy).to.deep.include({ auth: 'certificate', appId: app.clientId });
    expect(snapshot.sources.passwordResetPolicies.outcome.status).to.equal('skipped');
    expect(run.stdout).to.include('11 of 16 sources read');
  });

  it('scan --help names the portal backend an undocumented Microsoft API', async () => {
    const run = await runCliAsync(['scan', '--help']);
    expect(run.code).to.equal(0);
    expect(run.stdout).to.include('undocumented Microsoft API').and.to.include('--authority-host');
  });
});

describe('sspr-audit permissions', () => {
  it('lists the least-privileged permissions with the commands to grant them', () => {
    const run = runCli(['permissions', '--client-id', '11111111-2222-3333-4444-555555555555']);
    expect(run.code).to.equal(0);
    expect(run.stdout).to.include('AuditLog.Read.All').and.to.include('b0afded3-3588-46d8-8b3d-9842eff778da');
    expect(run.stdout).to.include(
      'az ad app permission add --id 11111111-2222-3333-4444-555555555555 --api 00000003-0000-0000-c000-000000000000',
    );
    expect(run.stdout)
      .to.include('az ad app permission admin-consent')
      .and.to.include('New-MgServicePrincipalAppRoleAssignment');
    expect(run.stdout).to.include('UNDOCUMENTED Microsoft API');
  });

  it('--json gives the same as data', () => {
    const run = runCli(['permissions', '--json']);
    expect(run.code, run.stderr).to.equal(0);
    const report = JSON.parse(run.stdout) as { permissions: Array<{ name: string; checks: string[] }> };
    expect(report.permissions.find((p) => p.name === 'AuditLog.Read.All')!.checks).to.include.members([
      'SSPR-14',
      'SSPR-21',
    ]);
  });
});
