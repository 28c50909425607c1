// One tenant of a fleet run: resolve its credentials, collect, check the snapshot is that tenant's,
// then the same tail as `scan` (evaluateAndWrite) into a staging folder that is renamed into place.
// Never throws: a failure comes back as an outcome naming its kind, with secrets redacted.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportWriter } from '../output/artifacts.js';
import type { Format } from '../output/formats.js';
import { evaluateAndWrite } from '../pipeline/evaluate-and-write.js';
import { loadRunInputs } from '../pipeline/run-inputs.js';
import { builtinCheckSet } from '../engine/builtin-check-set.js';
import type { Results } from '../results/types.js';
import type { Snapshot } from '../snapshot/types.js';
import type { Redactor } from '../util/redactor.js';
import {
  classifyFailure,
  ScanAbandonedError,
  ScanTimedOutError,
  TenantMismatchError,
} from './classify-failure.js';
import type { FleetDefaults, FleetTenant } from './config-types.js';
import { computeDrift, type Drift } from './drift.js';
import type { RequestGate } from './limiter.js';
import type { FailureKind, FleetEventSink, TenantPhase } from './progress/fleet-event.js';
import type { TenantCollector } from './tenant-collector.js';
import { resolveTenantCredentials } from './tenant-credentials.js';
import { planOutputDir } from './tenant-output-dir.js';

export const DEFAULT_TENANT_TIMEOUT_MS = 30 * 60_000;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TenantScanDeps {
  collect: TenantCollector;
  /** The tenant's last successful results (drift, "changes since last scan"). */
  previousResults(tenantId: string): Results | undefined;
  gateFor(clientId: string): RequestGate;
  redactor: Redactor;
  events: FleetEventSink;
  /** The config's folder (certificate paths held in env: resolve against it). */
  baseDir: string;
  /** Aborted to abandon the scan. */
  abort: AbortSignal;
  timeoutMs?: number;
  chromePath?: string;
  /** Report writers replacing the defaults (the fleet's shared PDF printer). */
  writers?: Partial<Record<Format, ReportWriter>>;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

interface OutcomeBase {
  tenant: FleetTenant;
  startedAt: string;
  finishedAt: string;
}

export type TenantScanOutcome =
  | (OutcomeBase & {
      outcome: 'ok';
      results: Results;
      previous?: Results;
      drift: Drift;
      outDir: string;
      files: string[];
      manifest: unknown;
      exitCode: number;
    })
  | (OutcomeBase & { outcome: 'failed'; error: string; errorKind: FailureKind });

/** Throws TenantMismatchError when the snapshot is not the configured tenant's. */
export function assertSnapshotIsTenant(snapshot: Snapshot, tenant: FleetTenant): void {
  const id = tenant.id.toLowerCase();
  if (GUID.test(id)) {
    if (snapshot.tenant.id.toLowerCase() !== id) {
      throw new TenantMismatchError(
        `the collected snapshot is tenant ${snapshot.tenant.id}, not ${tenant.id}; nothing was written`,
      );
    }
    return;
  }
  const domains = snapshot.sources.organization?.data?.verifiedDomains?.map((d) => d.name.toLowerCase());
  if (domains && !domains.includes(id)) {
    throw new TenantMismatchError(
      `the collected tenant ${snapshot.tenant.id} does not have the verified domain ${tenant.id}; nothing was written`,
    );
  }
}

export async function scanTenant(
  tenant: FleetTenant,
  defaults: FleetDefaults,
  deps: TenantScanDeps,
): Promise<TenantScanOutcome> {
  const now = deps.now ?? (() => new Date());
  const started = now();
  const ref = { tenantId: tenant.id, tenantName: tenant.name };
  const phase = (p: TenantPhase, extra: { pages?: number; requests?: number; detail?: string } = {}) =>
    deps.events.emit({ type: 'tenant-phase', at: now().toISOString(), ...ref, phase: p, ...extra });

  const timeoutMs = deps.timeoutMs ?? DEFAULT_TENANT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([deps.abort, timeout]);
  // A stop of the whole run abandons the tenant (not its failure); its own deadline is its failure.
  const abandoned = () =>
    timeout.aborted && !deps.abort.aborted
      ? new ScanTimedOutError(`the tenant took longer than ${Math.round(timeoutMs / 1000)} s`)
      : new ScanAbandonedError('the fleet run was stopped');
  try {
    phase('preparing');
    const credentials = resolveTenantCredentials(tenant, deps.baseDir, deps.redactor, deps.env);
    const previous = deps.previousResults(tenant.id);
    const dir = planOutputDir(defaults.out, tenant.id, started);
    const inputs = loadRunInputs(
      {
        out: dir.final,
        format: defaults.formats.join(','),
        attestation: tenant.attestation,
        exceptions: tenant.exceptions,
        profile: tenant.profile,
        responses: tenant.responses,
        baseline: tenant.baseline,
        branding: tenant.branding,
        'chrome-path': deps.chromePath,
        'fail-on': defaults.failOn,
        quiet: true,
      },
      started,
      tenant.checkSet ?? builtinCheckSet(),
    );
    inputs.previous = previous;
    inputs.writers = deps.writers;

    phase('authenticating');
    const collection = deps.collect({
      tenant,
      credentials,
      gate: deps.gateFor(credentials.clientId),
      signal,
      deadline: started.getTime() + timeoutMs,
      onProgress: (u) => phase(u.phase ?? 'collecting', u),
      attestation: inputs.attestation?.attestation,
    });
    const snapshot = await raceAbort(collection, signal, abandoned);
    assertSnapshotIsTenant(snapshot, tenant);
    if (signal.aborted) throw abandoned();

    phase('reporting');
    // Once collected, the tenant's outputs are finished even if a stop comes meanwhile: they are whole.
    const run = await evaluateAndWrite(snapshot, inputs, started);
    const outDir = run.outDir;
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as unknown;
    return {
      tenant,
      startedAt: started.toISOString(),
      finishedAt: now().toISOString(),
      outcome: 'ok',
      results: run.results,
      previous,
      drift: computeDrift(previous, run.results),
      outDir,
      files: run.files,
      manifest,
      exitCode: run.exitCode,
    };
  } catch (err) {
    const failure = classifyFailure(
      signal.aborted && !(err instanceof TenantMismatchError) ? abandoned() : err,
      deps.redactor,
    );
    return {
      tenant,
      startedAt: started.toISOString(),
      finishedAt: now().toISOString(),
      outcome: 'failed',
      error: failure.message,
      errorKind: failure.kind,
    };
  }
}

/** Resolves with `work`, or rejects as soon as `signal` aborts (the work is left to wind down). */
function raceAbort<T>(work: Promise<T>, signal: AbortSignal, reason: () => Error): Promise<T> {
  if (signal.aborted) return Promise.reject(reason());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(reason());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
