// Keeps the identity-and-access reports (reports/*, auditLogs/*) under Graph's per-app-per-tenant
// limit (5 requests per 10 s) instead of bouncing off 429s. Graph counts a request when it arrives,
// which is some time after we send it (a new TLS connection, a queue) but never after its answer is
// back; so a slot is held from the request's start until its answer plus the window (and a margin).
// At most `limit` slots exist; they are granted in arrival order. A 429 that slips through pauses it.

export interface PacerLimit {
  limit: number;
  windowMs: number;
  /** Slack added to the window for clock and network jitter between us and Graph. */
  marginMs: number;
}

export const GRAPH_REPORTS_LIMIT: PacerLimit = { limit: 5, windowMs: 10_000, marginMs: 100 };

export class PacerDeadlineError extends Error {
  constructor(readonly waitMs: number) {
    super(`the reports pacing would have to wait ${Math.ceil(waitMs / 1000)} s, past the scan deadline`);
    this.name = 'PacerDeadlineError';
  }
}

interface Slot {
  /** When the request's answer came back; undefined while it is in flight. */
  endedAt?: number;
}

/** Releases a slot: call it when the paced request's answer (or failure) is back. */
export type ReleaseSlot = () => void;

export class Pacer {
  private slots: Slot[] = [];
  private pausedUntil = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private wake?: () => void;
  /** Total time callers spent waiting for a slot, in ms. */
  waitedMs = 0;

  constructor(private readonly limit: PacerLimit) {}

  /** Resolves when the caller may send; throws PacerDeadlineError when that would be after `deadline`. */
  acquire(deadline: number): Promise<ReleaseSlot> {
    const turn = this.queue.then(() => this.waitForSlot(deadline));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** A 429 came back anyway: hold every report request for `ms`. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }

  private async waitForSlot(deadline: number): Promise<ReleaseSlot> {
    const span = this.limit.windowMs + this.limit.marginMs;
    for (;;) {
      const now = Date.now();
      this.slots = this.slots.filter((s) => s.endedAt === undefined || s.endedAt + span > now);
      if (this.slots.length < this.limit.limit && now >= this.pausedUntil) {
        const slot: Slot = {};
        this.slots.push(slot);
        return () => {
          slot.endedAt ??= Date.now();
          this.wake?.();
        };
      }
      const ends = this.slots.filter((s) => s.endedAt !== undefined).map((s) => s.endedAt! + span);
      const freeAt =
        this.slots.length < this.limit.limit ? now : ends.length > 0 ? Math.min(...ends) : undefined;
      const at = freeAt === undefined ? undefined : Math.max(freeAt, this.pausedUntil);
      if (at !== undefined && at > deadline) throw new PacerDeadlineError(at - now);
      if (deadline <= now) throw new PacerDeadlineError(0);
      const started = Date.now();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, (at ?? deadline) - now));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
      this.waitedMs += Date.now() - started;
    }
  }
}
