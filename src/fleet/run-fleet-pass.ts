// One pass over the fleet: every tenant scanned (at most `concurrency` at once, one shared request
// budget per app), each finished scan recorded in the history at once, then the fleet report and the
// notifications. A tenant's failure is recorded and reported; it never stops the others.

import type { Severity } from '../engine/types.js';
import type { ReportWriter } from '../output/artifacts.js';
import type { Format } from '../output/formats.js';
import type { Redactor } from '../util/redactor.js';
import { runPool } from './concurrency-pool.js';
import type { FleetConfig, FleetTenant } from './config-types.js';
import type { HistoryStore } from './history-store.js';
import type { AppRequestLimiter } from './limiter.js';
import type { FleetEventSink } from './progress/fleet-event.js';
import { scanTenant, type TenantScanOutcome } from './scan-tenant.js';
import type { TenantCollector } from './tenant-collector.js';
import { removeStalePartials } from './tenant-output-dir.js';

export interface FleetPassSummary {
  runId: number;
  startedAt: string;
  finishedAt: string;
  trigger: 'once' | 'schedule';
  outcomes: TenantScanOutcome[];
  /** Tenants not started because the run was stopped. */
  notStarted: FleetTenant[];
  /** Stopped by a signal before every tenant was scanned. */
  interrupted: boolean;
}

/** What happens after the scans (fleet report, notifications); returns the files written. */
export type AfterPass = (summary: FleetPassSummary) => Promise<string[]>;

export interface FleetPassDeps {
  collect: TenantCollector;
  history: HistoryStore;
  limiter: AppRequestLimiter;
  events: FleetEventSink;
  redactor: Redactor;
  /** Aborted: take no new tenants. */
  stop: AbortSignal;
  /** Aborted: abandon the running scans too (and skip the report and notifications). */
  abort: AbortSignal;
  trigger: 'once' | 'schedule';
  after?: AfterPass;
  timeoutMs?: number;
  chromePath?: string;
  writers?: Partial<Record<Format, ReportWriter>>;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

export interface FleetPassResult extends FleetPassSummary {
  files: string[];
  exitCode: number;
}

/** 3 when a tenant could not be scanned, else 1 when a scanned tenant has a fail at or above failOn, else 0. */
export function fleetExitCode(outcomes: readonly TenantScanOutcome[]): number {
  if (outcomes.some((o) => o.outcome === 'failed')) return 3;
  return outcomes.some((o) => o.outcome === 'ok' && o.exitCode === 1) ? 1 : 0;
}

export async function runFleetPass(
  config: FleetConfig,
  deps: FleetPassDeps,
  failOn?: Severity,
): Promise<FleetPassResult> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  const defaults = failOn ? { ...config.defaults, failOn } : config.defaults;
  const stale = removeStalePartials(defaults.out);
  if (stale)
    deps.events.emit({
      type: 'message',
      at: now().toISOString(),
      level: 'warn',
      text: `removed ${stale} unfinished tenant folder${stale === 1 ? '' : 's'} left by an earlier run that was killed`,
    });
  const orphaned = deps.history.closeAbandonedRuns(started.toISOString());
  if (orphaned)
    deps.events.emit({
      type: 'message',
      at: now().toISOString(),
      level: 'warn',
      text: `marked ${orphaned} earlier run${orphaned === 1 ? '' : 's'} that never finished as interrupted`,
    });

  const runId = deps.history.beginRun({
    startedAt: started.toISOString(),
    trigger: deps.trigger,
    tenants: config.tenants.length,
  });
  deps.events.emit({
    type: 'run-started',
    at: started.toISOString(),
    runId,
    tenants: config.tenants.length,
    concurrency: defaults.concurrency,
    trigger: deps.trigger,
  });

  const pooled = await runPool(
    config.tenants,
    defaults.concurrency,
    async (tenant) => {
      const outcome = await scanTenant(tenant, defaults, {
        collect: deps.collect,
        previousResults: (id) => deps.history.previousResults(id),
        gateFor: (clientId) => deps.limiter.forApp(clientId),
        redactor: deps.redactor,
        events: deps.events,
        baseDir: config.baseDir,
        abort: deps.abort,
        timeoutMs: deps.timeoutMs,
        chromePath: deps.chromePath,
        writers: deps.writers,
        env: deps.env,
        now,
      });
      record(deps, runId, outcome);
      return outcome;
    },
    deps.stop,
  );

  const outcomes = pooled.flatMap((p) => (p.state === 'done' ? [p.value] : []));
  const notStarted = config.tenants.filter((_, i) => pooled[i].state === 'not_started');
  const abandoned = outcomes.filter((o) => o.outcome === 'failed' && o.errorKind === 'interrupted');
  const interrupted = notStarted.length > 0 || abandoned.length > 0;
  const summary: FleetPassSummary = {
    runId,
    startedAt: started.toISOString(),
    finishedAt: now().toISOString(),
    trigger: deps.trigger,
    outcomes,
    notStarted,
    interrupted,
  };

  let files: string[] = [];
  if (deps.after && !deps.abort.aborted) {
    try {
      files = await deps.after(summary);
    } catch (err) {
      deps.events.emit({
        type: 'message',
        at: now().toISOString(),
        level: 'error',
        text: `the fleet report could not be written: ${deps.redactor.redact((err as Error).message)}`,
      });
    }
  }
  const finishedAt = now();
  const scanned = outcomes.filter((o) => o.outcome === 'ok').length;
  const failed = outcomes.length - scanned - abandoned.length;
  deps.history.finishRun(runId, {
    finishedAt: finishedAt.toISOString(),
    status: interrupted ? 'interrupted' : 'completed',
    scanned,
    failed,
  });
  const exitCode = fleetExitCode(outcomes.filter((o) => !abandoned.includes(o)));
  deps.events.emit({
    type: 'run-finished',
    at: finishedAt.toISOString(),
    runId,
    scanned,
    failed,
    notStarted: notStarted.length + abandoned.length,
    durationMs: finishedAt.getTime() - started.getTime(),
    exitCode,
    interrupted,
    files,
  });
  return { ...summary, finishedAt: finishedAt.toISOString(), files, exitCode };
}

/** Writes the outcome to the history (an abandoned scan is not the tenant's failure: not recorded). */
function record(deps: FleetPassDeps, runId: number, o: TenantScanOutcome): void {
  const ref = { tenantId: o.tenant.id, tenantName: o.tenant.name };
  const at = o.finishedAt;
  const durationMs = Date.parse(o.finishedAt) - Date.parse(o.startedAt);
  if (o.outcome === 'failed' && o.errorKind === 'interrupted') {
    deps.events.emit({
      type: 'tenant-finished',
      at,
      ...ref,
      outcome: 'failed',
      durationMs,
      error: o.error,
      errorKind: o.errorKind,
    });
    return;
  }
  try {
    if (o.outcome === 'ok') {
      deps.history.recordScan({
        runId,
        ...ref,
        startedAt: o.startedAt,
        finishedAt: o.finishedAt,
        outcome: 'ok',
        results: o.results,
        manifest: o.manifest,
        outDir: o.outDir,
        drift: o.drift,
      });
    } else {
      deps.history.recordScan({
        runId,
        ...ref,
        startedAt: o.startedAt,
        finishedAt: o.finishedAt,
        outcome: 'failed',
        error: o.error,
        errorKind: o.errorKind,
      });
    }
  } catch (err) {
    deps.events.emit({
      type: 'message',
      at,
      level: 'error',
      text: `${o.tenant.name}: the scan could not be recorded in the history: ${(err as Error).message}`,
    });
  }
  if (o.outcome === 'ok') {
    deps.events.emit({
      type: 'tenant-finished',
      at,
      ...ref,
      outcome: 'ok',
      durationMs,
      score: o.results.score.value,
      grade: o.results.score.grade,
      worse: o.drift.worse.length,
      better: o.drift.better.length,
      outDir: o.outDir,
    });
  } else {
    deps.events.emit({
      type: 'tenant-finished',
      at,
      ...ref,
      outcome: 'failed',
      durationMs,
      error: o.error,
      errorKind: o.errorKind,
    });
  }
}
