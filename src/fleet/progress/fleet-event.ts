// What a fleet run tells its observers (the live view, the plain log, the JSON log).

/** reporting: evaluating the checks and writing results, reports and manifest. */
export type TenantPhase = 'preparing' | 'authenticating' | 'collecting' | 'reporting';

export type FailureKind =
  | 'auth'
  | 'throttled'
  | 'timeout'
  | 'network'
  | 'collection'
  | 'input'
  | 'isolation'
  | 'interrupted'
  | 'internal';

interface Base {
  /** ISO 8601 time of the event. */
  at: string;
}

export interface TenantRef {
  tenantId: string;
  tenantName: string;
}

export type FleetEvent =
  | (Base & {
      type: 'run-started';
      runId: number;
      tenants: number;
      concurrency: number;
      trigger: 'once' | 'schedule';
    })
  | (Base &
      TenantRef & {
        type: 'tenant-phase';
        phase: TenantPhase;
        pages?: number;
        requests?: number;
        detail?: string;
      })
  | (Base &
      TenantRef & {
        type: 'tenant-finished';
        outcome: 'ok' | 'failed';
        durationMs: number;
        score?: number;
        grade?: string;
        worse?: number;
        better?: number;
        error?: string;
        errorKind?: FailureKind;
        outDir?: string;
      })
  | (Base & {
      type: 'run-finished';
      runId: number;
      scanned: number;
      failed: number;
      notStarted: number;
      durationMs: number;
      exitCode: number;
      interrupted: boolean;
      files: string[];
    })
  | (Base & { type: 'notification'; channel: string; ok: boolean; tenants: number; error?: string })
  | (Base & { type: 'scheduled'; pattern: string; timezone?: string; next: string | null })
  | (Base & { type: 'stopping'; signal: string; running: number; abandon: boolean })
  | (Base & { type: 'message'; level: 'info' | 'warn' | 'error'; text: string });

/** Where events go; implementations never throw. */
export interface FleetEventSink {
  emit(event: FleetEvent): void;
  /** Flushes and restores the terminal. */
  close(): void;
}

/** Sends every event to several sinks. */
export function fanOut(...sinks: FleetEventSink[]): FleetEventSink {
  return {
    emit: (e) => sinks.forEach((s) => s.emit(e)),
    close: () => sinks.forEach((s) => s.close()),
  };
}
