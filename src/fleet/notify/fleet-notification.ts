// What a notification says: the tenants that meet a trigger of `notify.on` (drift: a check got worse;
// below:N: score under N; failed: could not be scanned), built once and rendered per channel.

import type { NotifyTrigger } from '../config-types.js';
import type { StatusChange } from '../drift.js';
import type { FailureKind } from '../progress/fleet-event.js';
import type { FleetPassSummary } from '../run-fleet-pass.js';

export type TriggerKind = NotifyTrigger['kind'];

export interface NotifiedTenant {
  tenantId: string;
  tenantName: string;
  reasons: TriggerKind[];
  score?: number;
  grade?: string;
  scoreDelta?: number | null;
  worse: StatusChange[];
  better: StatusChange[];
  error?: string;
  errorKind?: FailureKind;
  /** The tenant's PDF report, when one was written. */
  pdf?: string;
}

export interface FleetNotification {
  runId: number;
  finishedAt: string;
  /** e.g. "SSPR fleet: 2 of 12 tenants need attention" */
  title: string;
  scanned: number;
  failed: number;
  tenants: NotifiedTenant[];
  /** Below-threshold trigger, when configured, for wording. */
  threshold?: number;
  fleetReport?: { html?: string; pdf?: string };
}

export function buildNotification(
  summary: FleetPassSummary,
  on: readonly NotifyTrigger[],
  fleetReport?: FleetNotification['fleetReport'],
): FleetNotification | undefined {
  const below = on.find((t): t is Extract<NotifyTrigger, { kind: 'below' }> => t.kind === 'below');
  const wants = (k: TriggerKind) => on.some((t) => t.kind === k);
  const tenants: NotifiedTenant[] = [];
  for (const o of summary.outcomes) {
    const base = { tenantId: o.tenant.id, tenantName: o.tenant.name };
    if (o.outcome === 'ok') {
      const reasons: TriggerKind[] = [];
      if (wants('drift') && o.drift.worse.length > 0) reasons.push('drift');
      if (below && o.results.score.value < below.score) reasons.push('below');
      if (reasons.length === 0) continue;
      const pdf = o.files.includes('report.pdf') ? `${o.outDir}/report.pdf` : undefined;
      tenants.push({
        ...base,
        reasons,
        score: o.results.score.value,
        grade: o.results.score.grade,
        scoreDelta: o.drift.scoreDelta,
        worse: o.drift.worse,
        better: o.drift.better,
        pdf,
      });
    } else if (wants('failed') && o.errorKind !== 'interrupted') {
      tenants.push({
        ...base,
        reasons: ['failed'],
        worse: [],
        better: [],
        error: o.error,
        errorKind: o.errorKind,
      });
    }
  }
  if (tenants.length === 0) return undefined;
  const scanned = summary.outcomes.filter((o) => o.outcome === 'ok').length;
  const total = summary.outcomes.length + summary.notStarted.length;
  return {
    runId: summary.runId,
    finishedAt: summary.finishedAt,
    title: `SSPR fleet: ${tenants.length} of ${total} tenant${total === 1 ? '' : 's'} need${tenants.length === 1 ? 's' : ''} attention`,
    scanned,
    failed: summary.outcomes.length - scanned,
    tenants,
    threshold: below?.score,
    fleetReport,
  };
}

/** One line per tenant, channel-neutral: "Contoso: score 71.0 (C, −12.5); worse: SSPR-14 pass → fail". */
export function tenantLine(t: NotifiedTenant, threshold?: number): string {
  if (t.reasons.includes('failed'))
    return `${t.tenantName}: could not be scanned (${t.errorKind}): ${t.error}`;
  const delta =
    t.scoreDelta === null || t.scoreDelta === undefined
      ? ''
      : `, ${t.scoreDelta >= 0 ? '+' : '−'}${Math.abs(t.scoreDelta).toFixed(1)}`;
  const parts = [`${t.tenantName}: score ${t.score?.toFixed(1)} (${t.grade}${delta})`];
  if (t.reasons.includes('below') && threshold !== undefined) parts.push(`below ${threshold}`);
  if (t.worse.length > 0)
    parts.push(`worse: ${t.worse.map((c) => `${c.checkId} ${c.from} → ${c.to}`).join(', ')}`);
  return parts.join('; ');
}
