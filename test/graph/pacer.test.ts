import { expect } from 'chai';
import { Pacer, PacerDeadlineError } from '../../src/graph/pacer.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reports pacer', () => {
  it('holds a slot from the start of a request until its answer plus the window', async () => {
    const pacer = new Pacer({ limit: 2, windowMs: 200, marginMs: 0 });
    const t0 = Date.now();
    const a = await pacer.acquire(t0 + 5_000);
    const b = await pacer.acquire(t0 + 5_000);
    await sleep(50);
    a();
    b();
    await pacer.acquire(t0 + 5_000);
    expect(Date.now() - t0).to.be.within(245, 400);
  });

  it('an unanswered request keeps its slot (Graph may count it late)', async () => {
    const pacer = new Pacer({ limit: 1, windowMs: 50, marginMs: 0 });
    const t0 = Date.now();
    const release = await pacer.acquire(t0 + 5_000);
    setTimeout(release, 150);
    await pacer.acquire(t0 + 5_000);
    expect(Date.now() - t0).to.be.greaterThanOrEqual(195);
  });

  it('grants slots in arrival order and refuses one that would come after the deadline', async () => {
    const pacer = new Pacer({ limit: 1, windowMs: 300, marginMs: 0 });
    const t0 = Date.now();
    (await pacer.acquire(t0 + 5_000))();
    try {
      await pacer.acquire(t0 + 100);
      expect.fail('expected a deadline refusal');
    } catch (err) {
      expect(err).to.be.instanceOf(PacerDeadlineError);
    }
    expect(Date.now() - t0).to.be.lessThan(100);
  });

  it('a 429 pauses every report request', async () => {
    const pacer = new Pacer({ limit: 5, windowMs: 100, marginMs: 0 });
    const t0 = Date.now();
    pacer.pause(150);
    await pacer.acquire(t0 + 5_000);
    expect(Date.now() - t0).to.be.greaterThanOrEqual(145);
  });
});
