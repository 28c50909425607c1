import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterFleetPass } from '../../src/fleet/after-fleet-pass.js';
import { HistoryStore } from '../../src/fleet/history-store.js';
import { AppRequestLimiter } from '../../src/fleet/limiter.js';
import { FleetPrinter } from '../../src/fleet/report/fleet-printer.js';
import { sparkline } from '../../src/fleet/report/sparkline.js';
import { findBrowser } from '../../src/report/find-browser.js';
import { runFleetPass } from '../../src/fleet/run-fleet-pass.js';
import { Redactor } from '../../src/util/redactor.js';
import { eventRecorder } from './support/event-recorder.js';
import { FLEET_ENV, writeFleet } from './support/fleet-fixture.js';
import { NamedError, syntheticCollector } from './support/synthetic-collector.js';
import { tempFolder, type TempFolder } from './support/temp-folder.js';

const A = '10000000-0000-4000-8000-00000000000a';
const B = '10000000-0000-4000-8000-00000000000b';
const C = '10000000-0000-4000-8000-00000000000c';

describe('fleet report', () => {
  let dir: TempFolder;
  let history: HistoryStore;
  afterEach(() => {
    history?.close();
    dir.remove();
  });

  async function twoRuns() {
    dir = tempFolder();
    const config = writeFleet(dir, [
      { id: A, name: '<script>alert(\\"x\\")</script> & Co' },
      { id: B, name: 'Steady' },
      { id: C, name: 'Broken' },
    ]);
    history = HistoryStore.open(config.defaults.history);
    let second = false;
    const collector = syntheticCollector({
      [A]: () => ({ spec: second ? { registeredShare: 0.3 } : {} }),
      [B]: {},
      [C]: {
        error: new NamedError(
          'AuthError',
          'AADSTS7000215: Invalid client secret <img src=x onerror=alert(1)>',
        ),
      },
    });
    const events = eventRecorder();
    const redactor = new Redactor();
    const deps = {
      collect: collector.collect,
      history,
      limiter: new AppRequestLimiter(),
      events,
      redactor,
      stop: new AbortController().signal,
      abort: new AbortController().signal,
      trigger: 'once' as const,
      env: FLEET_ENV,
      after: afterFleetPass(config, { history, events, redactor }),
    };
    await runFleetPass(config, deps);
    second = true;
    const result = await runFleetPass(config, deps);
    return { config, result, html: readFileSync(join(config.defaults.out, 'fleet-report.html'), 'utf8') };
  }

  it('shows the matrix, "N of M tenants fail", regressions and unscanned tenants, with every tenant-supplied text escaped', async () => {
    const { config, result, html } = await twoRuns();
    expect(result.files).to.deep.equal(['fleet-report.html', 'fleet-summary.json']);
    expect(html).to.not.match(/<script|<img/i);
    expect(html).to.include('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).to.include('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).to.include('1 of 2 tenants fail SSPR-14');
    expect(html).to.include('1 of 2 tenants fail SSPR-15');
    expect(html).to.match(/<h3>&lt;script&gt;.*SSPR-14<\/b>[^<]*\(\w+\): pass → <b>fail<\/b>/s);
    expect(html).to.match(/Broken<br><span class="tid">[^<]+<\/span><\/td><td>sign-in failed<\/td>/);
    expect((html.match(/<tr class="scanned/g) ?? []).length).to.equal(2);
    expect((html.match(/<tr class="failed/g) ?? []).length).to.equal(1);
    expect((html.match(/class="cell fail worse"/g) ?? []).length).to.equal(2);
    expect(html).to.match(/<svg class="sparkline"[^>]*aria-label="score trend over 2 scans: 97, 82"/);
    expect(html).to.not.match(/https?:\/\/(?!www\.w3\.org|adaptivecards)/);
    const summary = JSON.parse(readFileSync(join(config.defaults.out, 'fleet-summary.json'), 'utf8'));
    expect(summary.tenants.map((t: { state: string }) => t.state)).to.deep.equal([
      'scanned',
      'scanned',
      'failed',
    ]);
    expect(summary.tenants[0].worse.map((c: { checkId: string }) => c.checkId)).to.deep.equal([
      'SSPR-14',
      'SSPR-15',
    ]);
  });
});

describe('sparkline', () => {
  it('is numbers only: points, the last point, a red colour for a fall and a label of scores', () => {
    expect(sparkline([90, 80])).to.deep.equal({
      width: 96,
      height: 24,
      points: '2.5,4.4 93.5,6.3',
      last: { x: 93.5, y: 6.3 },
      referenceY: 8.2,
      colour: '#b3261e',
      label: 'score trend over 2 scans: 90, 80',
    });
    expect(sparkline([])).to.equal(undefined);
    expect(sparkline([50])?.points).to.equal('');
  });
});

describe('fleet PDFs (one shared Chromium)', function () {
  this.timeout(120_000);
  let dir: TempFolder;
  let history: HistoryStore;
  afterEach(() => {
    history?.close();
    dir?.remove();
  });

  it('prints every tenant report.pdf and the landscape fleet-report.pdf with one browser', async function () {
    try {
      findBrowser();
    } catch {
      this.skip();
    }
    dir = tempFolder();
    const config = writeFleet(dir, [
      { id: A, name: 'Alpha' },
      { id: B, name: 'Bravo' },
    ]);
    config.defaults.formats = ['html', 'pdf', 'json'];
    history = HistoryStore.open(config.defaults.history);
    const printer = new FleetPrinter();
    const events = eventRecorder();
    const redactor = new Redactor();
    try {
      const result = await runFleetPass(config, {
        collect: syntheticCollector({ [A]: {}, [B]: {} }).collect,
        history,
        limiter: new AppRequestLimiter(),
        events,
        redactor,
        stop: new AbortController().signal,
        abort: new AbortController().signal,
        trigger: 'once',
        env: FLEET_ENV,
        writers: { pdf: printer.pdfWriter },
        after: afterFleetPass(config, { history, events, redactor, printPdf: printer.printFleet }),
      });
      expect(result.exitCode, JSON.stringify(events.ofType('tenant-finished'))).to.equal(0);
      expect(result.files).to.deep.equal(['fleet-report.html', 'fleet-report.pdf', 'fleet-summary.json']);
      for (const o of result.outcomes) expect(o.outcome === 'ok' && o.files).to.include('report.pdf');
      expect(printer.printed).to.equal(3);
    } finally {
      await printer.close();
    }
    const pdf = join(config.defaults.out, 'fleet-report.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).to.equal('%PDF-');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).to.match(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).to.include('SSPR fleet report').and.include('Alpha').and.include('Page 1 of');
  });
});
