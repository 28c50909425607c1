// The npm package as a newcomer meets it: `npm pack`, a global install from the tarball into a temp
// prefix, then `sspr-audit demo` from another folder; the example pack installed beside it and loaded
// by package name; `npx ./sspr-audit-<v>.tgz --version`. Uses npm's cache first (--prefer-offline).

import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers/run-cli.js';

const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the npm package, installed from its tarball', function () {
  this.timeout(20 * 60_000);
  let dir: string;
  let tarball: string;
  let prefix: string;
  let elsewhere: string;
  const bin = () => join(prefix, 'bin', 'sspr-audit');

  before(() => {
    dir = tempDir('sspr-package-');
    prefix = join(dir, 'prefix');
    elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    npm(['pack', '--pack-destination', dir, ...NPM_FLAGS], ROOT);
    tarball = join(dir, `sspr-audit-${version}.tgz`);
    npm(['install', '-g', '--prefix', prefix, ...NPM_FLAGS, tarball], dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ships only what a user needs', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(files).to.include.members([
      'package/bin/sspr-audit.js',
      'package/dist/src/cli/main.js',
      'package/dist/src/plugin/index.js',
      'package/dist/src/plugin/index.d.ts',
      'package/dist/checks/troubleshooting.js',
      'package/schemas/plugin-check-meta.schema.json',
      'package/templates/report.hbs',
      'package/demo/snapshot.json',
      'package/README.md',
      'package/LICENSE',
    ]);
    expect(files.filter((f) => /^package\/(src|test|bench|scripts|checks|examples)\//.test(f))).to.deep.equal(
      [],
    );
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).to.deep.equal([]);
  });

  it('runs `sspr-audit demo` from another folder', () => {
    const out = join(dir, 'demo-out');
    const r = spawnSync(bin(), ['demo', '--out', out, '--format', 'json,html'], {
      cwd: elsewhere,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).to.equal(0);
    expect(existsSync(join(out, 'report.html'))).to.equal(true);
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).checks).to.have.length(24);
  });

  it('loads the example pack installed beside it, by package name', () => {
    const example = npm(
      ['pack', join(ROOT, 'examples/plugin-example'), '--pack-destination', dir, ...NPM_FLAGS],
      dir,
    )
      .trim()
      .split('\n')
      .pop()!;
    npm(['install', '-g', '--prefix', prefix, '--legacy-peer-deps', ...NPM_FLAGS, join(dir, example)], dir);
    const out = join(dir, 'plugin-out');
    const r = spawnSync(
      bin(),
      ['demo', '--out', out, '--format', 'json,sarif', '--plugin', 'sspr-audit-plugin-example'],
      { cwd: elsewhere, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).to.equal(0);
    const ids = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).checks.map(
      (c: { id: string }) => c.id,
    );
    expect(ids).to.include.members(['ACME-01', 'ACME-02']);
    expect(readFileSync(join(out, 'results.sarif'), 'utf8')).to.include('ACME-01');
  });

  it("`npx ./sspr-audit-<v>.tgz --version` prints the version (offline, from npm's cache)", function () {
    const flags = ['--yes', '--offline', '--no-audit', '--no-fund', '--loglevel=error'];
    const r = spawnSync('npx', [...flags, `./sspr-audit-${version}.tgz`, '--version'], {
      cwd: dir,
      encoding: 'utf8',
    });
    // npx installs into its own cache; offline that needs every dependency in npm's cache already.
    if (r.status !== 0 && /ENOTCACHED/.test(r.stderr)) this.skip();
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout.trim()).to.equal(version);
  });
});
