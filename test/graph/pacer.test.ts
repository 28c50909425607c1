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

describe("the production reports limit (Graph's 5 requests per 10 s per app and tenant)", () => {
  it('is 5 per 10 s, and the transport uses it unless told otherwise', async () => {
    const { GRAPH_REPORTS_LIMIT } = await import('../../src/graph/pacer.js');
    const { DEFAULT_LIMITS } = await import('../../src/graph/transport-limits.js');
    expect(GRAPH_REPORTS_LIMIT).to.deep.include({ limit: 5, windowMs: 10_000 });
    expect(DEFAULT_LIMITS.reports).to.equal(GRAPH_REPORTS_LIMIT);
  });

  it('grants 5 requests at once and makes the 6th wait the whole window', async () => {
    const { GRAPH_REPORTS_LIMIT } = await import('../../src/graph/pacer.js');
    const pacer = new Pacer(GRAPH_REPORTS_LIMIT);
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) (await pacer.acquire(t0 + 1_000))();
    expect(Date.now() - t0).to.be.below(500);
    try {
      await pacer.acquire(Date.now() + 1_000);
      expect.fail('the 6th request was granted inside the window');
    } catch (err) {
      expect(err).to.be.instanceOf(PacerDeadlineError);
      expect((err as PacerDeadlineError).waitMs).to.be.within(9_500, 10_200);
    }
  });
});
