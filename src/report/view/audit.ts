// The auditor's view: scope, overall conclusion (with the number that matters: members who can reset
// today), key actions, the population bridge, the roadmap, compliance by framework, the evidence
// chain, and each finding in condition / criteria / cause / risk / recommendation / response form.

import { readFileSync } from 'node:fs';
import type { CheckResult, Results } from '../../results/types.js';
import type { RoadmapStep } from '../../results/roadmap.js';
import { headlineFigures, type HeadlineFigures } from '../figures.js';
import { checkAnchor } from './check-section.js';
import { formatCount, formatDate, formatDateTime, formatPercent } from './format.js';
import { PACKAGE_ROOT_URL } from '../../util/package-root.js';

const DATA = new URL('data/', PACKAGE_ROOT_URL);
const readData = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;

interface NavigationData {
  source: string;
  checked: string;
  rewrites: Array<{ from: string; to: string }>;
}
interface DatedFacts {
  facts: Array<{
    id: string;
    date: string;
    checks: string[];
    before: string;
    after: string;
    source: string;
    checked: string;
  }>;
}
interface PortalClosure {
  checks: Record<string, { attestation: string | null; page: string; reads: string }>;
}
let navigation: NavigationData | undefined;
let dated: DatedFacts | undefined;
let closure: PortalClosure | undefined;

/** Remediation text with the admin center paths Microsoft Learn shows today (data/entra-admin-center.json). */
export function currentNavigation(text: string): string {
  navigation ??= readData<NavigationData>('entra-admin-center.json');
  return navigation.rewrites.reduce((t, r) => t.split(r.from).join(r.to), text);
}

/** Dated facts that concern a check, worded against the scan date (past dates are never future). */
export function datedFactsFor(checkId: string, scanTime: string): string[] {
  dated ??= readData<DatedFacts>('dated-facts.json');
  const scan = Date.parse(scanTime);
  return dated.facts
    .filter((f) => f.checks.includes(checkId))
    .map((f) =>
      (Date.parse(`${f.date}T00:00:00Z`) <= scan ? f.after : f.before).replace('{date}', formatDate(f.date)),
    );
}

/** The attestation setting a check reads (data/portal-closure.json), if any. */
export function attestationKeyFor(checkId: string): string | null {
  closure ??= readData<PortalClosure>('portal-closure.json');
  return closure.checks[checkId]?.attestation ?? null;
}

/** How to close a portal-backed check without browser developer tools. */
export function portalClosureFor(checkId: string): string | null {
  closure ??= readData<PortalClosure>('portal-closure.json');
  const c = closure.checks[checkId];
  if (!c) return null;
  const how = c.attestation
    ? `add "${c.attestation}" under settings in the attestation file (--attestation), as read on ${c.page} (${c.reads}); or run with --portal`
    : `${c.reads} (${c.page})`;
  return `Close it without developer tools: ${how}.`;
}

const CONTROL_STATUS_WORDS: Record<string, string> = {
  met: 'Met',
  partly_met: 'Partly met',
  not_met: 'Not met',
  not_assessed: 'Not assessed',
  not_applicable: 'Not applicable',
};

export interface AuditView {
  figures: HeadlineFigures;
  scope: Array<{ label: string; value: string }>;
  conclusion: string;
  scoreLine: string;
  keyActions: Array<{ phase: string; title: string; checks: string; owner: string; due: string }>;
  bridge: {
    available: boolean;
    rows: Array<{ step: string; all: string; nonAdmins: string; admins: string; share: string }>;
    guests: string;
    caption: string;
  };
  roadmap: Array<{
    order: number;
    phase: string;
    title: string;
    closes: string;
    open: string;
    after: string;
  }>;
  frameworks: Array<{
    name: string;
    source: string;
    controls: Array<{
      id: string;
      title: string;
      level: string;
      basis: string;
      checks: string;
      status: string;
      statusKey: string;
    }>;
  }>;
  baseline: {
    name: string;
    description: string;
    source: string;
    values: Array<{ check: string; value: string }>;
  };
  evidence: Array<{
    source: string;
    endpoint: string;
    apiVersion: string;
    fetchedAt: string;
    rows: string;
    outcome: string;
  }>;
  identity: string;
  snapshotSha256: string;
}

function stepOf(roadmap: readonly RoadmapStep[], checkId: string): RoadmapStep | undefined {
  return roadmap.find((s) => s.closes.includes(checkId));
}

export function auditView(results: Results, runBy: string): AuditView {
  const figures = headlineFigures(results);
  const roadmap = results.roadmap ?? [];
  const pop = results.population;
  const responseFor = (ids: string[]) =>
    ids.map((id) => results.checks.find((c) => c.id === id)?.response).find(Boolean);
  const frameworks = results.frameworks ?? [];
  const window = `${formatDate(results.metrics.window.from)} – ${formatDate(results.metrics.window.to)}`;
  const scope = [
    { label: 'Tenant', value: `${results.tenant.displayName} (${results.tenant.id})` },
    { label: 'Control', value: 'ID-03 Self-service password reset (Microsoft Entra ID)' },
    { label: 'Baseline', value: figures.baseline },
    { label: 'Frameworks', value: frameworks.map((f) => `${f.name} ${f.version}`).join('; ') || '–' },
    { label: 'Activity period', value: window },
    { label: 'Scan time', value: formatDateTime(results.scanTime) },
  ];
  const openChecks = results.checks.filter((c) => c.realStatus === 'fail' || c.realStatus === 'warn').length;
  const conclusion =
    `${figures.conclusion} ` +
    (openChecks === 0
      ? 'No check failed or warned.'
      : `${openChecks} finding${openChecks === 1 ? '' : 's'} need action; the roadmap below orders them so no user is locked out.`);
  const pct = (n: number, of: number) => (of > 0 ? formatPercent(n / of, 0) : '–');
  const bridgeRows = pop
    ? (
        [
          ['Members (guests excluded)', 'members'],
          ['SSPR-enabled', 'enabled'],
          ['Registered for SSPR', 'registered'],
          ['Capable (enabled and registered): can reset today', 'capable'],
          ['Capable and holding ≥ 2 usable methods', 'twoOrMoreMethods'],
        ] as const
      ).map(([step, key]) => ({
        step,
        all: formatCount(pop.all[key]),
        nonAdmins: formatCount(pop.nonAdmins[key]),
        admins: formatCount(pop.admins[key]),
        share: pct(pop.all[key], pop.all.members),
      }))
    : [];
  return {
    figures,
    scope,
    conclusion,
    scoreLine: `Score ${figures.score} (grade ${figures.grade}) with accepted risks applied; ${figures.scoreWithoutAcceptedRisks} (grade ${figures.gradeWithoutAcceptedRisks}) without accepted risks. Coverage ${figures.coverage} (${figures.coverageWithoutAcceptedRisks} without accepted risks).`,
    keyActions: roadmap
      .filter((s) => s.phase !== 'Later')
      .slice(0, 6)
      .map((s) => {
        const r = responseFor(s.closes);
        return {
          phase: s.phase,
          title: s.title,
          checks: s.open.join(', ') || s.closes.join(', '),
          owner: r?.owner ?? 'To be agreed',
          due: r?.due ? formatDate(r.due) : 'To be agreed',
        };
      }),
    bridge: {
      available: !!pop && pop.source !== 'none',
      rows: bridgeRows,
      guests: pop ? formatCount(pop.guests) : '–',
      caption:
        'Population: member users in userRegistrationDetails at the scan time; each row is a subset of the row above. Shares are of all members, rounded down.',
    },
    roadmap: roadmap.map((s) => ({
      order: s.order,
      phase: s.phase,
      title: s.title,
      closes: s.closes.join(', '),
      open: s.open.join(', ') || 'none open (prerequisite to verify)',
      after:
        s.after
          .map((a) => roadmap.find((r) => r.id === a)?.order)
          .filter(Boolean)
          .map((n) => `step ${n}`)
          .join(', ') || '–',
    })),
    frameworks: frameworks.map((f) => ({
      name: `${f.name} ${f.version}`,
      source: `${f.source} (checked ${formatDate(f.checked)})`,
      controls: f.controls.map((c) => ({
        id: c.id,
        title: c.title,
        level: c.level ?? '–',
        basis: c.basis === 'sourced' ? 'Sourced' : 'Our judgement',
        checks: c.checks.join(', '),
        status: CONTROL_STATUS_WORDS[c.status],
        statusKey: c.status,
      })),
    })),
    baseline: {
      name: figures.baseline,
      description: results.baseline?.description ?? 'The guide as written.',
      source: results.baseline
        ? `${results.baseline.source} (checked ${formatDate(results.baseline.checked)})`
        : '–',
      values: results.checks.map((c) => ({
        check: `${c.id} ${c.title}`,
        value: `${c.expected}${c.baseline?.scored === false ? ' · reported, not scored' : ''}${c.baseline?.level ? ` · ${c.baseline.level}` : ''}${
          results.options[c.id]
            ? ` · ${Object.entries(results.options[c.id])
                .map(([k, v]) => `${k} = ${String(v)}`)
                .join(', ')}`
            : ''
        }`,
      })),
    },
    evidence: results.collection.map((c) => ({
      source: c.source,
      endpoint: c.endpoint,
      apiVersion: c.apiVersion ?? '–',
      fetchedAt: c.fetchedAt ? formatDateTime(c.fetchedAt) : '–',
      rows: c.rows !== undefined ? formatCount(c.rows) : '–',
      outcome: c.status + (c.error ? `: ${c.error}` : ''),
    })),
    identity: runBy,
    snapshotSha256: results.snapshotSha256 ?? 'not written with this report',
  };
}

export interface FindingView {
  condition: string;
  criteria: string;
  cause: string;
  risk: string;
  recommendation: string;
  after: string | null;
  frameworks: string;
  baselineNote: string | null;
  closure: string | null;
  datedFacts: string[];
  response: { text: string; owner: string; due: string; status: string } | null;
}

const RISK_BY_SEVERITY: Record<string, string> = {
  critical:
    'Users who cannot reset their own password are locked out until the help desk answers, and attackers target help desks that reset passwords on request.',
  high: 'A weaker or unreliable reset path: users are locked out, or a reset can be completed with too little proof.',
  medium: 'The reset path is less robust or less visible than the guide requires.',
  low: 'A hygiene gap with limited direct risk.',
};

/** The auditor's form of one finding (fail, warn or accepted risk). */
export function findingView(c: CheckResult, results: Results): FindingView | null {
  const real = c.realStatus;
  if (real !== 'fail' && real !== 'warn' && !c.baseline?.accepted) return null;
  const step = stepOf(results.roadmap ?? [], c.id);
  const roadmap = results.roadmap ?? [];
  const waitsFor =
    step?.after.map((a) => roadmap.find((r) => r.id === a)).filter((s) => s !== undefined) ?? [];
  const ts = c.remediation.troubleshooting;
  return {
    condition: `${c.message} Observed: ${c.observed}.`,
    criteria: `${c.expected} (${results.baseline ? `${results.baseline.name} ${results.baseline.version}` : 'control ID-03 guide'}).`,
    cause:
      ts.length > 0
        ? `See troubleshooting ${ts.join(', ')} for the known causes.`
        : 'Not determined from the data collected.',
    risk: RISK_BY_SEVERITY[c.severity],
    recommendation: currentNavigation(c.remediation.summary),
    after:
      step && waitsFor.length > 0
        ? `Roadmap step ${step.order} (${step.phase}): do this only after ${waitsFor.map((s) => `step ${s.order} "${s.title}"`).join(' and ')}.`
        : step
          ? `Roadmap step ${step.order} (${step.phase}).`
          : null,
    frameworks: (c.frameworks ?? []).map((t) => t.label).join('; ') || '–',
    baselineNote: c.baseline?.accepted
      ? `Under this baseline the check's own verdict (${c.baseline.accepted.checkStatus}) becomes ${c.status}: ${c.baseline.accepted.why}`
      : null,
    closure: c.source === 'portal' || c.source === 'attested' ? portalClosureFor(c.id) : null,
    datedFacts: datedFactsFor(c.id, results.scanTime),
    response: c.response
      ? {
          text: c.response.response,
          owner: c.response.owner,
          due: c.response.due ? formatDate(c.response.due) : 'Not set',
          status: c.response.status ?? 'agreed',
        }
      : null,
  };
}

export const findingAnchor = checkAnchor;
