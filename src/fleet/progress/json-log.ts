// --json-log: one JSON object per line for log shippers, every string passed through the redactor.

import type { Writable } from 'node:stream';
import type { Redactor } from '../../util/redactor.js';
import { escapeJsonLine } from '../../util/terminal-text.js';
import type { FleetEvent, FleetEventSink } from './fleet-event.js';

function redactDeep(value: unknown, redactor: Redactor): unknown {
  if (typeof value === 'string') return redactor.redact(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redactor));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, redactor)]));
  return value;
}

export class JsonLog implements FleetEventSink {
  constructor(
    private readonly out: Writable,
    private readonly redactor: Redactor,
  ) {}

  emit(event: FleetEvent): void {
    // JSON.stringify escapes C0 controls; escapeJsonLine does C1 and bidi controls too.
    this.out.write(
      `${escapeJsonLine(JSON.stringify({ tool: 'sspr-audit', ...(redactDeep(event, this.redactor) as object) }))}\n`,
    );
  }

  close(): void {}
}
