// The metrics chapter: score gauge, status distribution, registration coverage, methods registered,
// reset outcomes and the top failure reasons over the activity window, as chart geometry and tables.

import { STATUSES } from '../../engine/types.js';
import type { Results } from '../../results/types.js';
import { barChart, gauge, type BarChartView, type GaugeView } from './charts.js';
import { troubleshootingAnchor } from './check-section.js';
import { formatCount, formatDate, formatPercent, formatScore } from './format.js';
import { COLLECTION_STATUS_WORDS, humanise, sourceNameWords, STATUS_WORDS } from './labels.js';

export interface MetricsView {
  window: string;
  gauge: GaugeView;
  grade: string;
  statusChart: BarChartView;
  registration: {
    available: boolean;
    note: string;
    chart: BarChartView;
    coverage: string;
    facts: Array<{ label: string; value: string }>;
  };
  methods: { available: boolean; chart: BarChartView; countsChart: BarChartView | null };
  resets: {
    available: boolean;
    note: string;
    chart: BarChartView;
    byMethodChart: BarChartView | null;
    successRate: string;
    facts: Array<{ label: string; value: string }>;
  };
  failureReasons: {
    chart: BarChartView;
    rows: Array<{ reason: string; count: string; troubleshooting: Array<{ id: string; anchor: string }> }>;
  };
}

const METHOD_WORDS: Record<string, string> = {
  microsoftAuthenticatorPush: 'Authenticator (push)',
  softwareOneTimePasscode: 'Authenticator / software OTP',
  mobilePhone: 'Mobile phone',
  alternateMobilePhone: 'Alternate mobile phone',
  officePhone: 'Office phone',
  email: 'Email',
  securityQuestion: 'Security questions',
  appNotification: 'Authenticator notification',
  appCode: 'Authenticator code',
  mobileSMS: 'Mobile phone (SMS)',
  mobileCall: 'Mobile phone (call)',
  officeCall: 'Office phone (call)',
  alternateMobileCall: 'Alternate mobile (call)',
};

const methodWords = (m: string) => METHOD_WORDS[m] ?? humanise(m);

/** Why a metric source gave nothing, from the collection outcome of the source behind it. */
function unavailableNote(results: Results, sources: string[], what: string): string {
  const failed = sources
    .map((s) => results.collection.find((c) => c.source === s))
    .filter((c) => c && c.status !== 'ok');
  if (failed.length === 0) return `No ${what} in the window.`;
  return `No ${what}: ${failed.map((c) => `${sourceNameWords(c!.source)} — ${COLLECTION_STATUS_WORDS[c!.status] ?? c!.status}${c!.permission ? ` (needs ${c!.permission})` : ''}`).join('; ')}.`;
}

export function metricsView(results: Results): MetricsView {
  const { registration: reg, resets, window } = results.metrics;
  const total = results.checks.length;

  const regAvailable = reg.source !== 'none';
  const pctOf = (n: number, of: number) => (of > 0 ? ` (${formatPercent(n / of, 0)})` : '');
  const failed = Math.max(0, resets.attempts - resets.succeeded);
  const resetsAvailable = resets.source !== 'none';
  const byMethod = Object.entries(reg.byMethod ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const methodCounts = Object.entries(reg.methodCounts ?? {});
  // The population behind the per-member charts: every member (the bridge's first row).
  const memberCount = formatCount(methodCounts.reduce((n, [, v]) => n + v, 0));
  const resetMethods = Object.entries(resets.byMethod).sort(
    (a, b) => b[1].attempts - a[1].attempts || a[0].localeCompare(b[0]),
  );

  return {
    window: `${formatDate(window.from)} – ${formatDate(window.to)}`,
    gauge: gauge(results.score.value, formatScore(results.score.value), `Grade ${results.score.grade}`),
    grade: results.score.grade,
    statusChart: barChart({
      title: `Checks by status (population: all ${total} checks)`,
      description: STATUSES.map((s) => `${STATUS_WORDS[s]}: ${results.counts[s]}`).join(', '),
      bars: STATUSES.map((s) => ({ label: STATUS_WORDS[s], value: results.counts[s], tone: s })),
      max: total,
      emptyText: 'No checks in these results.',
      layout: 'compact',
    }),
    registration: {
      available: regAvailable,
      note: regAvailable
        ? 'Members (guests excluded) from the userRegistrationDetails report.'
        : unavailableNote(results, ['userRegistrationDetails'], 'registration data'),
      coverage: formatPercent(reg.coverage, 1),
      chart: barChart({
        title: `Registration coverage (population: ${formatCount(reg.enabled)} SSPR-enabled members; guests excluded)`,
        description: `${reg.enabled} members enabled for SSPR, ${reg.registered} registered, ${reg.capable} capable.`,
        bars: [
          { label: 'Enabled for SSPR', value: reg.enabled, valueLabel: formatCount(reg.enabled) },
          {
            label: 'Registered for SSPR',
            value: reg.registered,
            valueLabel: `${formatCount(reg.registered)}${pctOf(reg.registered, reg.enabled)}`,
          },
          {
            label: 'Capable (enabled and registered)',
            value: reg.capable,
            valueLabel: `${formatCount(reg.capable)}${pctOf(reg.capable, reg.enabled)}`,
          },
        ],
        max: reg.enabled,
        emptyText: regAvailable ? 'Nobody is enabled for SSPR.' : 'Registration data was not available.',
      }),
      facts: [
        { label: 'Members enabled for SSPR', value: formatCount(reg.enabled) },
        { label: 'Of those, registered', value: formatCount(reg.registered) },
        { label: 'Capable (enabled and registered)', value: formatCount(reg.capable) },
        { label: 'Registration coverage', value: formatPercent(reg.coverage, 1) },
      ],
    },
    methods: {
      available: byMethod.length > 0,
      chart: barChart({
        title: `Members holding each SSPR-usable method (population: ${memberCount} members, guests excluded; a member may hold several)`,
        description: byMethod.map(([m, n]) => `${methodWords(m)}: ${n}`).join(', ') || 'No method data.',
        bars: byMethod.map(([m, n]) => ({ label: methodWords(m), value: n, valueLabel: formatCount(n) })),
        emptyText: 'No method registration data.',
      }),
      countsChart: methodCounts.length
        ? barChart({
            title: `Members by number of SSPR-usable methods (population: ${memberCount} members, guests excluded)`,
            description: methodCounts.map(([k, n]) => `${k}: ${n}`).join(', '),
            bars: methodCounts.map(([k, n]) => ({
              label: /^\d+$/.test(k) ? `${k} ${k === '1' ? 'method' : 'methods'}` : k,
              value: n,
              valueLabel: formatCount(n),
              tone: k === '0' || k === '1' ? 'warn' : 'accent',
            })),
          })
        : null,
    },
    resets: {
      available: resetsAvailable,
      note: resetsAvailable
        ? `From ${resets.source === 'userEventsSummary' ? 'the authentication methods activity report (userEventsSummary)' : 'the SSPR directory audit logs'}.`
        : unavailableNote(results, ['userEventsSummary', 'directoryAudits'], 'reset activity'),
      successRate: formatPercent(resets.successRate, 1),
      chart: barChart({
        title: `Reset outcomes (population: ${formatCount(resets.attempts)} reset attempts and ${formatCount(resets.unlocks)} unlocks in the activity window)`,
        description: `${resets.attempts} reset attempts, ${resets.succeeded} succeeded, ${failed} failed; ${resets.unlocks} account unlocks.`,
        bars: [
          {
            label: 'Resets succeeded',
            value: resets.succeeded,
            valueLabel: formatCount(resets.succeeded),
            tone: 'pass',
          },
          { label: 'Resets failed', value: failed, valueLabel: formatCount(failed), tone: 'fail' },
          {
            label: 'Account unlocks',
            value: resets.unlocks,
            valueLabel: formatCount(resets.unlocks),
            tone: 'accent',
          },
        ],
        emptyText: resetsAvailable
          ? 'No resets or unlocks in the window.'
          : 'Reset activity was not available.',
      }),
      byMethodChart: resetMethods.length
        ? barChart({
            title: `Reset attempts by method (population: ${formatCount(resets.attempts)} reset attempts in the window)`,
            description: resetMethods
              .map(([m, v]) => `${methodWords(m)}: ${v.succeeded} of ${v.attempts} succeeded`)
              .join(', '),
            bars: resetMethods.map(([m, v]) => ({
              label: methodWords(m),
              value: v.attempts,
              valueLabel: `${formatCount(v.succeeded)} of ${formatCount(v.attempts)} ok`,
            })),
          })
        : null,
      facts: [
        { label: 'Reset attempts', value: formatCount(resets.attempts) },
        { label: 'Succeeded', value: formatCount(resets.succeeded) },
        { label: 'Failed', value: formatCount(failed) },
        { label: 'Success rate', value: formatPercent(resets.successRate, 1) },
        { label: 'Account unlocks', value: formatCount(resets.unlocks) },
      ],
    },
    failureReasons: {
      chart: barChart({
        title: `Top reset failure reasons (population: ${formatCount(failed)} failed resets in the window)`,
        description:
          resets.topFailureReasons.map((r) => `${r.reason}: ${r.count}`).join(', ') || 'No failed resets.',
        bars: resets.topFailureReasons.map((r) => ({
          label: r.reason,
          value: r.count,
          valueLabel: formatCount(r.count),
          tone: 'fail',
        })),
        emptyText: 'No failed resets in the window.',
      }),
      rows: resets.topFailureReasons.map((r) => ({
        reason: r.reason,
        count: formatCount(r.count),
        troubleshooting: r.troubleshooting.map((id) => ({ id, anchor: troubleshootingAnchor(id) })),
      })),
    },
  };
}
