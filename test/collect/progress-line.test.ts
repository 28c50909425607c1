import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import { createProgressLine } from '../../src/collect/progress-line.js';

function stream(isTTY: boolean) {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  s.isTTY = isTTY;
  s.columns = 200;
  let text = '';
  s.on('data', (d: Buffer) => (text += d.toString()));
  return { s: s as unknown as NodeJS.WriteStream, text: () => text };
}

describe('progress line', () => {
  it('on a terminal: names the source being read with its pages and rows, and retries', () => {
    const out = stream(true);
    const progress = createProgressLine(out.s, { total: 2, intervalMs: 0 });
    progress({ type: 'start', source: 'userRegistrationDetails' });
    progress({ type: 'page', source: 'userRegistrationDetails', pages: 3, rows: 2997 });
    progress({ type: 'retry', endpoint: '/v1.0/users', attempt: 1, waitMs: 2000, reason: 'HTTP 429' });
    progress({ type: 'done', source: 'userRegistrationDetails', status: 'ok' });
    expect(out.text()).to.include('userRegistrationDetails (3 pages, 2,997 rows)');
    expect(out.text()).to.include('retrying /v1.0/users in 2 s (HTTP 429)');
    expect(out.text()).to.include('Collecting 1/2 sources done');
  });

  it('silent when not a terminal, and when quiet', () => {
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const out = stream(tty);
      const progress = createProgressLine(out.s, { quiet });
      progress({ type: 'start', source: 'organization' });
      progress({ type: 'done', source: 'organization', status: 'ok' });
      expect(out.text()).to.equal('');
    }
  });
});
