// Every file the tool reads is a regular file (after links) under a size cap, in UTF-8: a FIFO, a
// folder, a link to /dev/zero, an oversized or UTF-16 file is exit 2 naming the file and what was
// expected — never a hang or a runaway read. Attestation evidence must also lie in the attestation's
// folder. Each case runs the real CLI; a hang shows as a killed child (exit code null).

import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const DEMO_SNAPSHOT = join(ROOT, 'demo/snapshot.json');
const ATTESTATION = 'attestedBy: Jane Doe\nattestedAt: 2026-11-19\nsettings: {}\n';
const APP = '00000000-0000-0000-0000-0000000000aa';
const TENANT = '71000000-0000-4000-8000-000000000009';

describe('special and oversized input files (real CLI)', function () {
  this.timeout(240_000);
  let dir: string;
  before(() => (dir = tempDir()));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const path = (name: string) => join(dir, name);
  const file = (name: string, content: string | Buffer) => (writeFileSync(path(name), content), path(name));
  const fifo = (name: string) => (execFileSync('mkfifo', [path(name)]), path(name));
  const zero = (name: string) => (symlinkSync('/dev/zero', path(name)), path(name));
  const folder = (name: string) => (mkdirSync(path(name)), path(name));
  const sparse = (name: string, bytes: number) => {
    writeFileSync(path(name), '');
    truncateSync(path(name), bytes);
    return path(name);
  };
  const evaluate = (...extra: string[]) => [
    'evaluate',
    '--snapshot',
    DEMO_SNAPSHOT,
    '--format',
    'json',
    '--out',
    path('out'),
    ...extra,
  ];
  const fleetConfig = (name: string, auth: string, tenantExtra = '') =>
    file(
      name,
      `defaults: {formats: [json], auth: {clientId: ${APP}, ${auth}}}\ntenants: [{id: ${TENANT}, name: T${tenantExtra}}]\n`,
    );

  const cases: Array<{ name: string; args: () => string[]; env?: NodeJS.ProcessEnv; expect: RegExp[] }> = [
    {
      name: 'a snapshot that is a FIFO',
      args: () => ['evaluate', '--snapshot', fifo('snap-fifo.json'), '--format', 'json'],
      expect: [/snap-fifo\.json/, /expected a regular file/, /FIFO/],
    },
    {
      name: 'a snapshot that links to /dev/zero',
      args: () => ['evaluate', '--snapshot', zero('snap-zero.json'), '--format', 'json'],
      expect: [/snap-zero\.json/, /expected a regular file/, /character device/],
    },
    {
      name: 'a snapshot that is a folder',
      args: () => ['evaluate', '--snapshot', folder('snap-dir.json'), '--format', 'json'],
      expect: [/snap-dir\.json/, /folder/],
    },
    {
      name: 'an attestation that is a FIFO',
      args: () => evaluate('--attestation', fifo('att-fifo.yaml')),
      expect: [/att-fifo\.yaml/, /FIFO/],
    },
    {
      name: 'an attestation over its size cap',
      args: () => evaluate('--attestation', sparse('att-big.yaml', 2 * 1024 * 1024)),
      expect: [/att-big\.yaml/, /2097152 bytes/, /at most/],
    },
    {
      name: 'an exceptions file that links to /dev/zero',
      args: () => evaluate('--exceptions', zero('exc-zero.yaml')),
      expect: [/exc-zero\.yaml/, /character device/],
    },
    {
      name: 'a profile that is a FIFO',
      args: () => evaluate('--profile', fifo('profile-fifo.json')),
      expect: [/profile-fifo\.json/, /FIFO/],
    },
    {
      name: 'a branding file that links to /dev/zero',
      args: () => evaluate('--branding', zero('brand-zero.yaml')),
      expect: [/brand-zero\.yaml/, /character device/],
    },
    {
      name: 'previous results that are a FIFO',
      args: () => evaluate('--previous', fifo('prev-fifo.json')),
      expect: [/prev-fifo\.json/, /FIFO/],
    },
    {
      name: 'a portal export that links to /dev/zero',
      args: () => evaluate('--portal-export', zero('portal-zero.json')),
      expect: [/portal-zero\.json/, /character device/],
    },
    {
      name: 'a profile in UTF-16',
      args: () =>
        evaluate('--profile', file('profile-utf16.json', Buffer.from('\ufeff{"checks": {}}', 'utf16le'))),
      expect: [/profile-utf16\.json/, /UTF-16, expected UTF-8/],
    },
    {
      name: 'attestation evidence outside the attestation folder (/etc/shadow)',
      args: () => {
        mkdirSync(path('ev-out'));
        return evaluate(
          '--attestation',
          file('ev-out/att.yaml', `${ATTESTATION}evidence: [/etc/shadow, ../snap-fifo.json]\n`),
        );
      },
      expect: [/att\.yaml/, /\/evidence\/0/, /\/etc\/shadow/, /outside/],
    },
    {
      name: 'attestation evidence that is a FIFO',
      args: () => {
        mkdirSync(path('ev-fifo'));
        fifo('ev-fifo/screenshot.png');
        return evaluate(
          '--attestation',
          file('ev-fifo/att.yaml', `${ATTESTATION}evidence: [screenshot.png]\n`),
        );
      },
      expect: [/att\.yaml/, /\/evidence\/0/, /screenshot\.png/, /FIFO/],
    },
    {
      name: 'a scan certificate that is a FIFO',
      args: () => [
        'scan',
        '--tenant',
        TENANT,
        '--auth',
        'certificate',
        '--format',
        'json',
        '--out',
        path('scan-out'),
      ],
      env: { AZURE_CLIENT_ID: APP, AZURE_CLIENT_CERTIFICATE_PATH: '' },
      expect: [/cert-fifo\.pem/, /FIFO/],
    },
    {
      name: 'a fleet config that is a FIFO',
      args: () => ['fleet', '--validate', '--config', fifo('fleet-fifo.yaml')],
      expect: [/fleet-fifo\.yaml/, /FIFO/],
    },
    {
      name: 'a fleet file: secret that is a FIFO',
      args: () => {
        fifo('secret-fifo.txt');
        return [
          'fleet',
          '--validate',
          '--config',
          fleetConfig('fleet-secret.yaml', 'clientSecret: file:secret-fifo.txt'),
        ];
      },
      expect: [/secret-fifo\.txt/, /FIFO/],
    },
    {
      name: 'a fleet certificate that links to /dev/zero',
      args: () => {
        zero('cert-zero.pem');
        return [
          'fleet',
          '--validate',
          '--config',
          fleetConfig('fleet-cert.yaml', 'certificatePath: file:cert-zero.pem'),
        ];
      },
      expect: [/cert-zero\.pem/, /character device/],
    },
    {
      name: 'fleet --validate: a tenant attestation whose evidence is a FIFO',
      args: () => {
        mkdirSync(path('fleet-ev'));
        fifo('fleet-ev/evidence.pdf');
        file('fleet-ev/att.yaml', `${ATTESTATION}evidence: [evidence.pdf]\n`);
        file('fleet-secret-ok.txt', 'a-secret-value\n');
        return [
          'fleet',
          '--validate',
          '--config',
          fleetConfig(
            'fleet-ev.yaml',
            'clientSecret: file:fleet-secret-ok.txt',
            ', attestation: fleet-ev/att.yaml',
          ),
        ];
      },
      expect: [/evidence\.pdf/, /FIFO/],
    },
  ];

  for (const c of cases) {
    it(`${c.name}: exit 2 naming the file`, () => {
      const args = c.args();
      const env = { ...c.env };
      if (env.AZURE_CLIENT_CERTIFICATE_PATH === '') env.AZURE_CLIENT_CERTIFICATE_PATH = fifo('cert-fifo.pem');
      const r = runCli(args, { env, timeoutMs: 110_000 });
      expect(r.code, `exit code (null: killed after hanging)\n${r.stderr}`).to.equal(2);
      for (const pattern of c.expect) expect(r.stderr).to.match(pattern);
      expect(r.stderr).to.not.match(/internal error|sspr-audit: sspr-audit/);
    });
  }
});
