// The fleet report's view model: everything the template shows, precomputed and pure, so the template
// only loops and branches. Tenants × checks matrix, score with a trend sparkline, "N of M tenants fail
// SSPR-xx", the tenants that regressed, and the tenants that could not be scanned and why.

import { relative, sep } from 'node:path';
import { builtinCheckSet } from '../../engine/builtin-check-set.js';
import type { Severity, Status } from '../../engine/types.js';
import type { FleetTenant } from '../config-types.js';
import type { StatusChange } from '../drift.js';
import type { TrendRow } from '../history-store.js';
import type { FailureKind } from '../progress/fleet-event.js';
import type { FleetPassSummary } from '../run-fleet-pass.js';
import { tenantKey } from '../history-store.js';
import { sparkline, type Sparkline } from './sparkline.js';

export interface FleetBranding {
  companyName?: string;
  /** A CSS colour for headings and accents (validated by the branding schema). */
  accentColor?: string;
  /** A data: URI of the logo. */
  logoDataUri?: string;
  footer?: string;
}

export interface FleetReportInput {
  summary: FleetPassSummary;
  /** In config order. */
  tenants: readonly FleetTenant[];
  /** The history of each tenant (tenantKey → rows, oldest first), this run included. */
  trends: ReadonlyMap<string, readonly TrendRow[]>;
  /** The folder the fleet report is written to (links to tenant reports are relative to it). */
  out: string;
  /** Whether per-tenant report.html files exist to link to. */
  linkReports: boolean;
  branding?: FleetBranding;
  generatedAt: Date;
}

export interface MatrixCell {
  status: Status | 'none';
  symbol: string;
  label: string;
  css: string;
  /** Tooltip: "SSPR-04 (high): fail". */
  title: string;
  changed: 'worse' | 'better' | '';
}

export interface TenantRow {
  name: string;
  id: string;
  displayName?: string;
  state: 'scanned' | 'failed' | 'not_started';
  score: string;
  grade: string;
  gradeCss: string;
  coverage: string;
  delta: string;
  deltaCss: string;
  sparkline?: Sparkline;
  cells: MatrixCell[];
  reportLink?: string;
  failure?: string;
  regressed: boolean;
}

export interface CheckFailure {
  id: string;
  title: string;
  severity: Severity;
  failing: number;
  of: number;
  sentence: string;
  tenants: string;
}

export interface Regression {
  name: string;
  id: string;
  delta: string;
  changes: Array<{ id: string; title: string; from: string; to: string; severity: Severity }>;
}

export interface Unscanned {
  name: string;
  id: string;
  kind: string;
  reason: string;
}

export interface FleetViewModel {
  title: string;
  generatedAt: string;
  run: {
    id: number;
    started: string;
    finished: string;
    duration: string;
    trigger: string;
    interrupted: boolean;
  };
  branding: { companyName: string; accentColor: string; logoDataUri?: string; footer?: string };
  totals: {
    tenants: number;
    scanned: number;
    failed: number;
    notStarted: number;
    regressed: number;
    averageScore: string;
    grades: Array<{ grade: string; count: number; css: string }>;
  };
  checks: Array<{ id: string; title: string; severity: Severity }>;
  rows: TenantRow[];
  failingChecks: CheckFailure[];
  regressions: Regression[];
  unscanned: Unscanned[];
  legend: Array<{ symbol: string; label: string; css: string }>;
}

const CELL: Record<Status, { symbol: string; label: string; css: string }> = {
  pass: { symbol: '✓', label: 'pass', css: 'pass' },
  warn: { symbol: '!', label: 'warn', css: 'warn' },
  fail: { symbol: '✗', label: 'fail', css: 'fail' },
  not_applicable: { symbol: '–', label: 'not applicable', css: 'na' },
  not_assessed: { symbol: '?', label: 'not assessed', css: 'nass' },
  accepted_risk: { symbol: '≈', label: 'accepted risk', css: 'risk' },
};

const FAILURE_KIND_TEXT: Record<FailureKind, string> = {
  auth: 'sign-in failed',
  throttled: 'throttled by Graph (retries exhausted)',
  timeout: 'timed out',
  network: 'network error',
  collection: 'collection failed',
  input: 'configuration or input error',
  isolation: 'wrong tenant returned',
  interrupted: 'run interrupted',
  internal: 'internal error',
};

const SPARKLINE_SCANS = 12;

const fmtScore = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(1));
const fmtDelta = (d: number | null | undefined) =>
  d === null || d === undefined || Math.abs(d) < 0.05 ? '' : `${d > 0 ? '+' : '−'}${Math.abs(d).toFixed(1)}`;
const fmtTime = (iso: string) =>
  iso
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z')
    .replace(/Z$/, ' UTC');

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60
    ? `${s} s`
    : s < 3600
      ? `${Math.floor(s / 60)} min ${s % 60} s`
      : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** Only a hex colour reaches the stylesheet (a CSS value is not HTML-escaped). */
const safeColour = (colour: string | undefined) =>
  colour && /^#[0-9a-fA-F]{3,8}$/.test(colour) ? colour : '#1f4e79';

const gradeCss = (grade: string) => (/^[A-F]$/.test(grade) ? `grade-${grade.toLowerCase()}` : 'grade-none');

const changeText = (c: StatusChange) => ({
  id: c.checkId,
  title: c.title,
  from: c.from ?? 'absent',
  to: c.to ?? 'absent',
  severity: c.severity,
});

export function buildFleetViewModel(input: FleetReportInput): FleetViewModel {
  const { summary } = input;
  // The union of the tenants' check sets (built-ins first, then each tenant's packs), in order.
  const seenIds = new Set<string>();
  const checks = input.tenants
    .flatMap((t) => (t.checkSet ?? builtinCheckSet()).checks)
    .filter((c) => !seenIds.has(c.meta.id) && seenIds.add(c.meta.id))
    .map((c) => ({ id: c.meta.id, title: c.meta.title, severity: c.meta.severity }));
  const byTenant = new Map(summary.outcomes.map((o) => [o.tenant.index, o]));
  const rows: TenantRow[] = [];
  const regressions: Regression[] = [];
  const unscanned: Unscanned[] = [];

  for (const tenant of input.tenants) {
    const o = byTenant.get(tenant.index);
    const trend = input.trends.get(tenantKey(tenant.id)) ?? [];
    const scores = trend
      .filter((t) => t.outcome === 'ok' && t.score !== undefined)
      .map((t) => t.score!)
      .slice(-SPARKLINE_SCANS);
    const base = { name: tenant.name, id: tenant.id, sparkline: sparkline(scores) };
    if (!o || o.outcome === 'failed') {
      const kind: FailureKind = o?.outcome === 'failed' ? o.errorKind : 'interrupted';
      const reason =
        o?.outcome === 'failed' ? o.error : 'not started: the run was stopped before this tenant';
      unscanned.push({ name: tenant.name, id: tenant.id, kind: FAILURE_KIND_TEXT[kind], reason });
      rows.push({
        ...base,
        state: o ? 'failed' : 'not_started',
        score: '—',
        grade: '—',
        gradeCss: 'grade-none',
        coverage: '—',
        delta: '',
        deltaCss: '',
        cells: checks.map((c) => ({
          status: 'none',
          symbol: '',
          label: 'not scanned',
          css: 'none',
          title: `${c.id}: not scanned`,
          changed: '',
        })),
        failure: o ? `${FAILURE_KIND_TEXT[kind]} (see below)` : FAILURE_KIND_TEXT[kind],
        regressed: false,
      });
      continue;
    }
    const worse = new Set(o.drift.worse.map((c) => c.checkId));
    const better = new Set(o.drift.better.map((c) => c.checkId));
    const statuses = new Map(o.results.checks.map((c) => [c.id, c.status]));
    const delta = o.drift.scoreDelta;
    rows.push({
      ...base,
      displayName: o.results.tenant.displayName !== tenant.name ? o.results.tenant.displayName : undefined,
      state: 'scanned',
      score: fmtScore(o.results.score.value),
      grade: o.results.score.grade,
      gradeCss: gradeCss(o.results.score.grade),
      coverage: `${Math.round(o.results.score.coverage * 100)}%`,
      delta: fmtDelta(delta),
      deltaCss: delta === null || Math.abs(delta) < 0.05 ? '' : delta < 0 ? 'down' : 'up',
      cells: checks.map((c) => {
        const status = statuses.get(c.id);
        if (!status)
          return {
            status: 'none',
            symbol: '',
            label: 'not in this scan',
            css: 'none',
            title: `${c.id}: not in this scan`,
            changed: '',
          };
        const cell = CELL[status];
        const changed = worse.has(c.id) ? 'worse' : better.has(c.id) ? 'better' : '';
        return {
          status,
          ...cell,
          title: `${c.id} (${c.severity}): ${cell.label}${changed ? ` — got ${changed} since the last scan` : ''}`,
          changed,
        };
      }),
      reportLink: input.linkReports
        ? relative(input.out, `${o.outDir}${sep}report.html`).split(sep).join('/')
        : undefined,
      regressed: worse.size > 0,
    });
    if (worse.size > 0)
      regressions.push({
        name: tenant.name,
        id: tenant.id,
        delta: fmtDelta(delta),
        changes: o.drift.worse.map(changeText),
      });
  }

  const scanned = summary.outcomes.filter((o) => o.outcome === 'ok');
  const failingChecks: CheckFailure[] = checks
    .map((c) => {
      const failing = scanned.filter((o) =>
        o.results.checks.some((r) => r.id === c.id && r.status === 'fail'),
      );
      return {
        ...c,
        failing: failing.length,
        of: scanned.length,
        sentence: `${failing.length} of ${scanned.length} tenant${scanned.length === 1 ? '' : 's'} fail ${c.id}`,
        tenants: failing.map((o) => o.tenant.name).join(', '),
      };
    })
    .filter((c) => c.failing > 0)
    .sort((a, b) => b.failing - a.failing || a.id.localeCompare(b.id));

  const gradeCounts = new Map<string, number>();
  for (const o of scanned)
    gradeCounts.set(o.results.score.grade, (gradeCounts.get(o.results.score.grade) ?? 0) + 1);
  const average = scanned.length
    ? scanned.reduce((s, o) => s + o.results.score.value, 0) / scanned.length
    : undefined;
  const branding = input.branding ?? {};
  return {
    title: `${branding.companyName ? `${branding.companyName}: ` : ''}SSPR fleet report`,
    generatedAt: fmtTime(input.generatedAt.toISOString()),
    run: {
      id: summary.runId,
      started: fmtTime(summary.startedAt),
      finished: fmtTime(summary.finishedAt),
      duration: duration(Date.parse(summary.finishedAt) - Date.parse(summary.startedAt)),
      trigger: summary.trigger === 'schedule' ? 'scheduled' : 'one pass',
      interrupted: summary.interrupted,
    },
    branding: {
      companyName: branding.companyName ?? 'sspr-audit',
      accentColor: safeColour(branding.accentColor),
      logoDataUri:
        branding.logoDataUri &&
        /^data:image\/(png|jpeg|gif|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(branding.logoDataUri)
          ? branding.logoDataUri
          : undefined,
      footer: branding.footer,
    },
    totals: {
      tenants: input.tenants.length,
      scanned: scanned.length,
      failed: summary.outcomes.length - scanned.length,
      notStarted: summary.notStarted.length,
      regressed: regressions.length,
      averageScore: fmtScore(average),
      grades: ['A', 'B', 'C', 'D', 'F'].map((g) => ({
        grade: g,
        count: gradeCounts.get(g) ?? 0,
        css: gradeCss(g),
      })),
    },
    checks,
    rows,
    failingChecks,
    regressions,
    unscanned,
    legend: Object.values(CELL),
  };
}
