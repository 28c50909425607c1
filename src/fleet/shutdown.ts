// SIGINT/SIGTERM for a fleet run: the first signal stops taking new tenants and lets the running
// scans finish (for at most the grace period); a second signal, or the end of the grace period,
// abandons them. Scans already finished are in the history and on disk; nothing half-written stays.

import type { FleetEventSink } from './progress/fleet-event.js';

const SIGNAL_NUMBER: Record<string, number> = { SIGINT: 2, SIGTERM: 15 };

export class FleetShutdown {
  readonly stop = new AbortController();
  readonly abort = new AbortController();
  /** The first signal received, if any. */
  signal?: NodeJS.Signals;
  private readonly handlers = new Map<NodeJS.Signals, () => void>();
  private graceTimer?: NodeJS.Timeout;

  constructor(
    private readonly events: FleetEventSink,
    /** How many tenant scans are running now (for the message). */
    private readonly running: () => number,
    private readonly graceMs: number,
  ) {}

  install(signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): void {
    for (const s of signals) {
      const handler = () => this.receive(s);
      this.handlers.set(s, handler);
      process.on(s, handler);
    }
  }

  uninstall(): void {
    for (const [s, handler] of this.handlers) process.off(s, handler);
    this.handlers.clear();
    if (this.graceTimer) clearTimeout(this.graceTimer);
  }

  /** 128 + the signal's number (130 SIGINT, 143 SIGTERM), the shell convention for "stopped by a signal". */
  get exitCode(): number {
    return 128 + (this.signal ? (SIGNAL_NUMBER[this.signal] ?? 1) : 0);
  }

  receive(s: NodeJS.Signals): void {
    const at = new Date().toISOString();
    if (!this.stop.signal.aborted) {
      this.signal = s;
      this.stop.abort(new Error(`${s} received`));
      this.events.emit({ type: 'stopping', at, signal: s, running: this.running(), abandon: false });
      this.graceTimer = setTimeout(
        () => this.abandon(`${s} + ${Math.round(this.graceMs / 1000)} s grace`),
        this.graceMs,
      );
      this.graceTimer.unref();
      return;
    }
    this.abandon(s);
  }

  private abandon(reason: string): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort(new Error(`${reason}: abandoning running scans`));
    this.events.emit({
      type: 'stopping',
      at: new Date().toISOString(),
      signal: reason,
      running: this.running(),
      abandon: true,
    });
  }
}
