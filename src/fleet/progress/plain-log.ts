// Plain log lines (not a terminal, or cron/CI): a timestamp, a level and the event in words.

import type { Writable } from 'node:stream';
import type { Redactor } from '../../util/redactor.js';
import { terminalText } from '../../util/terminal-text.js';
import { describeEvent } from './describe-event.js';
import type { FleetEvent, FleetEventSink } from './fleet-event.js';

export function levelOf(e: FleetEvent): 'info' | 'warn' | 'error' {
  if (e.type === 'message') return e.level;
  if (e.type === 'tenant-finished' && e.outcome === 'failed') return 'error';
  if (e.type === 'notification' && !e.ok) return 'warn';
  if (e.type === 'stopping') return 'warn';
  return 'info';
}

export class PlainLog implements FleetEventSink {
  constructor(
    private readonly out: Writable,
    private readonly redactor: Redactor,
    private readonly options: { verbose: boolean; quiet: boolean },
  ) {}

  emit(event: FleetEvent): void {
    const level = levelOf(event);
    if (this.options.quiet && level === 'info' && event.type !== 'run-finished') return;
    const text = describeEvent(event, this.options.verbose);
    if (text === undefined) return;
    this.out.write(`${event.at} ${level.padEnd(5)} ${terminalText(this.redactor.redact(text))}\n`);
  }

  close(): void {}
}
