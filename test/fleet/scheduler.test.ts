import { expect } from 'chai';
import { runOnSchedule } from '../../src/fleet/scheduler.js';
import { FleetShutdown } from '../../src/fleet/shutdown.js';
import { eventRecorder } from './support/event-recorder.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('scheduler', () => {
  it('fires on a seconds cron, never overlaps a slow run (the trigger is skipped), and waits for the running pass when stopped', async function () {
    this.timeout(15_000);
    const stop = new AbortController();
    let running = 0;
    let peak = 0;
    const runs: Array<{ start: number; end?: number }> = [];
    const skipped: Date[] = [];
    const nexts: Array<Date | null> = [];
    const started = Date.now();
    const done = runOnSchedule({
      pattern: '* * * * * *',
      stop: stop.signal,
      onNext: (d) => nexts.push(d),
      onSkipped: (d) => skipped.push(d),
      run: async () => {
        running++;
        peak = Math.max(peak, running);
        const r: { start: number; end?: number } = { start: Date.now() - started };
        runs.push(r);
        await sleep(1_600);
        r.end = Date.now() - started;
        running--;
      },
    });
    await sleep(4_300);
    stop.abort();
    await done;
    const stoppedAfter = Date.now() - started;
    expect(peak).to.equal(1);
    expect(runs.length).to.be.within(2, 3);
    expect(skipped.length).to.be.greaterThan(0);
    for (let i = 1; i < runs.length; i++) expect(runs[i].start).to.be.at.least(runs[i - 1].end!);
    expect(runs.every((r) => r.end !== undefined)).to.equal(true);
    expect(stoppedAfter).to.be.at.least(runs[runs.length - 1].end!);
    expect(nexts[0]).to.be.instanceOf(Date);
  });

  it('honours the time zone when computing the next run', async () => {
    const stop = new AbortController();
    const nexts: Array<Date | null> = [];
    const done = runOnSchedule({
      pattern: '0 6 * * *',
      timezone: 'Asia/Tokyo',
      stop: stop.signal,
      onNext: (d) => nexts.push(d),
      run: async () => undefined,
    });
    stop.abort();
    await done;
    expect(nexts[0]?.toISOString()).to.match(/T21:00:00\.000Z$/); // 06:00 in Tokyo (UTC+9)
  });

  it('ends by itself when the pattern has no further runs', async () => {
    const nexts: Array<Date | null> = [];
    await runOnSchedule({
      pattern: '0 0 0 1 1 * 2020',
      stop: new AbortController().signal,
      onNext: (d) => nexts.push(d),
      run: async () => undefined,
    });
    expect(nexts).to.deep.equal([null]);
  });
});

describe('shutdown', () => {
  it('first signal stops taking tenants, second abandons; exit code 128 + signal number', () => {
    const events = eventRecorder();
    const s = new FleetShutdown(events, () => 3, 60_000);
    s.receive('SIGTERM');
    expect([s.stop.signal.aborted, s.abort.signal.aborted]).to.deep.equal([true, false]);
    s.receive('SIGTERM');
    expect(s.abort.signal.aborted).to.equal(true);
    expect(s.exitCode).to.equal(143);
    expect(events.ofType('stopping').map((e) => e.abandon)).to.deep.equal([false, true]);
    s.uninstall();
  });

  it('abandons the running scans when the grace period ends', async () => {
    const s = new FleetShutdown(eventRecorder(), () => 1, 50);
    s.receive('SIGINT');
    await sleep(120);
    expect(s.abort.signal.aborted).to.equal(true);
    expect(s.exitCode).to.equal(130);
    s.uninstall();
  });
});
