// A tenant admin can name their organization with 1 MiB of text. The report shows the start of it
// with a note (HTML and PDF stay small and print in normal time); results.json keeps the full value.

import { expect } from 'chai';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { golden } from '../fixtures/golden.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

describe('display cap on tenant strings (real CLI)', function () {
  this.timeout(450_000);
  let dir: string;
  before(() => (dir = tempDir()));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a 1 MiB organization displayName is cut in report.html and report.pdf, and kept whole in results.json', () => {
    const huge = `Contoso ${'W'.repeat(1024 * 1024)}`;
    const snapshot = golden((s) => {
      s.tenant.displayName = huge;
      s.sources.organization.data!.displayName = huge;
    });
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const out = join(dir, 'out');
    const r = runCli(['evaluate', '--snapshot', file, '--format', 'html,json,pdf', '--out', out], {
      timeoutMs: 400_000,
    });
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout.length, 'the summary line').to.be.below(2000);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).to.not.include('W'.repeat(257));
    expect(html).to.include('cut for display: 1048584 characters');
    expect(statSync(join(out, 'report.html')).size).to.be.below(2 * 1024 * 1024);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.tenant.displayName).to.equal(huge);
    expect(statSync(join(out, 'report.pdf')).size).to.be.above(0);
  });
});
