// Picks the progress output: --json-log → JSON lines; a terminal → the live view; else plain lines.

import type { Writable } from 'node:stream';
import type { WriteStream } from 'node:tty';
import type { Redactor } from '../../util/redactor.js';
import type { FleetEventSink } from './fleet-event.js';
import { JsonLog } from './json-log.js';
import { LiveView } from './live-view.js';
import { phaseChangesOnly } from './phase-changes.js';
import { PlainLog } from './plain-log.js';

export interface ProgressOptions {
  jsonLog: boolean;
  quiet: boolean;
  verbose: boolean;
}

export function createProgress(out: Writable, redactor: Redactor, options: ProgressOptions): FleetEventSink {
  if (options.jsonLog) return phaseChangesOnly(new JsonLog(out, redactor));
  const tty = (out as WriteStream).isTTY === true && process.env.TERM !== 'dumb';
  if (tty && !options.quiet) return new LiveView(out as WriteStream, redactor, { verbose: options.verbose });
  return phaseChangesOnly(new PlainLog(out, redactor, options));
}
