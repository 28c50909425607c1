// Rate thresholds shared by the coverage and success-rate checks (SSPR-14, 15, 18, 21).

import type { Verdict } from '../../engine/types.js';

/** Rate options as profiles set them: fractions in [0, 1]. */
export interface RateThresholds {
  passRate: number;
  warnRate: number;
}

// Rates are quotients of counts, so 19/20 must meet 0.95 however the division rounds.
const EPSILON = 1e-9;

/** True when `value` reaches `threshold` (inclusive), tolerant of floating-point noise. */
export function atLeast(value: number, threshold: number): boolean {
  return value + EPSILON >= threshold;
}

/** pass at or above passRate, warn at or above warnRate, else fail. */
export function rateVerdict(rate: number, t: RateThresholds): Verdict {
  return atLeast(rate, t.passRate) ? 'pass' : atLeast(rate, t.warnRate) ? 'warn' : 'fail';
}
