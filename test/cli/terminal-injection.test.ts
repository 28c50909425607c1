// Untrusted text never reaches a terminal or a log line raw (real CLI): a tenant name carrying an OSC 8
// link, a clear-screen, CR/LF and a bidi override is printed without them by evaluate's summary, the
// fleet's plain log and error messages; the JSON log escapes them.

import { expect } from 'chai';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { golden } from '../fixtures/golden.js';
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const HOSTILE = 'Evil\x1b]8;;https://evil.example\x07click\x1b]8;;\x07\x1b[2J\r\nFAKE ok line\u202e\u009b31m';
// Nothing that a terminal acts on: ESC, BEL, CR, C1 controls, bidi overrides.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('terminal and log injection (real CLI)', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => (dir = tempDir()));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('evaluate prints a hostile tenant name without escape sequences, controls or forged lines', () => {
    const file = join(dir, 'snapshot.json');
    writeFileSync(
      file,
      JSON.stringify(
        golden((s) => {
          s.tenant.displayName = HOSTILE;
          s.sources.organization.data!.displayName = HOSTILE;
        }),
      ),
    );
    const r = runCli(['evaluate', '--snapshot', file, '--format', 'json', '--out', join(dir, 'out')], {
      timeoutMs: 120_000,
    });
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.include('Evil');
    expect(r.stdout).to.not.match(RAW_CONTROL);
    expect(r.stdout.split('\n').some((l) => l.startsWith('FAKE'))).to.equal(false);
  });

  it('an error naming hostile file content is printed without controls', () => {
    // A profile's check IDs are echoed in its error ("/checks/<id>: unknown check ID").
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ checks: { [HOSTILE]: {} } }));
    const r = runCli(
      ['evaluate', '--snapshot', join(ROOT, 'demo/snapshot.json'), '--profile', profile, '--format', 'json'],
      { timeoutMs: 120_000 },
    );
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('Evil');
    expect(r.stderr).to.not.match(RAW_CONTROL);
    expect(r.stderr.trimEnd().split('\n')).to.have.length(1);
  });

  const fleetConfig = () => {
    writeFileSync(join(dir, 'secret.txt'), 'a-secret-value\n');
    // An authority on a closed port: the tenant fails fast, and its (hostile) name reaches the log.
    return (
      writeFileSync(
        join(dir, 'fleet.yaml'),
        `defaults: {formats: [json], out: fleet-out, auth: {clientId: 00000000-0000-0000-0000-0000000000aa, clientSecret: file:secret.txt}, graphEndpoint: "https://127.0.0.1:9", authorityHost: "https://127.0.0.1:9"}\ntenants: [{id: 71000000-0000-4000-8000-000000000005, name: ${JSON.stringify(HOSTILE)}}]\n`,
      ),
      join(dir, 'fleet.yaml')
    );
  };

  it('the fleet plain log prints a hostile tenant name without controls or forged lines', () => {
    const r = runCli(['fleet', '--config', fleetConfig(), '--tenant-timeout', '20'], { timeoutMs: 120_000 });
    expect(r.code, r.stdout + r.stderr).to.equal(3);
    expect(r.stdout).to.include('Evil');
    expect(r.stdout).to.not.match(RAW_CONTROL);
    expect(r.stdout.split('\n').some((l) => l.startsWith('FAKE'))).to.equal(false);
  });

  it('the fleet JSON log escapes every control character (C0, C1, bidi) and keeps the name', () => {
    const r = runCli(['fleet', '--config', fleetConfig(), '--tenant-timeout', '20', '--json-log'], {
      timeoutMs: 120_000,
    });
    expect(r.code, r.stdout + r.stderr).to.equal(3);
    expect(r.stdout).to.not.match(RAW_CONTROL);
    const names = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { tenantName?: string })
      .filter((e) => e.tenantName);
    expect(names[0]!.tenantName).to.equal(HOSTILE);
  });
});
