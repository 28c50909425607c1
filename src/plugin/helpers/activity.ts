// The SSPR activity arithmetic, in one place so SSPR-21, SSPR-22 and the results metrics agree:
// the window, reset attempts and successes (userEventsSummary, else the directory audits), the
// failure-reason tally, self-service unlocks and registration counts. A directory audit whose result
// is null (Graph allows it) is neither a success nor a failure and is not an attempt: it is left out
// and counted (ResetTally.leftOut). Registrations count SSPR-usable methods only (usageAuthMethod set).

import { answered } from '../../engine/source-reason.js';
import type { DirectoryAudit, Snapshot, UserEventSummary } from '../../snapshot/types.js';
import { AUDIT_RESULT, FEATURE, SSPR_ACTIVITY_METHODS } from './graph-vocabulary.js';

/** Methods SSPR can use, as the activity reports' authMethod (usageAuthMethod) names them. */
export const SSPR_ACTIVITY_METHOD_SET: ReadonlySet<string> = new Set(SSPR_ACTIVITY_METHODS);

export const DEFAULT_WINDOW_DAYS = 30;

/** The audit activity names of the Self-service Password Management service that count here. */
export const AUDIT_ACTIVITY = {
  reset: 'Reset password (self-service)',
  unlock: 'Unlock user account (self-service)',
} as const;

/** Shown when a failed attempt carries no reason text. */
export const NO_REASON = 'No reason given';
/** The method of an attempt whose source does not record one (the audits never do). */
export const UNKNOWN_METHOD = 'unknown';

export interface ActivityWindow {
  from: Date;
  to: Date;
}

/** The last `days` days before the scan time `now`. */
export function activityWindow(now: Date, days = DEFAULT_WINDOW_DAYS): ActivityWindow {
  return { from: new Date(now.getTime() - days * 86_400_000), to: now };
}

/** True when the timestamp lies in the window (both ends included); unparseable times are out. */
export function inWindow(iso: string | undefined, w: ActivityWindow): boolean {
  const t = iso ? Date.parse(iso) : NaN;
  return !Number.isNaN(t) && t >= w.from.getTime() && t <= w.to.getTime();
}

export type ResetSource = 'userEventsSummary' | 'directoryAudits';

export interface ReasonCount {
  reason: string;
  count: number;
}

export interface MethodCount {
  attempts: number;
  succeeded: number;
}

export interface ResetTally {
  source: ResetSource;
  attempts: number;
  succeeded: number;
  /** Failed attempts by reason, most frequent first, ties by reason. */
  failureReasons: ReasonCount[];
  byMethod: Record<string, MethodCount>;
  /** Reset audits in the window left out because their result is null. */
  leftOut: number;
}

interface ResetEvent {
  success: boolean;
  method: string;
  reason: string;
}

const eventsSummaryResets = (rows: UserEventSummary[], w: ActivityWindow): ResetEvent[] =>
  rows
    .filter((r) => r.feature === FEATURE.reset && inWindow(r.eventDateTime, w))
    .map((r) => ({
      success: r.isSuccess === true,
      method: r.authMethod || UNKNOWN_METHOD,
      reason: r.failureReason?.trim() || NO_REASON,
    }));

// A timeout without reason text is still worth telling apart from a plain failure.
const auditReason = (a: DirectoryAudit): string =>
  a.resultReason?.trim() || (a.result === AUDIT_RESULT.failure ? NO_REASON : (a.result ?? NO_REASON));

const auditResetRows = (rows: DirectoryAudit[], w: ActivityWindow): DirectoryAudit[] =>
  rows.filter((a) => a.activityDisplayName === AUDIT_ACTIVITY.reset && inWindow(a.activityDateTime, w));

const auditResets = (rows: DirectoryAudit[]): ResetEvent[] =>
  rows
    .filter((a) => a.result !== null && a.result !== undefined)
    .map((a) => ({
      success: a.result === AUDIT_RESULT.success,
      method: UNKNOWN_METHOD,
      reason: auditReason(a),
    }));

/** Sorts reason counts: count descending, then reason ascending, so output is deterministic. */
export function rankReasons(counts: Map<string, number>): ReasonCount[] {
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
}

function tally(source: ResetSource, events: ResetEvent[], leftOut = 0): ResetTally {
  const reasons = new Map<string, number>();
  const byMethod: Record<string, MethodCount> = {};
  for (const e of events) {
    const m = (byMethod[e.method] ??= { attempts: 0, succeeded: 0 });
    m.attempts += 1;
    if (e.success) m.succeeded += 1;
    else reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
  }
  const succeeded = events.filter((e) => e.success).length;
  return {
    source,
    attempts: events.length,
    succeeded,
    failureReasons: rankReasons(reasons),
    byMethod,
    leftOut,
  };
}

/**
 * Self-service reset attempts in the window: from userEventsSummary (feature 'reset') when it
 * answered, else from the directory audits ('Reset password (self-service)'); undefined when neither did.
 */
export function resetTally(s: Snapshot, w: ActivityWindow): ResetTally | undefined {
  if (answered(s, 'userEventsSummary')) {
    return tally('userEventsSummary', eventsSummaryResets(s.sources.userEventsSummary.data ?? [], w));
  }
  if (answered(s, 'directoryAudits')) {
    const rows = auditResetRows(s.sources.directoryAudits.data ?? [], w);
    const events = auditResets(rows);
    return tally('directoryAudits', events, rows.length - events.length);
  }
  return undefined;
}

/** 'Unlock user account (self-service)' audit events in the window; undefined when the audits did not answer. */
export function unlockCount(s: Snapshot, w: ActivityWindow): number | undefined {
  if (!answered(s, 'directoryAudits')) return undefined;
  return (s.sources.directoryAudits.data ?? []).filter(
    (a) => a.activityDisplayName === AUDIT_ACTIVITY.unlock && inWindow(a.activityDateTime, w),
  ).length;
}

export interface RegistrationActivity {
  /** Registration attempts (successful and failed) of SSPR-usable methods in userRegistrationActivity(period='d30'); undefined when it did not answer. */
  registrationActivity?: number;
  /** userEventsSummary rows with feature 'registration' and an SSPR-usable method in the window; undefined when it did not answer. */
  eventsSummary?: number;
  /**
   * The registration part answered: at least one of the registration reports that was called
   * answered (a report recorded `skipped`, e.g. delegated-only under an application sign-in, was not
   * called). True also when neither was called: a skipped source never blocks a check.
   */
  answered: boolean;
}

const REGISTRATION_SOURCES = ['userRegistrationActivity', 'userEventsSummary'] as const;

/**
 * Registration activity of SSPR-usable methods (a passkey or Windows Hello registration is not SSPR
 * use) from each report that answered. userRegistrationActivity is already aggregated by Graph over
 * its own 30-day period, so the window cannot be applied to it.
 */
export function registrationActivity(s: Snapshot, w: ActivityWindow): RegistrationActivity {
  const called = REGISTRATION_SOURCES.filter((n) => s.sources[n].outcome.status !== 'skipped');
  const out: RegistrationActivity = {
    answered: called.length === 0 || called.some((n) => answered(s, n)),
  };
  if (answered(s, 'userRegistrationActivity')) {
    out.registrationActivity = (s.sources.userRegistrationActivity.data ?? [])
      .filter((r) => r.feature === FEATURE.registration && SSPR_ACTIVITY_METHOD_SET.has(r.authMethod))
      .reduce((sum, r) => sum + (r.successfulActivityCount || 0) + (r.failureActivityCount || 0), 0);
  }
  if (answered(s, 'userEventsSummary')) {
    out.eventsSummary = (s.sources.userEventsSummary.data ?? []).filter(
      (r) =>
        r.feature === FEATURE.registration &&
        SSPR_ACTIVITY_METHOD_SET.has(r.authMethod ?? '') &&
        inWindow(r.eventDateTime, w),
    ).length;
  }
  return out;
}
