// --schedule: runs a fleet pass on a cron pattern (croner: seconds field optional, IANA time zone),
// never two at once (croner's `protect` skips a trigger while a run is still going), until stopped.

import { Cron } from 'croner';

export interface ScheduleOptions {
  pattern: string;
  timezone?: string;
  /** One pass; must not throw (a failing pass is the pass's business). */
  run: () => Promise<void>;
  /** Aborted: take no further triggers; the running pass is awaited. */
  stop: AbortSignal;
  /** After start and after every run: when the next one is due (null: never again). */
  onNext?: (next: Date | null) => void;
  /** A trigger fell while a run was still going, and was skipped. */
  onSkipped?: (at: Date) => void;
}

/** Resolves once stopped (and the running pass, if any, has finished) or when the pattern has no more runs. */
export async function runOnSchedule(options: ScheduleOptions): Promise<void> {
  let running: Promise<void> | undefined;
  let finished!: () => void;
  const done = new Promise<void>((r) => (finished = r));
  const job = new Cron(
    options.pattern,
    {
      timezone: options.timezone,
      protect: () => options.onSkipped?.(new Date()),
      catch: true,
    },
    async () => {
      if (options.stop.aborted) return;
      running = options.run();
      try {
        await running;
      } finally {
        running = undefined;
      }
      const next = options.stop.aborted ? null : job.nextRun();
      if (!options.stop.aborted) options.onNext?.(next);
      if (next === null) finished();
    },
  );
  const first = job.nextRun();
  options.onNext?.(first);
  if (first === null) finished();
  const onStop = () => finished();
  options.stop.addEventListener('abort', onStop, { once: true });
  if (options.stop.aborted) finished();
  await done;
  options.stop.removeEventListener('abort', onStop);
  job.stop();
  if (running) await running;
}
