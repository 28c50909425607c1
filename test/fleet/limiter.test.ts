import { expect } from 'chai';
import { runPool } from '../../src/fleet/concurrency-pool.js';
import { AppRequestLimiter } from '../../src/fleet/limiter.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('concurrency pool', () => {
  it('never runs more than the concurrency at once and keeps item order in the results', async () => {
    let running = 0;
    let peak = 0;
    const results = await runPool([30, 10, 20, 5, 15, 25], 3, async (ms, i) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(ms);
      running--;
      return i * 10;
    });
    expect(peak).to.equal(3);
    expect(results.map((r) => (r.state === 'done' ? r.value : null))).to.deep.equal([0, 10, 20, 30, 40, 50]);
  });

  it('stops taking new items once stopped; running ones finish', async () => {
    const stop = new AbortController();
    const started: number[] = [];
    const results = await runPool(
      [0, 1, 2, 3, 4, 5],
      2,
      async (i) => {
        started.push(i);
        if (i === 1) stop.abort();
        await sleep(20);
        return i;
      },
      stop.signal,
    );
    expect(started).to.deep.equal([0, 1]);
    expect(results.map((r) => r.state)).to.deep.equal([
      'done',
      'done',
      'not_started',
      'not_started',
      'not_started',
      'not_started',
    ]);
  });

  it('a failing task rejects the pool (callers turn tenant failures into values first)', async () => {
    let rejected = false;
    await runPool([1], 1, () => Promise.reject(new Error('boom'))).catch(() => (rejected = true));
    expect(rejected).to.equal(true);
  });
});

describe('app request limiter', () => {
  it('holds the tenants of one app to one shared budget', async () => {
    const limiter = new AppRequestLimiter({ requests: 4, windowMs: 200 });
    const a = limiter.forApp('AAAA');
    const b = limiter.forApp('aaaa'); // same app, another tenant
    const started = Date.now();
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? a : b).acquire().then(() => times.push(Date.now() - started)),
      ),
    );
    // 4 at once, then one every 50 ms: the 12th starts after ~400 ms.
    expect(times.filter((t) => t < 30)).to.have.length(4);
    expect(Math.max(...times)).to.be.within(350, 700);
    expect(limiter.requests).to.equal(12);
    expect(a).to.equal(b);
  });

  it('gives each app its own budget', async () => {
    const limiter = new AppRequestLimiter({ requests: 2, windowMs: 1000 });
    const started = Date.now();
    await Promise.all(['x', 'x', 'y', 'y', 'z', 'z'].map((app) => limiter.forApp(app).acquire()));
    expect(Date.now() - started).to.be.below(50);
  });

  it('stops waiting when the caller aborts', async () => {
    const gate = new AppRequestLimiter({ requests: 1, windowMs: 10_000 }).forApp('x');
    await gate.acquire();
    const abort = new AbortController();
    const waiting = gate.acquire(abort.signal);
    setTimeout(() => abort.abort(new Error('stopping')), 20);
    let message = '';
    await waiting.catch((e: Error) => (message = e.message));
    expect(message).to.equal('stopping');
  });
});
