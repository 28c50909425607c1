// Output folders appear whole or not at all (real CLI): a run stages into a hidden sibling and renames
// it into place; a non-empty --out is refused unless --force, which replaces it; a failure mid-write
// leaves nothing behind; an --out problem is an --out error (exit 2), not an internal error.

import { expect } from 'chai';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const DEMO_SNAPSHOT = join(ROOT, 'demo/snapshot.json');

describe('staged output folders (real CLI)', function () {
  this.timeout(240_000);
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const evaluate = (out: string, ...extra: string[]) =>
    runCli(['evaluate', '--snapshot', DEMO_SNAPSHOT, '--format', 'json,csv', '--out', out, ...extra], {
      timeoutMs: 110_000,
    });

  it('refuses a non-empty --out (another tenant’s files stay as they were), and --force replaces it', () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'results.json'), '{"another": "tenant"}');
    writeFileSync(join(out, 'notes.txt'), 'keep me');

    const refused = evaluate(out);
    expect(refused.code, refused.stderr).to.equal(2);
    expect(refused.stderr).to.match(/--out: .*out is not empty; .*--force/);
    expect(readdirSync(out).sort()).to.deep.equal(['notes.txt', 'results.json']);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).to.include('another');

    const forced = evaluate(out, '--force');
    expect(forced.code, forced.stderr).to.equal(0);
    expect(readdirSync(out).sort()).to.deep.equal([
      'manifest.json',
      'results-affected.csv',
      'results.csv',
      'results.json',
      'snapshot.json',
    ]);
    expect(readdirSync(dir)).to.deep.equal(['out']); // no staging or replaced folder left beside it
  });

  it('a failure while writing (the PDF printer dies) leaves no folder: not results without a manifest', () => {
    const chrome = join(dir, 'broken-chromium');
    writeFileSync(chrome, '#!/bin/sh\necho "chromium crashed" >&2\nexit 1\n');
    chmodSync(chrome, 0o755);
    const out = join(dir, 'out');
    const r = runCli(
      [
        'evaluate',
        '--snapshot',
        DEMO_SNAPSHOT,
        '--format',
        'json,pdf',
        '--out',
        out,
        '--chrome-path',
        chrome,
      ],
      { timeoutMs: 110_000 },
    );
    expect(r.code, r.stderr).to.not.equal(0);
    expect(existsSync(out), 'the --out folder').to.equal(false);
    expect(readdirSync(dir)).to.deep.equal(['broken-chromium']); // no .partial staging folder left
  });

  it('the Makefile’s `make demo` command can run twice: the second run replaces the first', () => {
    const recipe = /^demo:.*\n(?:#.*\n)*\t(node bin\/sspr-audit\.js demo .*)$/m.exec(
      readFileSync(join(ROOT, 'Makefile'), 'utf8'),
    )?.[1];
    expect(recipe, 'the demo recipe').to.be.a('string');
    const out = join(dir, 'demo');
    const args = recipe!
      .split(/\s+/)
      .slice(2)
      .map((a) => (a === 'reports/demo' ? out : a));
    for (const run of [1, 2]) {
      const r = runCli([...args, '--format', 'json'], { timeoutMs: 110_000 });
      expect(r.code, `run ${run}: ${r.stderr}`).to.equal(0);
    }
    expect(readdirSync(out).sort()).to.deep.equal(['manifest.json', 'results.json', 'snapshot.json']);
  });

  it('an --out below a file is an --out error naming the folder, not an internal error', () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = evaluate(join(dir, 'a-file', 'out'));
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/--out: .*a-file/);
    expect(r.stderr).to.not.include('internal error');
  });

  it('a usage error prints the command prefix once', () => {
    const r = runCli(['evaluate', '--no-such-flag'], { timeoutMs: 110_000 });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/^sspr-audit evaluate: /);
    expect(r.stderr).to.not.include('sspr-audit evaluate: sspr-audit evaluate');
  });
});
