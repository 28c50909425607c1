// The CLI as a newcomer meets it: help that agrees with itself, errors with one prefix and a
// "did you mean", flags a command would ignore refused, --fail-on naming what tripped it, and a
// checks table that fits 100 columns. Through the real bin.

import { expect } from 'chai';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers/run-cli.js';
import { FORMATS } from '../../src/output/formats.js';

const SNAPSHOT = join(ROOT, 'demo/snapshot.json');

describe('the CLI for a newcomer', () => {
  it('a mistyped command gets "did you mean"', () => {
    const r = runCli(['scna']);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('unknown command "scna" (did you mean "scan"?)');
  });

  it('a mistyped flag gets "did you mean", with one prefix', () => {
    const r = runCli(['evaluate', '--snapshto', SNAPSHOT]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include(
      'sspr-audit evaluate: --snapshto: unknown flag for evaluate (did you mean --snapshot?)',
    );
    expect(r.stderr).to.not.match(/sspr-audit evaluate: sspr-audit/);
  });

  it('evaluate --portal is refused: the portal is read only while collecting', () => {
    const r = runCli(['evaluate', '--snapshot', SNAPSHOT, '--portal', '--out', join(tempDir(), 'x')]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('--portal: does not apply to evaluate');
    expect(r.stderr).to.include('--portal-export');
  });

  it('--fail-on names the checks that tripped it', () => {
    const r = runCli([
      'evaluate',
      '--snapshot',
      SNAPSHOT,
      '--out',
      join(tempDir(), 'x'),
      '--format',
      'json',
      '--fail-on',
      'high',
    ]);
    expect(r.code).to.equal(1);
    expect(r.stderr).to.match(
      /--fail-on high: \d+ checks? failed at or above high: SSPR-\d\d \((critical|high)\)/,
    );
  });

  it('checks fits a 100-column terminal', () => {
    const r = runCli(['checks']);
    expect(r.code).to.equal(0);
    const wide = r.stdout.split('\n').filter((l) => l.length > 100);
    expect(wide, wide.join('\n')).to.deep.equal([]);
    for (const id of ['SSPR-01', 'SSPR-24']) expect(r.stdout).to.include(id);
  });

  it('each command states one --format default', () => {
    const demo = runCli(['demo', '--help']).stdout;
    expect(demo.match(/\(default html,pdf,json[^)]*\)/g)).to.deep.equal([`(default ${FORMATS.join(',')})`]);
    expect(demo).to.not.include('defaults to all formats');
    const evaluate = runCli(['evaluate', '--help']).stdout;
    expect(evaluate.match(/\(default html,pdf,json[^)]*\)/g)).to.deep.equal(['(default html,pdf,json)']);
  });

  it('collect --help describes --snapshot; history --help shows --tenant as optional', () => {
    expect(runCli(['collect', '--help']).stdout).to.match(/--snapshot FILE\s+where to write the snapshot/);
    const history = runCli(['history', '--help']).stdout;
    expect(history).to.include('Usage: sspr-audit history [--tenant ID]');
  });
});
