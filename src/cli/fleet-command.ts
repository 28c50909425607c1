// sspr-audit fleet --config FILE [--schedule CRON]: scans every tenant of an MSP's fleet config, keeps
// the history, writes per-tenant outputs and the fleet report, and notifies on drift or low scores.
// Exit codes: 0 all scanned, 1 a scanned tenant fails at/above --fail-on, 2 config or usage error,
// 3 a tenant could not be scanned; 130/143 when a signal interrupted a run.

import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { SEVERITIES, type Severity } from '../engine/types.js';
import { afterFleetPass } from '../fleet/after-fleet-pass.js';
import { cronProblem, loadFleetConfig } from '../fleet/config.js';
import type { FleetConfig } from '../fleet/config-types.js';
import { fleetBranding } from '../fleet/report/fleet-branding.js';
import { FleetPrinter } from '../fleet/report/fleet-printer.js';
import { graphCollector } from '../fleet/graph-collector.js';
import { findBrowser } from '../report/find-browser.js';
import { reportsLimitFrom } from './collect-flags.js';
import { HistoryLock } from '../fleet/history-lock.js';
import { HistoryStore } from '../fleet/history-store.js';
import { AppRequestLimiter } from '../fleet/limiter.js';
import { createProgress } from '../fleet/progress/create-progress.js';
import { countRunning } from '../fleet/progress/running-count.js';
import type { FleetPdfPrinter } from '../fleet/report/write-fleet-report.js';
import { runFleetPass, type FleetPassResult } from '../fleet/run-fleet-pass.js';
import { DEFAULT_TENANT_TIMEOUT_MS } from '../fleet/scan-tenant.js';
import { runOnSchedule } from '../fleet/scheduler.js';
import { resolveValue } from '../fleet/secret-reference.js';
import { FleetShutdown } from '../fleet/shutdown.js';
import type { TenantCollector } from '../fleet/tenant-collector.js';
import { parseFormats } from '../output/formats.js';
import { InputError } from '../util/input-error.js';
import { Redactor } from '../util/redactor.js';
import { parseCommandArgs } from './args.js';
import { preloadFleetPacks } from '../fleet/preload-packs.js';
import type { Command } from './command.js';

const OPTIONS = {
  config: { type: 'string' },
  schedule: { type: 'string' },
  timezone: { type: 'string' },
  concurrency: { type: 'string' },
  out: { type: 'string' },
  history: { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  tenant: { type: 'string', multiple: true },
  'tenant-timeout': { type: 'string' },
  grace: { type: 'string' },
  'chrome-path': { type: 'string' },
  'json-log': { type: 'boolean' },
  validate: { type: 'boolean' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: sspr-audit fleet --config FILE [--schedule CRON] [flags]

Scans every tenant in the fleet config (YAML; see docs/fleet.md), records each scan in the history
database, writes <out>/<tenant id>/<UTC timestamp>/ per tenant and the fleet report in <out>/, and
notifies (webhook, email) on drift or a low score. Without --schedule: one pass, then exit.

  --config FILE          the fleet config (required)
  --schedule CRON        keep running, one pass per cron trigger (5 or 6 fields; overrides defaults.schedule)
  --timezone TZ          IANA time zone of the schedule (overrides defaults.timezone)
  --concurrency N        tenants scanned at once (overrides defaults.concurrency; default 4)
  --out DIR              output folder (overrides defaults.out)
  --history FILE         history database (overrides defaults.history)
  --format LIST          per-tenant formats: html,pdf,json,csv,junit,sarif (default: defaults.formats, else html,pdf,json)
  --fail-on SEVERITY     exit 1 when a scanned tenant has a fail at or above critical|high|medium|low
  --tenant ID            scan only this tenant (repeatable; id or name from the config)
  --tenant-timeout SEC   abandon one tenant's scan after this long (default ${DEFAULT_TENANT_TIMEOUT_MS / 1000})
  --grace SEC            after SIGINT/SIGTERM, wait this long for running scans before abandoning them (default 60)
  --chrome-path PATH     the Chromium that prints PDFs
  --json-log             one JSON object per line (for log shippers) instead of the live view / plain lines
  --validate             check the config (schema, secrets, files, cron) and exit
  --quiet, --verbose

Exit codes: 0 every tenant scanned, 1 a scanned tenant fails at or above --fail-on, 2 config or usage error,
3 a tenant could not be scanned (the summary says how many); 130 / 143 when SIGINT / SIGTERM interrupted a run.`;

export interface FleetCommandDeps {
  collect?: TenantCollector;
  printPdf?: FleetPdfPrinter;
  out?: Writable;
  env?: NodeJS.ProcessEnv;
  /**
   * Ends the process (the real CLI only). A scan abandoned by --tenant-timeout or a signal may leave a
   * request that never settles holding the event loop; once the command is done, nothing of ours is left.
   */
  exitProcess?: (code: number) => void;
}

/** How long a finished command lets abandoned work wind down before the process is ended. */
const WIND_DOWN_MS = 3_000;

function positiveInt(
  flag: string,
  value: string | undefined,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new InputError(flag, `expected a whole number from 1 to ${max}, found "${value}"`);
  return n;
}

/** The config with the command-line overrides applied (CLI paths resolve against the working folder). */
function applyOverrides(config: FleetConfig, values: Record<string, unknown>): FleetConfig {
  const v = values as {
    out?: string;
    history?: string;
    concurrency?: string;
    format?: string;
    'fail-on'?: string;
    schedule?: string;
    timezone?: string;
    tenant?: string[];
  };
  const failOn = v['fail-on'];
  if (failOn !== undefined && !(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new InputError(
      '--fail-on',
      `unknown severity "${failOn}" (expected one of ${SEVERITIES.join(', ')})`,
    );
  }
  const schedule = v.schedule ?? config.defaults.schedule;
  const timezone = v.timezone ?? config.defaults.timezone;
  if (v.timezone !== undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: v.timezone });
    } catch {
      throw new InputError(
        '--timezone',
        `unknown time zone "${v.timezone}" (expected an IANA name such as Europe/London)`,
      );
    }
  }
  if (schedule !== undefined && (v.schedule !== undefined || v.timezone !== undefined)) {
    const problem = cronProblem(schedule, timezone);
    if (problem) throw new InputError(v.schedule !== undefined ? '--schedule' : '--timezone', problem);
  }
  let tenants = config.tenants;
  if (v.tenant?.length) {
    const wanted = v.tenant.map((t) => t.toLowerCase());
    const unknown = wanted.filter(
      (w) => !config.tenants.some((t) => t.id.toLowerCase() === w || t.name.toLowerCase() === w),
    );
    if (unknown.length) throw new InputError('--tenant', `not in ${config.file}: ${unknown.join(', ')}`);
    tenants = config.tenants.filter(
      (t) => wanted.includes(t.id.toLowerCase()) || wanted.includes(t.name.toLowerCase()),
    );
  }
  const out = v.out !== undefined ? resolve(v.out) : config.defaults.out;
  return {
    ...config,
    tenants,
    defaults: {
      ...config.defaults,
      out,
      // --out moves the outputs only; the history stays where the config keeps it unless --history says otherwise.
      history: v.history !== undefined ? resolve(v.history) : config.defaults.history,
      concurrency: positiveInt('--concurrency', v.concurrency, config.defaults.concurrency, 64),
      formats: v.format !== undefined ? parseFormats(v.format) : config.defaults.formats,
      failOn: (failOn as Severity | undefined) ?? config.defaults.failOn,
      schedule,
      timezone,
    },
  };
}

/** Registers every secret the config references, so no log line can carry one. */
function registerSecrets(config: FleetConfig, redactor: Redactor, env: NodeJS.ProcessEnv): void {
  const values = [
    ...config.tenants.flatMap((t) => (t.auth.credential.kind === 'secret' ? [t.auth.credential.secret] : [])),
    ...(config.defaults.notify?.webhook ? [config.defaults.notify.webhook.url] : []),
    ...(config.defaults.notify?.email ? [config.defaults.notify.email.smtp] : []),
  ];
  for (const source of values) {
    try {
      const value = resolveValue(source, env);
      redactor.add(value);
      const password = /^[a-z]+:\/\/[^:/@\s]+:([^@\s]+)@/i.exec(value)?.[1];
      if (password) redactor.add(decodeURIComponent(password));
    } catch {
      // validated at load; a reference that stops resolving fails that tenant's scan later
    }
  }
}

export function createFleetCommand(deps: FleetCommandDeps = {}): Command {
  return {
    async run(argv) {
      const { values } = parseCommandArgs('fleet', argv, OPTIONS);
      const out = deps.out ?? process.stdout;
      const env = deps.env ?? process.env;
      if (values.help) {
        out.write(`${HELP}\n`);
        return 0;
      }
      if (!values.config)
        throw new InputError('--config', 'required: the fleet config file (see sspr-audit fleet --help)');
      const config = applyOverrides(loadFleetConfig(values.config, { env }), values);
      await preloadFleetPacks(config);
      const tenantTimeoutMs =
        positiveInt('--tenant-timeout', values['tenant-timeout'], DEFAULT_TENANT_TIMEOUT_MS / 1000) * 1000;
      const graceMs = positiveInt('--grace', values.grace, 60) * 1000;
      const warnings = (config.warnings ?? []).map((w) => `warning: ${config.file}: ${w}`);
      if (values.validate) {
        for (const w of warnings) out.write(`${w}\n`);
        out.write(
          `${config.file}: valid, ${config.tenants.length} tenant${config.tenants.length === 1 ? '' : 's'}${config.defaults.schedule ? `, schedule "${config.defaults.schedule}"${config.defaults.timezone ? ` (${config.defaults.timezone})` : ''}` : ''}\n`,
        );
        return 0;
      }

      // The reports pacing as for scan (SSPR_AUDIT_REPORTS_LIMIT=N/MS), checked before anything runs.
      const reports = reportsLimitFrom(env);
      const collect = deps.collect ?? graphCollector({ limits: reports ? { reports } : {} });
      // A PDF needs Chromium: find it now (exit 2 before anything runs), start it on the first PDF.
      const wantsPdf = config.defaults.formats.includes('pdf');
      if (wantsPdf) findBrowser({ chromePath: values['chrome-path'], env });
      const printer = wantsPdf ? new FleetPrinter(values['chrome-path']) : undefined;
      const redactor = new Redactor();
      registerSecrets(config, redactor, env);
      const history = HistoryStore.open(config.defaults.history);
      let lock: HistoryLock;
      try {
        lock = HistoryLock.acquire(config.defaults.history);
      } catch (err) {
        history.close();
        throw err;
      }
      const events = countRunning(
        createProgress(out, redactor, {
          jsonLog: values['json-log'] ?? false,
          quiet: values.quiet ?? false,
          verbose: values.verbose ?? false,
        }),
      );
      for (const text of warnings)
        events.emit({ type: 'message', at: new Date().toISOString(), level: 'warn', text });
      const shutdown = new FleetShutdown(events, () => events.running(), graceMs);
      shutdown.install();
      const limiter = new AppRequestLimiter();
      const branding = fleetBranding(config.defaults.branding);
      const pass = (trigger: 'once' | 'schedule'): Promise<FleetPassResult> =>
        runFleetPass(config, {
          collect,
          history,
          limiter,
          events,
          redactor,
          stop: shutdown.stop.signal,
          abort: shutdown.abort.signal,
          trigger,
          timeoutMs: tenantTimeoutMs,
          chromePath: values['chrome-path'],
          writers: printer ? { pdf: printer.pdfWriter } : undefined,
          env,
          after: afterFleetPass(config, {
            history,
            events,
            redactor,
            printPdf: deps.printPdf ?? printer?.printFleet,
            branding,
            env,
          }),
        });
      let exitCode = 2;
      try {
        if (!config.defaults.schedule) {
          const result = await pass('once');
          exitCode = result.interrupted && shutdown.signal ? shutdown.exitCode : result.exitCode;
          return exitCode;
        }
        let last: FleetPassResult | undefined;
        await runOnSchedule({
          pattern: config.defaults.schedule,
          timezone: config.defaults.timezone,
          stop: shutdown.stop.signal,
          run: async () => {
            try {
              last = await pass('schedule');
            } catch (err) {
              // A broken pass (disk full, history unwritable) is reported; the schedule goes on.
              events.emit({
                type: 'message',
                at: new Date().toISOString(),
                level: 'error',
                text: `the scheduled run failed: ${redactor.redact((err as Error).message)}`,
              });
            }
          },
          onNext: (next) =>
            events.emit({
              type: 'scheduled',
              at: new Date().toISOString(),
              pattern: config.defaults.schedule!,
              timezone: config.defaults.timezone,
              next: next?.toISOString() ?? null,
            }),
          onSkipped: () =>
            events.emit({
              type: 'message',
              at: new Date().toISOString(),
              level: 'warn',
              text: 'a scheduled trigger came while the previous run was still going: skipped (runs never overlap)',
            }),
        });
        exitCode = last?.interrupted && shutdown.signal ? shutdown.exitCode : 0;
        return exitCode;
      } finally {
        shutdown.uninstall();
        await printer?.close();
        events.close();
        history.close();
        lock.release();
        // Abandoned scans may still hold sockets open; everything written is already safe. The timer is
        // unref'd: a process with nothing left exits at once, without waiting for it.
        const exitProcess =
          deps.exitProcess ?? (shutdown.abort.signal.aborted ? (c: number) => process.exit(c) : undefined);
        if (exitProcess) setTimeout(() => exitProcess(exitCode), WIND_DOWN_MS).unref();
      }
    },
  };
}

export const fleetCommand = createFleetCommand({ exitProcess: (code) => process.exit(code) });
