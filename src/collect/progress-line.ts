// Progress on a terminal: one line, rewritten in place, naming the sources being read with their
// pages and rows so far, and any wait for a retry. Silent when the stream is not a TTY or when quiet.

import type { SourceName } from '../snapshot/types.js';
import type { ProgressEvent, ProgressSink } from './progress.js';

interface Running {
  pages: number;
  rows: number;
}

export interface ProgressLineOptions {
  quiet?: boolean;
  /** Sources expected in this scan (for "n of m"). */
  total?: number;
  /** Minimum ms between redraws. */
  intervalMs?: number;
}

export function createProgressLine(stream: NodeJS.WriteStream, opts: ProgressLineOptions = {}): ProgressSink {
  if (opts.quiet || !stream.isTTY) return () => undefined;
  const running = new Map<SourceName, Running>();
  let done = 0;
  let waiting: string | undefined;
  let lastDraw = 0;

  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < (opts.intervalMs ?? 100)) return;
    lastDraw = now;
    const parts = [...running].map(([source, r]) =>
      r.pages > 0 ? `${source} (${r.pages} pages, ${r.rows.toLocaleString('en-US')} rows)` : source,
    );
    const head = `Collecting ${done}${opts.total ? `/${opts.total}` : ''} sources done`;
    const line = [head, parts.length > 0 ? `reading ${parts.join(', ')}` : '', waiting ?? '']
      .filter(Boolean)
      .join(' · ');
    const width = stream.columns ?? 120;
    stream.write(`\r\x1b[2K${line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line}`);
  };

  return (event: ProgressEvent) => {
    switch (event.type) {
      case 'start':
        running.set(event.source, { pages: 0, rows: 0 });
        break;
      case 'page':
        running.set(event.source, { pages: event.pages, rows: event.rows });
        waiting = undefined;
        break;
      case 'done':
        running.delete(event.source);
        done += 1;
        break;
      case 'retry':
        waiting = `retrying ${event.endpoint} in ${Math.ceil(event.waitMs / 1000)} s (${event.reason})`;
        break;
    }
    const finished =
      event.type === 'done' && running.size === 0 && opts.total !== undefined && done >= opts.total;
    draw(event.type !== 'page');
    if (finished) stream.write('\r\x1b[2K');
  };
}
