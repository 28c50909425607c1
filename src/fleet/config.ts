// Loads and validates a fleet config (schemas/fleet.schema.json plus the rules a schema cannot say):
// every problem names the tenant (index and name) and the field, and all of them are reported at once,
// as one InputError (exit 2), before anything runs.

import { dirname, isAbsolute, join, resolve } from 'node:path';
import { Cron } from 'croner';
import { builtinCheckSet } from '../engine/builtin-check-set.js';
import type { Severity } from '../engine/types.js';
import { loadAttestation } from '../inputs/attestation.js';
import { loadExceptions } from '../inputs/exceptions.js';
import { loadProfile } from '../inputs/profile.js';
import { loadResponses } from '../inputs/responses.js';
import { readStructuredFile } from '../inputs/read-structured-file.js';
import { describe, validatorFor } from '../inputs/schemas.js';
import { DEFAULT_FORMATS, type Format } from '../output/formats.js';
import type { Cloud } from '../snapshot/types.js';
import { InputError } from '../util/input-error.js';
import { readInputText } from '../util/read-input-file.js';
import { validateBrandingFile } from './branding-file.js';
import {
  tenantLabel,
  type EmailTarget,
  type FleetConfig,
  type FleetDefaults,
  type FleetTenant,
  type NotifyConfig,
  type NotifyTrigger,
  type TenantAuth,
  type WebhookTarget,
} from './config-types.js';
import {
  SecretResolutionError,
  parseValueSource,
  resolvePath,
  resolveValue,
  type ValueSource,
} from './secret-reference.js';

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_OUT = 'reports/fleet';
export const HISTORY_FILE_NAME = 'history.sqlite';

// ---- the raw shape (what the schema admits) ----

interface RawAuth {
  clientId: string;
  clientSecret?: string;
  certificatePath?: string;
}

interface RawNotify {
  webhook?: { url: string; format?: WebhookTarget['format'] };
  email?: { smtp: string; from: string; to: string[]; attachPdf?: boolean };
  on?: string[];
}

interface RawDefaults {
  out?: string;
  formats?: Format[];
  concurrency?: number;
  history?: string;
  schedule?: string;
  timezone?: string;
  notify?: RawNotify;
  profile?: string;
  plugins?: string[];
  failOn?: Severity;
  auth?: RawAuth;
  cloud?: Cloud;
  graphEndpoint?: string;
  authorityHost?: string;
  exceptions?: string;
  branding?: string;
}

interface RawTenant {
  id: string;
  name: string;
  auth?: RawAuth;
  cloud?: Cloud;
  graphEndpoint?: string;
  authorityHost?: string;
  attestation?: string;
  exceptions?: string;
  branding?: string;
  profile?: string;
  /** Management responses file (issue 9). */
  responses?: string;
  /** Baseline id (issue 9). */
  baseline?: string;
  plugins?: string[];
}

interface RawConfig {
  defaults?: RawDefaults;
  tenants: RawTenant[];
}

export interface LoadFleetConfigOptions {
  env?: NodeJS.ProcessEnv;
  now?: Date;
}

/** Collects problems, each prefixed with who it concerns (a tenant, or the defaults) and the JSON path. */
class Problems {
  readonly list: string[] = [];
  add(owner: string, path: string, detail: string): void {
    this.list.push(`${owner} ${path}: ${detail}`);
  }
}

// ---- helpers ----

/** The owner of a JSON path: `tenants[2] "Contoso"`, `defaults` or `config`. */
function ownerOf(instancePath: string, raw: unknown): string {
  const m = /^\/tenants\/(\d+)/.exec(instancePath);
  if (m) {
    const index = Number(m[1]);
    const tenants = (raw as { tenants?: unknown }).tenants;
    const tenant = Array.isArray(tenants) ? (tenants[index] as { name?: unknown } | undefined) : undefined;
    return tenantLabel({ index, name: typeof tenant?.name === 'string' ? tenant.name : undefined });
  }
  return instancePath.startsWith('/defaults') ? 'defaults' : 'config';
}

/** A schema error in words; secret fields never echo their value and say what to do instead. */
function schemaProblem(raw: unknown): string | undefined {
  const validate = validatorFor('fleet');
  if (validate(raw)) return undefined;
  const error = validate.errors?.[0];
  const path = error?.instancePath ?? '';
  const owner = ownerOf(path, raw);
  if (error?.keyword === 'pattern' && /\/auth\/(clientSecret|certificatePath)$/.test(path)) {
    return `${owner} ${path}: an inline secret is not allowed; give a reference, env:NAME or file:PATH`;
  }
  if (error?.keyword === 'pattern' && /\/id$/.test(path) && /^\/tenants\/\d+\/id$/.test(path)) {
    return `${owner} ${path}: expected a tenant GUID or a verified domain (e.g. contoso.onmicrosoft.com)`;
  }
  if (error?.keyword === 'pattern' && /\/notify\/on\/\d+$/.test(path)) {
    return `${owner} ${path}: expected drift, failed or below:N (N a score from 0 to 100)`;
  }
  if (error?.keyword === 'pattern' && /\/clientId$/.test(path)) {
    return `${owner} ${path}: expected the application (client) ID, a GUID`;
  }
  return `${owner} ${describe(error)}`;
}

function absolute(path: string, baseDir: string): string {
  return isAbsolute(path) ? path : resolve(baseDir, path);
}

/** Parses and resolves a secret reference now, so an unresolvable one is a config error. */
function checkSecret(
  text: string,
  baseDir: string,
  env: NodeJS.ProcessEnv,
  report: (detail: string) => void,
): ValueSource | undefined {
  try {
    const source = parseValueSource(text, baseDir);
    resolveValue(source, env);
    return source;
  } catch (err) {
    if (err instanceof SecretResolutionError) report(`cannot resolve ${text}: ${err.message}`);
    else throw err;
    return undefined;
  }
}

function checkAuth(
  raw: RawAuth,
  shared: boolean,
  baseDir: string,
  env: NodeJS.ProcessEnv,
  report: (field: string, detail: string) => void,
): TenantAuth | undefined {
  if (raw.clientSecret !== undefined && raw.certificatePath !== undefined) {
    report('', 'give either clientSecret or certificatePath, not both');
    return undefined;
  }
  if (raw.clientSecret !== undefined) {
    const secret = checkSecret(raw.clientSecret, baseDir, env, (d) => report('/clientSecret', d));
    return secret
      ? { clientId: raw.clientId.toLowerCase(), credential: { kind: 'secret', secret }, shared }
      : undefined;
  }
  if (raw.certificatePath !== undefined) {
    let certificate: ValueSource;
    try {
      certificate = parseValueSource(raw.certificatePath, baseDir);
      const path = resolvePath(certificate, baseDir, env);
      const problem = certificateProblem(path);
      if (problem) {
        report('/certificatePath', problem);
        return undefined;
      }
    } catch (err) {
      if (!(err instanceof SecretResolutionError)) throw err;
      report('/certificatePath', `cannot resolve ${raw.certificatePath}: ${err.message}`);
      return undefined;
    }
    return { clientId: raw.clientId.toLowerCase(), credential: { kind: 'certificate', certificate }, shared };
  }
  report('', 'missing clientSecret or certificatePath (as env:NAME or file:PATH)');
  return undefined;
}

/** Why a certificate file cannot be used, or undefined when it holds a PEM private key. */
function certificateProblem(path: string): string | undefined {
  let text: string;
  try {
    text = readInputText(path, 'certificate');
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return /not found$/.test(err.detail)
      ? `certificate file ${path} does not exist`
      : `certificate ${err.message}`;
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
    return `certificate file ${path} holds no PEM private key (expected the key and certificate in one PEM file)`;
  return undefined;
}

function checkHttpsEndpoint(value: string | undefined, report: (detail: string) => void): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    report(`expected an https:// URL, found "${value}"`);
    return undefined;
  }
  if (url.protocol !== 'https:')
    report('expected an https:// URL (Microsoft identity and Graph clients only talk https)');
  return value.replace(/\/+$/, '');
}

function parseTriggers(on: string[] | undefined): NotifyTrigger[] {
  return (on ?? ['drift']).map((t): NotifyTrigger =>
    t.startsWith('below:') ? { kind: 'below', score: Number(t.slice(6)) } : { kind: t as 'drift' | 'failed' },
  );
}

function checkNotify(
  raw: RawNotify,
  baseDir: string,
  env: NodeJS.ProcessEnv,
  problems: Problems,
  warnings: string[],
): NotifyConfig | undefined {
  const at = '/defaults/notify';
  let webhook: WebhookTarget | undefined;
  let email: EmailTarget | undefined;
  if (raw.webhook) {
    const url = checkSecret(raw.webhook.url, baseDir, env, (d) =>
      problems.add('defaults', `${at}/webhook/url`, d),
    );
    if (url) {
      const value = resolveValue(url, env);
      if (!/^https?:\/\/[^\s]+$/.test(value))
        problems.add(
          'defaults',
          `${at}/webhook/url`,
          `expected an http(s) URL${url.kind === 'literal' ? '' : ` in ${url.text}`}`,
        );
      else {
        if (value.startsWith('http://'))
          warnings.push(
            `defaults ${at}/webhook/url: an http:// webhook sends tenant scores and drift unencrypted; use https://`,
          );
        webhook = { url, format: raw.webhook.format ?? 'json' };
      }
    }
  }
  if (raw.email) {
    const smtp = checkSecret(raw.email.smtp, baseDir, env, (d) =>
      problems.add('defaults', `${at}/email/smtp`, d),
    );
    if (smtp) {
      const value = resolveValue(smtp, env);
      let url: URL | undefined;
      try {
        url = new URL(value);
      } catch {
        url = undefined;
      }
      if (!url || !/^smtps?:$/.test(url.protocol)) {
        problems.add(
          'defaults',
          `${at}/email/smtp`,
          `expected an smtp:// or smtps:// URL${smtp.kind === 'literal' ? '' : ` in ${smtp.text}`}`,
        );
      } else if (smtp.kind === 'literal' && url.password) {
        problems.add(
          'defaults',
          `${at}/email/smtp`,
          'an inline secret is not allowed: this SMTP URL carries a password; give the URL as env:NAME or file:PATH',
        );
      } else {
        email = { smtp, from: raw.email.from, to: raw.email.to, attachPdf: raw.email.attachPdf ?? false };
      }
    }
  }
  if (!raw.webhook && !raw.email) {
    problems.add('defaults', at, 'notify needs a target: webhook and/or email');
    return undefined;
  }
  return webhook || email ? { webhook, email, on: parseTriggers(raw.on) } : undefined;
}

function checkSchedule(pattern: string | undefined, timezone: string | undefined, problems: Problems): void {
  if (timezone !== undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: timezone });
    } catch {
      problems.add(
        'defaults',
        '/defaults/timezone',
        `unknown time zone "${timezone}" (expected an IANA name such as Europe/London)`,
      );
      return;
    }
  }
  if (pattern === undefined) return;
  const problem = cronProblem(pattern, timezone);
  if (problem) problems.add('defaults', '/defaults/schedule', problem);
}

/** Why a cron pattern (with its time zone) is unusable, or undefined when croner accepts it. */
export function cronProblem(pattern: string, timezone?: string): string | undefined {
  const fields = pattern.trim().split(/\s+/).length;
  if (fields !== 5 && fields !== 6)
    return `invalid cron pattern "${pattern}": expected 5 fields (minute hour day month weekday) or 6 (seconds first), found ${fields}`;
  try {
    const job = new Cron(pattern, { paused: true, timezone });
    const next = job.nextRun();
    job.stop();
    return next ? undefined : `the cron pattern "${pattern}" never fires`;
  } catch (err) {
    return `invalid cron pattern "${pattern}": ${(err as Error).message.replace(/^CronPattern: /, '')}`;
  }
}

/** Runs a side-file loader, turning its InputError into a problem of `owner` at `path`. */
function checkSideFile(owner: string, path: string, load: () => unknown, problems: Problems): void {
  try {
    load();
  } catch (err) {
    if (err instanceof InputError) problems.add(owner, path, err.message);
    else throw err;
  }
}

// ---- the loader ----

export function loadFleetConfig(file: string, options: LoadFleetConfigOptions = {}): FleetConfig {
  const env = options.env ?? process.env;
  const now = options.now ?? new Date();
  const raw = readStructuredFile(file, 'fleet config');
  const fail = (problems: string[]): never => {
    const detail =
      problems.length === 1 ? problems[0] : `${problems.length} problems:\n  - ${problems.join('\n  - ')}`;
    throw new InputError(file, detail);
  };
  const schemaError = schemaProblem(raw);
  if (schemaError) fail([schemaError]);
  const config = raw as RawConfig;
  const baseDir = dirname(resolve(file));
  const problems = new Problems();
  const d = config.defaults ?? {};
  const checkIds = builtinCheckSet().checks.map((c) => c.meta.id);

  // defaults
  checkSchedule(d.schedule, d.timezone, problems);
  const warnings: string[] = [];
  const notify = d.notify ? checkNotify(d.notify, baseDir, env, problems, warnings) : undefined;
  // With packs, check IDs are known only once they load: preloadFleetPacks checks these files then.
  if (d.profile && !d.plugins?.length)
    checkSideFile(
      'defaults',
      '/defaults/profile',
      () => loadProfile(absolute(d.profile!, baseDir)),
      problems,
    );
  if (d.exceptions && !d.plugins?.length)
    checkSideFile(
      'defaults',
      '/defaults/exceptions',
      () => loadExceptions(absolute(d.exceptions!, baseDir), checkIds),
      problems,
    );
  if (d.branding)
    checkSideFile(
      'defaults',
      '/defaults/branding',
      () => validateBrandingFile(absolute(d.branding!, baseDir)),
      problems,
    );
  const defaultGraph = checkHttpsEndpoint(d.graphEndpoint, (m) =>
    problems.add('defaults', '/defaults/graphEndpoint', m),
  );
  const defaultAuthority = checkHttpsEndpoint(d.authorityHost, (m) =>
    problems.add('defaults', '/defaults/authorityHost', m),
  );
  const defaultAuth = d.auth
    ? checkAuth(d.auth, true, baseDir, env, (field, detail) =>
        problems.add('defaults', `/defaults/auth${field}`, detail),
      )
    : undefined;

  // tenants
  const seen = new Map<string, RawTenant & { index: number }>();
  const tenants: FleetTenant[] = [];
  config.tenants.forEach((t, index) => {
    const owner = tenantLabel({ index, name: t.name });
    const at = `/tenants/${index}`;
    const key = t.id.toLowerCase();
    const first = seen.get(key);
    if (first) problems.add(owner, `${at}/id`, `duplicate tenant id "${t.id}" (also ${tenantLabel(first)})`);
    else seen.set(key, { ...t, index });
    if (t.name.trim() === '') problems.add(owner, `${at}/name`, 'must not be blank');

    let auth: TenantAuth | undefined;
    if (t.auth)
      auth = checkAuth(t.auth, false, baseDir, env, (field, detail) =>
        problems.add(owner, `${at}/auth${field}`, detail),
      );
    else if (d.auth) auth = defaultAuth;
    else
      problems.add(
        owner,
        `${at}/auth`,
        'no credentials: give auth here, or one multi-tenant app in defaults.auth',
      );

    const graphEndpoint =
      checkHttpsEndpoint(t.graphEndpoint, (m) => problems.add(owner, `${at}/graphEndpoint`, m)) ??
      defaultGraph;
    const authorityHost =
      checkHttpsEndpoint(t.authorityHost, (m) => problems.add(owner, `${at}/authorityHost`, m)) ??
      defaultAuthority;
    const attestation = t.attestation ? absolute(t.attestation, baseDir) : undefined;
    const exceptions = t.exceptions
      ? absolute(t.exceptions, baseDir)
      : d.exceptions
        ? absolute(d.exceptions, baseDir)
        : undefined;
    const branding = t.branding
      ? absolute(t.branding, baseDir)
      : d.branding
        ? absolute(d.branding, baseDir)
        : undefined;
    const profile = t.profile
      ? absolute(t.profile, baseDir)
      : d.profile
        ? absolute(d.profile, baseDir)
        : undefined;
    if (t.attestation)
      checkSideFile(owner, `${at}/attestation`, () => loadAttestation(attestation!, now), problems);
    const plugins = (t.plugins ?? d.plugins ?? []).map((spec) => ({ spec, baseDir }));
    if (t.exceptions && plugins.length === 0)
      checkSideFile(owner, `${at}/exceptions`, () => loadExceptions(exceptions!, checkIds), problems);
    if (t.branding) checkSideFile(owner, `${at}/branding`, () => validateBrandingFile(branding!), problems);
    if (t.profile && plugins.length === 0)
      checkSideFile(owner, `${at}/profile`, () => loadProfile(profile!), problems);
    const responses = t.responses ? absolute(t.responses, baseDir) : undefined;
    if (responses && plugins.length === 0)
      checkSideFile(owner, `${at}/responses`, () => loadResponses(responses, checkIds), problems);
    if (auth) {
      tenants.push({
        index,
        id: t.id,
        name: t.name,
        auth,
        cloud: t.cloud ?? d.cloud ?? 'global',
        graphEndpoint,
        authorityHost,
        attestation,
        exceptions,
        branding,
        profile,
        ...(responses ? { responses } : {}),
        ...(t.baseline ? { baseline: t.baseline } : {}),
        plugins,
      });
    }
  });
  if (problems.list.length > 0) fail(problems.list);

  const out = absolute(d.out ?? DEFAULT_OUT, baseDir);
  const defaults: FleetDefaults = {
    out,
    formats: d.formats ? [...new Set(d.formats)] : [...DEFAULT_FORMATS],
    concurrency: d.concurrency ?? DEFAULT_CONCURRENCY,
    history: d.history ? absolute(d.history, baseDir) : join(out, HISTORY_FILE_NAME),
    schedule: d.schedule,
    timezone: d.timezone,
    notify,
    failOn: d.failOn,
    branding: d.branding ? absolute(d.branding, baseDir) : undefined,
  };
  return { file: resolve(file), baseDir, defaults, tenants, warnings };
}
