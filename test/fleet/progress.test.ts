import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import type { WriteStream } from 'node:tty';
import { createProgress } from '../../src/fleet/progress/create-progress.js';
import type { FleetEvent } from '../../src/fleet/progress/fleet-event.js';
import { JsonLog } from '../../src/fleet/progress/json-log.js';
import { LiveView } from '../../src/fleet/progress/live-view.js';
import { PlainLog } from '../../src/fleet/progress/plain-log.js';
import { Redactor } from '../../src/util/redactor.js';

const at = '2026-11-25T06:00:00.000Z';
const ref = { tenantId: 'contoso.example', tenantName: 'Contoso' };
const EVENTS: FleetEvent[] = [
  { type: 'run-started', at, runId: 4, tenants: 2, concurrency: 2, trigger: 'once' },
  { type: 'tenant-phase', at, ...ref, phase: 'collecting', pages: 3 },
  {
    type: 'tenant-finished',
    at,
    ...ref,
    outcome: 'ok',
    durationMs: 65_000,
    score: 82,
    grade: 'B',
    worse: 2,
    better: 0,
  },
  {
    type: 'tenant-finished',
    at,
    tenantId: 'f.example',
    tenantName: 'Fabrikam',
    outcome: 'failed',
    durationMs: 900,
    error: 'AADSTS7000215: Invalid client secret provided: hunter2-secret',
    errorKind: 'auth',
  },
  {
    type: 'run-finished',
    at,
    runId: 4,
    scanned: 1,
    failed: 1,
    notStarted: 0,
    durationMs: 66_000,
    exitCode: 3,
    interrupted: false,
    files: ['fleet-report.html'],
  },
];

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return { stream, text: () => text };
}

const redactor = () => {
  const r = new Redactor();
  r.add('hunter2-secret');
  return r;
};

describe('progress output', () => {
  it('plain log: timestamped lines with levels, failures as errors, secrets redacted', () => {
    const { stream, text } = capture();
    const log = new PlainLog(stream, redactor(), { verbose: true, quiet: false });
    EVENTS.forEach((e) => log.emit(e));
    expect(text().split('\n').filter(Boolean)).to.deep.equal([
      `${at} info  fleet run 4: 2 tenants, 2 at a time (one pass)`,
      `${at} info  Contoso (contoso.example): collecting, 3 pages`,
      `${at} info  Contoso (contoso.example): scanned in 1m05s, score 82.0 grade B, 2 checks worse`,
      `${at} error Fabrikam (f.example): could not be scanned (auth): AADSTS7000215: Invalid client secret provided: [redacted]`,
      `${at} info  fleet run 4 finished in 1m06s: 1 scanned, 1 could not be scanned; wrote fleet-report.html`,
    ]);
  });

  it('quiet plain log keeps errors and the final line', () => {
    const { stream, text } = capture();
    const log = new PlainLog(stream, redactor(), { verbose: false, quiet: true });
    EVENTS.forEach((e) => log.emit(e));
    expect(
      text()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(25, 30).trim()),
    ).to.deep.equal(['error', 'info']);
  });

  it('--json-log: one parseable object per line, secrets redacted', () => {
    const { stream, text } = capture();
    const log = new JsonLog(stream, redactor());
    EVENTS.forEach((e) => log.emit(e));
    const lines = text()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).to.deep.equal([
      'run-started',
      'tenant-phase',
      'tenant-finished',
      'tenant-finished',
      'run-finished',
    ]);
    expect(lines[3].error).to.equal('AADSTS7000215: Invalid client secret provided: [redacted]');
    expect(text()).to.not.include('hunter2');
  });

  it('live view on a terminal: redraws a header and one line per running tenant, then clears', () => {
    const { stream, text } = capture();
    Object.assign(stream, { isTTY: true, columns: 100, rows: 20 });
    const view = createProgress(stream, redactor(), { jsonLog: false, quiet: false, verbose: false });
    expect(view).to.be.instanceOf(LiveView);
    view.emit(EVENTS[0]);
    view.emit(EVENTS[1]);
    view.emit({
      type: 'tenant-phase',
      at,
      tenantId: 'f.example',
      tenantName: 'Fabrikam',
      phase: 'authenticating',
    });
    view.emit({ type: 'message', at, level: 'info', text: 'a line scrolls above the live area' });
    expect(text()).to.match(/── 0\/2 done · 0 failed · 2 running · \d+s ──/);
    expect(text()).to.match(/ {2}Contoso\s+collecting\s+3 pages\s+\d+s/);
    expect(text()).to.include('\x1b[');
    view.emit(EVENTS[3]);
    view.close();
    expect(text()).to.include('[redacted]').and.not.include('hunter2');
    const liveLines = text()
      .split('\n')
      .filter((l) => l.startsWith('──') || l.startsWith('  '));
    expect(liveLines.every((l) => l.length <= 100)).to.equal(true);
  });

  it('not a terminal → plain lines; --json-log wins over a terminal; page updates are not logged', () => {
    const plain = capture();
    const log = createProgress(plain.stream, new Redactor(), { jsonLog: false, quiet: false, verbose: true });
    EVENTS.slice(0, 2).forEach((e) => log.emit(e));
    log.emit({ ...EVENTS[1], pages: 4 } as FleetEvent);
    expect(plain.text().split('\n').filter(Boolean)).to.have.length(2);
    expect(plain.text()).to.match(/^2026-\S+ info {2}fleet run 4/);

    const json = capture();
    const tty = Object.assign(json.stream, { isTTY: true }) as unknown as WriteStream;
    const jsonLog = createProgress(tty, new Redactor(), { jsonLog: true, quiet: false, verbose: false });
    EVENTS.slice(0, 2).forEach((e) => jsonLog.emit(e));
    jsonLog.emit({ ...EVENTS[1], pages: 4 } as FleetEvent);
    expect(
      json
        .text()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).type),
    ).to.deep.equal(['run-started', 'tenant-phase']);
  });
});
