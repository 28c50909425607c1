// Values a schema alone let through are clear errors naming the file and field (exit 2, real CLI):
// impossible profile thresholds, an attestation dated year 0001 or signed by a blank name, a 7-field
// cron; an http:// webhook is accepted with a warning.

import { expect } from 'chai';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const APP = '00000000-0000-0000-0000-0000000000aa';

describe('lenient inputs are refused (real CLI)', function () {
  this.timeout(240_000);
  let dir: string;
  before(() => (dir = tempDir()));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string) => (writeFileSync(join(dir, name), content), join(dir, name));
  const evaluate = (...extra: string[]) => [
    'evaluate',
    '--snapshot',
    join(ROOT, 'demo/snapshot.json'),
    '--format',
    'json',
    '--out',
    join(dir, 'out'),
    ...extra,
  ];
  const fleet = (name: string, defaults: string) => {
    file('secret.txt', 'a-secret-value\n');
    return file(
      name,
      `defaults: {formats: [json], auth: {clientId: ${APP}, clientSecret: file:secret.txt}, ${defaults}}\ntenants: [{id: 71000000-0000-4000-8000-000000000008, name: T}]\n`,
    );
  };

  const cases: Array<{ name: string; args: () => string[]; expect: RegExp[] }> = [
    {
      name: 'profile passRate 5',
      args: () => evaluate('--profile', file('p1.json', '{"checks": {"SSPR-14": {"passRate": 5}}}')),
      expect: [/p1\.json/, /\/checks\/SSPR-14\/passRate: expected a fraction from 0 to 1/],
    },
    {
      name: 'profile warnRate above passRate',
      args: () =>
        evaluate('--profile', file('p2.json', '{"checks": {"SSPR-15": {"passRate": 0.7, "warnRate": 0.9}}}')),
      expect: [/p2\.json/, /\/checks\/SSPR-15: warnRate \(0\.9\) must not be above passRate \(0\.7\)/],
    },
    {
      name: 'profile windowDays 0',
      args: () => evaluate('--profile', file('p3.json', '{"checks": {"SSPR-22": {"windowDays": 0}}}')),
      expect: [/p3\.json/, /\/checks\/SSPR-22\/windowDays: expected a whole number of days/],
    },
    {
      name: 'profile windowDays 1e15',
      args: () => evaluate('--profile', file('p4.json', '{"checks": {"SSPR-05": {"windowDays": 1e15}}}')),
      expect: [/p4\.json/, /\/checks\/SSPR-05\/windowDays: expected a whole number of days/],
    },
    {
      name: 'attestation dated year 0001',
      args: () =>
        evaluate(
          '--attestation',
          file('a1.yaml', 'attestedBy: Jane Doe\nattestedAt: 0001-01-01\nsettings: {}\n'),
        ),
      expect: [/a1\.yaml/, /\/attestedAt: expected a date on or after 2000-01-01/],
    },
    {
      name: 'attestation signed by a blank name',
      args: () =>
        evaluate(
          '--attestation',
          file('a2.yaml', 'attestedBy: "   "\nattestedAt: 2026-11-19\nsettings: {}\n'),
        ),
      expect: [/a2\.yaml/, /\/attestedBy: expected the name of who signed/],
    },
    {
      name: 'a 7-field cron schedule',
      args: () => ['fleet', '--validate', '--config', fleet('f1.yaml', 'schedule: "0 0 6 * * 1 2027"')],
      expect: [
        /f1\.yaml/,
        /\/defaults\/schedule: invalid cron pattern .*expected 5 fields .* or 6 .*found 7/,
      ],
    },
  ];
  for (const c of cases) {
    it(`${c.name}: exit 2 naming the file and field`, () => {
      const r = runCli(c.args(), { timeoutMs: 200_000 });
      expect(r.code, r.stderr).to.equal(2);
      for (const pattern of c.expect) expect(r.stderr).to.match(pattern);
    });
  }

  it('an http:// webhook is valid with a warning', () => {
    const config = fleet('f2.yaml', 'notify: {webhook: {url: "http://hooks.example/fleet"}}');
    const r = runCli(['fleet', '--validate', '--config', config], { timeoutMs: 200_000 });
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/warning: .*f2\.yaml: .*\/webhook\/url: an http:\/\/ webhook .*unencrypted/);
  });
});
