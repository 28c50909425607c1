// Check packs through the real CLI: the example pack from a path and from a profile, its checks in
// every output, the manifest's pack hashes, and every pack error exiting 2 with the pack named.

import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js';
import { check, writePack } from './pack-fixtures.js';

const EXAMPLE = join(ROOT, 'examples/plugin-example');
const SNAPSHOT = join(ROOT, 'demo/snapshot.json');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('plugins: the example pack through the CLI', () => {
  let out: string;
  let builtInOnly: string;
  before(() => {
    builtInOnly = join(tempDir(), 'run');
    expect(
      runCli(['evaluate', '--snapshot', SNAPSHOT, '--out', builtInOnly, '--format', 'json']).code,
    ).to.equal(0);
    out = join(tempDir(), 'run');
    const r = runCli([
      'evaluate',
      '--snapshot',
      SNAPSHOT,
      '--out',
      out,
      '--format',
      'json,html,sarif,junit,csv',
      '--plugin',
      'examples/plugin-example',
    ]);
    expect(r.code, r.stderr).to.equal(0);
  });

  it('adds its checks to results.json, with their pack and verdicts', () => {
    const results = json(join(out, 'results.json'));
    const acme = results.checks.filter((c: { id: string }) => c.id.startsWith('ACME-'));
    expect(
      acme.map((c: { id: string; status: string; pack: string }) => [c.id, c.status, c.pack]),
    ).to.deep.equal([
      ['ACME-01', 'fail', 'sspr-audit-plugin-example'],
      ['ACME-02', 'fail', 'sspr-audit-plugin-example'],
    ]);
    expect(acme[0].observed).to.equal('allowedToUseSSPR: true');
    expect(results.checks).to.have.length(26);
  });

  it('scores its checks like the built-ins (two fails lower the score)', () => {
    const withPack = json(join(out, 'results.json')).score.value;
    expect(withPack).to.be.below(json(join(builtInOnly, 'results.json')).score.value);
  });

  it('shows them in the report, SARIF, JUnit and CSV', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).to.include('ACME-01').and.include('Administrators may not use self-service password reset');
    const sarif = json(join(out, 'results.sarif'));
    const rules = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).to.include.members(['ACME-01', 'ACME-02']);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).to.include('ACME-01');
    expect(readFileSync(join(out, 'results.junit.xml'), 'utf8')).to.match(/<testcase[^>]*name="[^"]*ACME-01/);
    expect(readFileSync(join(out, 'results.csv'), 'utf8')).to.include('ACME-02');
  });

  it('manifest.json and results.json name every pack with its version and the SHA-256 of its entry file', () => {
    const manifest = json(join(out, 'manifest.json'));
    const plugin = manifest.packs.find((p: { name: string }) => p.name === 'sspr-audit-plugin-example');
    expect(plugin).to.include({ version: '1.0.0', apiVersion: 1, builtIn: false });
    expect(plugin.sha256).to.equal(sha256(join(EXAMPLE, 'index.js')));
    expect(manifest.packs[0]).to.include({ name: 'sspr-audit', builtIn: true });
    expect(json(join(out, 'results.json')).packs).to.deep.equal(manifest.packs);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const methodology = html.slice(html.indexOf('id="methodology"'));
    expect(methodology)
      .to.include('Check packs')
      .and.include('sspr-audit-plugin-example')
      .and.include(plugin.sha256);
  });

  it('checks and permissions list the pack when it is given', () => {
    const checks = runCli(['checks', '--json', '--plugin', EXAMPLE]);
    expect(checks.code, checks.stderr).to.equal(0);
    const rows = JSON.parse(checks.stdout);
    expect(rows.find((r: { id: string }) => r.id === 'ACME-01')).to.include({
      pack: 'sspr-audit-plugin-example',
    });
    const perms = runCli(['permissions', '--json', '--plugin', EXAMPLE]);
    expect(perms.code, perms.stderr).to.equal(0);
    expect(perms.stdout).to.include('ACME-01');
  });

  it('a profile loads packs from plugins:, relative to the profile', () => {
    const dir = tempDir();
    const profile = join(dir, 'profile.yaml');
    writeFileSync(
      profile,
      `plugins: ["${relative(dir, EXAMPLE)}"]\nchecks:\n  ACME-02: {maxUnregistered: 50}\n`,
    );
    const r = runCli([
      'evaluate',
      '--snapshot',
      SNAPSHOT,
      '--out',
      join(dir, 'o'),
      '--format',
      'json',
      '--profile',
      profile,
    ]);
    expect(r.code, r.stderr).to.equal(0);
    const results = json(join(dir, 'o', 'results.json'));
    expect(results.checks.find((c: { id: string }) => c.id === 'ACME-02').status).to.equal('warn');
    expect(results.options['ACME-02']).to.deep.equal({ maxUnregistered: 50 });
  });
});

describe('plugins: errors exit 2 naming the pack, the check and the field', () => {
  const dir = tempDir('sspr-packs-');
  const run = (...plugins: string[]) =>
    runCli([
      'evaluate',
      '--snapshot',
      SNAPSHOT,
      '--out',
      join(dir, 'never'),
      '--format',
      'json',
      ...plugins.flatMap((p) => ['--plugin', p]),
    ]);
  const cases: Array<{ name: string; plugins: () => string[]; stderr: RegExp[] }> = [
    {
      name: 'bad meta (severity)',
      plugins: () => [writePack(dir, 'bad-meta', { checks: [check({ severity: 'urgent' })] })],
      stderr: [/pack "bad-meta"/, /check ZED-01: meta\.severity/, /expected one of "critical"/],
    },
    {
      name: 'an SSPR- id',
      plugins: () => [writePack(dir, 'sspr-id', { checks: [check({ id: 'SSPR-99' })] })],
      stderr: [/pack "sspr-id"/, /check SSPR-99: meta\.id/],
    },
    {
      name: 'a duplicate id across packs',
      plugins: () => [writePack(dir, 'dup-a'), writePack(dir, 'dup-b')],
      stderr: [/pack "dup-b"/, /check ZED-01: meta\.id: duplicate check ID ZED-01 \(also in pack "dup-a"\)/],
    },
    {
      name: 'a module that fails to load',
      plugins: () => [writePack(dir, 'throws-on-load', { prelude: "throw new Error('boom at import');" })],
      stderr: [/plugin .*throws-on-load/, /failed to load: boom at import/],
    },
    {
      name: 'an incompatible API version',
      plugins: () => [
        writePack(dir, 'api-two', { pack: "name: 'api-two', version: '1.0.0', apiVersion: 2" }),
      ],
      stderr: [
        /pack "api-two"/,
        /apiVersion: the pack was built for plugin API 2; this sspr-audit offers API 1/,
      ],
    },
    {
      name: 'a package that is not installed',
      plugins: () => ['sspr-audit-plugin-nowhere'],
      stderr: [/plugin sspr-audit-plugin-nowhere: no installed package "sspr-audit-plugin-nowhere"/],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = run(...c.plugins());
      expect(r.code, r.stderr).to.equal(2);
      for (const re of c.stderr) expect(r.stderr).to.match(re);
      expect(r.stderr).to.not.match(/sspr-audit evaluate: sspr-audit/);
    });
  }
});

describe('plugins: a check that throws, or reads a source it did not declare', () => {
  it('is not_assessed (collection_error) with the message, and the run goes on', () => {
    const dir = tempDir('sspr-packs-');
    const pack = writePack(dir, 'faulty', {
      checks: [
        check({ id: 'ZED-01' }, "throw new Error('division by zebra');"),
        check({ id: 'ZED-02' }, 'return snapshot.sources.userRegistrationDetails.data.length;'),
      ],
    });
    const out = join(dir, 'o');
    const r = runCli([
      'evaluate',
      '--snapshot',
      SNAPSHOT,
      '--out',
      out,
      '--format',
      'json',
      '--plugin',
      pack,
    ]);
    expect(r.code, r.stderr).to.equal(0);
    const byId = new Map(json(join(out, 'results.json')).checks.map((c: { id: string }) => [c.id, c]));
    expect(byId.get('ZED-01')).to.include({ status: 'not_assessed', reason: 'collection_error' });
    expect((byId.get('ZED-01') as { message: string }).message).to.include('division by zebra');
    expect((byId.get('ZED-02') as { message: string }).message).to.include(
      'ZED-02 reads snapshot source userRegistrationDetails without declaring it in meta.sources',
    );
  });

  it('a pack with scores: false leaves the score as the built-ins make it', () => {
    const dir = tempDir('sspr-packs-');
    const pack = writePack(dir, 'unscored', {
      pack: "name: 'unscored', version: '1.0.0', scores: false",
      checks: [
        check(
          { severity: 'critical' },
          "return decide('fail', 'graph', { message: 'no', observed: 'no', expected: 'yes' });",
        ),
      ],
    });
    const base = runCli(['evaluate', '--snapshot', SNAPSHOT, '--out', join(dir, 'a'), '--format', 'json']);
    const withPack = runCli([
      'evaluate',
      '--snapshot',
      SNAPSHOT,
      '--out',
      join(dir, 'b'),
      '--format',
      'json',
      '--plugin',
      pack,
    ]);
    expect(base.code).to.equal(0);
    expect(withPack.code, withPack.stderr).to.equal(0);
    const b = json(join(dir, 'b', 'results.json'));
    expect(b.score).to.deep.equal(json(join(dir, 'a', 'results.json')).score);
    expect(b.checks.find((c: { id: string }) => c.id === 'ZED-01')).to.include({
      status: 'fail',
      scored: false,
    });
  });
});
