// --verbose: how each source's collection ended, one line each, on stderr.

import type { Snapshot } from '../snapshot/types.js';
import { terminalText } from '../util/terminal-text.js';

export function printCollection(snapshot: Snapshot): void {
  const lines = Object.entries(snapshot.sources).map(([name, { outcome: o }]) => {
    const counts =
      o.pages !== undefined
        ? ` (${o.pages} pages, ${o.rows ?? 0} rows)`
        : o.rows !== undefined
          ? ` (${o.rows} rows)`
          : '';
    const why =
      o.status === 'ok' ? '' : ` — ${o.error ?? ''}${o.permission ? ` [needs ${o.permission}]` : ''}`;
    return terminalText(`  ${name.padEnd(32)} ${o.status}${counts}${why}`);
  });
  process.stderr.write(`Collection:\n${lines.join('\n')}\n`);
}
