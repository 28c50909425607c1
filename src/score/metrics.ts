// The usage metrics of results.json: registration from userRegistrationDetails (members only),
// resets and unlocks over the last 30 days before the scan time. The activity arithmetic is the
// one SSPR-21 and SSPR-22 use (src/plugin/helpers/activity.ts), so the metrics and the checks agree.

import { activityWindow, DEFAULT_WINDOW_DAYS, resetTally, unlockCount } from '../plugin/helpers/activity.js';
import { members, SSPR_USABLE_METHODS, ssprMethods } from '../plugin/helpers/population.js';
import { troubleshootingFor } from '../plugin/helpers/reset-failure-troubleshooting.js';
import type { Metrics } from '../results/types.js';
import type { Snapshot } from '../snapshot/types.js';

/** How many failure reasons results.json lists. */
export const TOP_FAILURE_REASONS = 5;

const methodBucket = (n: number): string => (n >= 3 ? '3+' : String(n));

function registrationMetrics(s: Snapshot): Metrics['registration'] {
  const all = members(s);
  if (!all) return { enabled: 0, registered: 0, capable: 0, coverage: null, source: 'none' };
  const enabled = all.filter((u) => u.isSsprEnabled);
  const registered = enabled.filter((u) => u.isSsprRegistered).length;
  // isSsprCapable is enabled && registered by definition; older exports may lack the field.
  const capable = all.filter((u) =>
    typeof u.isSsprCapable === 'boolean' ? u.isSsprCapable : u.isSsprEnabled && u.isSsprRegistered,
  ).length;
  const methodCounts: Record<string, number> = { '0': 0, '1': 0, '2': 0, '3+': 0 };
  const byMethod: Record<string, number> = Object.fromEntries([...SSPR_USABLE_METHODS].map((m) => [m, 0]));
  for (const u of all) {
    const held = ssprMethods(u);
    methodCounts[methodBucket(held.length)] += 1;
    for (const m of held) byMethod[m] += 1;
  }
  return {
    enabled: enabled.length,
    registered,
    capable,
    coverage: enabled.length > 0 ? registered / enabled.length : null,
    methodCounts,
    byMethod,
    source: 'userRegistrationDetails',
  };
}

function resetMetrics(s: Snapshot, window: ReturnType<typeof activityWindow>): Metrics['resets'] {
  const tally = resetTally(s, window);
  const unlocks = unlockCount(s, window) ?? 0;
  if (!tally)
    return {
      attempts: 0,
      succeeded: 0,
      successRate: null,
      topFailureReasons: [],
      byMethod: {},
      unlocks,
      source: 'none',
    };
  return {
    attempts: tally.attempts,
    succeeded: tally.succeeded,
    successRate: tally.attempts > 0 ? tally.succeeded / tally.attempts : null,
    // failureReasons is already ranked (count desc, reason asc).
    topFailureReasons: tally.failureReasons
      .slice(0, TOP_FAILURE_REASONS)
      .map((r) => ({ reason: r.reason, count: r.count, troubleshooting: troubleshootingFor(r.reason) })),
    byMethod: tally.byMethod,
    unlocks,
    source: tally.source,
  };
}

/** The metrics block of results.json; the window ends at the scan time (snapshot.collectedAt). */
export function computeMetrics(snapshot: Snapshot, windowDays: number = DEFAULT_WINDOW_DAYS): Metrics {
  const window = activityWindow(new Date(snapshot.collectedAt), windowDays);
  return {
    registration: registrationMetrics(snapshot),
    resets: resetMetrics(snapshot, window),
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
  };
}
