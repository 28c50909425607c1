// evaluate through the real CLI: outputs, determinism, exit codes and the flags' errors.

import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { golden } from '../fixtures/golden.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

const strip = (json: string) => {
  const r = JSON.parse(json);
  delete r.startedAt;
  delete r.finishedAt;
  return JSON.stringify(r);
};

describe('sspr-audit evaluate', () => {
  const dir = tempDir();
  const snapshotFile = join(dir, 'snapshot.json');
  before(() => writeFileSync(snapshotFile, JSON.stringify(golden())));

  it('writes results.json, snapshot.json and a manifest hashing them, and exits 0', () => {
    const out = join(dir, 'a');
    const r = runCli(['evaluate', '--snapshot', snapshotFile, '--out', out, '--format', 'json']);
    expect(r.code, r.stderr).to.equal(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.tenant).to.deep.equal({
      id: '84841066-274d-4ec0-a5c1-276be684bdd3',
      displayName: 'Contoso',
      cloud: 'global',
    });
    expect(results.checks).to.have.length(24);
    expect(
      results.checks.filter((c: { status: string }) => c.status !== 'pass').map((c: { id: string }) => c.id),
    ).to.deep.equal(['SSPR-02']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.files)).to.deep.equal(['results.json', 'snapshot.json']);
    expect(manifest.files['results.json'].sha256).to.match(/^[0-9a-f]{64}$/);
    expect(r.stdout).to.include('grade A');
  });

  it('gives byte-identical results for the same snapshot apart from run timestamps', () => {
    const a = join(dir, 'd1');
    const b = join(dir, 'd2');
    expect(
      runCli(['evaluate', '--snapshot', snapshotFile, '--out', a, '--format', 'json', '--quiet']).code,
    ).to.equal(0);
    expect(
      runCli(['evaluate', '--snapshot', snapshotFile, '--out', b, '--format', 'json', '--quiet']).code,
    ).to.equal(0);
    const ra = readFileSync(join(a, 'results.json'), 'utf8');
    const rb = readFileSync(join(b, 'results.json'), 'utf8');
    expect(strip(ra)).to.equal(strip(rb));
  });

  it('--fail-on exits 1 only when a fail at or above that severity exists', () => {
    const failing = join(dir, 'failing.json');
    writeFileSync(
      failing,
      JSON.stringify(
        golden((s) => void (s.sources.passwordResetPolicies.data!.notifyUsersOnPasswordReset = false)),
      ),
    );
    const medium = runCli([
      'evaluate',
      '--snapshot',
      failing,
      '--out',
      join(dir, 'f1'),
      '--format',
      'json',
      '--fail-on',
      'medium',
      '--quiet',
    ]);
    expect(medium.code, medium.stderr).to.equal(1);
    const high = runCli([
      'evaluate',
      '--snapshot',
      failing,
      '--out',
      join(dir, 'f2'),
      '--format',
      'json',
      '--fail-on',
      'high',
      '--quiet',
    ]);
    expect(high.code, high.stderr).to.equal(0);
    const none = runCli([
      'evaluate',
      '--snapshot',
      failing,
      '--out',
      join(dir, 'f3'),
      '--format',
      'json',
      '--quiet',
    ]);
    expect(none.code).to.equal(0);
  });

  it('an exception turns the fail into accepted_risk, so --fail-on no longer trips', () => {
    const failing = join(dir, 'failing2.json');
    writeFileSync(
      failing,
      JSON.stringify(
        golden((s) => void (s.sources.passwordResetPolicies.data!.notifyUsersOnPasswordReset = false)),
      ),
    );
    const exceptions = join(dir, 'exceptions.json');
    writeFileSync(
      exceptions,
      JSON.stringify([
        { check: 'SSPR-06', reason: 'mailbox migration', owner: 'IT Ops', expires: '2026-12-31' },
      ]),
    );
    const out = join(dir, 'x');
    const r = runCli([
      'evaluate',
      '--snapshot',
      failing,
      '--exceptions',
      exceptions,
      '--out',
      out,
      '--format',
      'json',
      '--fail-on',
      'medium',
      '--quiet',
    ]);
    expect(r.code, r.stderr).to.equal(0);
    const check = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).checks.find(
      (c: { id: string }) => c.id === 'SSPR-06',
    );
    expect(check.status).to.equal('accepted_risk');
    expect(check.realStatus).to.equal('fail');
    expect(check.exception).to.deep.equal({
      reason: 'mailbox migration',
      owner: 'IT Ops',
      expires: '2026-12-31',
      state: 'live',
    });
  });

  it('a portal export takes the place of the portal sources', () => {
    const noPortal = join(dir, 'noportal.json');
    writeFileSync(
      noPortal,
      JSON.stringify(
        golden((s) => {
          s.sources.passwordResetPolicies = {
            outcome: { status: 'skipped', endpoint: 'portal', fetchedAt: s.collectedAt },
          };
        }),
      ),
    );
    const exportFile = join(dir, 'export.json');
    writeFileSync(
      exportFile,
      readFileSync(new URL('../fixtures/graph-samples/passwordResetPolicies.internal.json', import.meta.url)),
    );
    const out = join(dir, 'pe');
    const r = runCli([
      'evaluate',
      '--snapshot',
      noPortal,
      '--portal-export',
      exportFile,
      '--out',
      out,
      '--format',
      'json',
      '--quiet',
    ]);
    expect(r.code, r.stderr).to.equal(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    const sspr01 = results.checks.find((c: { id: string }) => c.id === 'SSPR-01');
    expect(sspr01.status).to.equal('warn');
    expect(sspr01.source).to.equal('portal');
    expect(
      results.collection.find((c: { source: string }) => c.source === 'passwordResetPolicies').endpoint,
    ).to.include('export.json');
  });
});
