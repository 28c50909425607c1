// Score, grade and coverage, exactly as CHECKS.md "Score" defines them.

import { SEVERITY_WEIGHT, type Severity, type Status } from '../engine/types.js';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';
const CREDIT: Partial<Record<Status, number>> = { pass: 1, warn: 0.5, fail: 0 };

export interface Scored {
  severity: Severity;
  status: Status;
}

/**
 * score = 100 × Σ(weight × credit) / Σ(weight) over pass/warn/fail checks;
 * coverage = weight of pass/warn/fail / weight of all checks that are not not_applicable.
 * A critical fail caps the grade at D. Unrounded: round only when printing.
 */
export function score(checks: readonly Scored[]): {
  value: number;
  grade: Grade;
  coverage: number;
  gradeCapped: boolean;
} {
  let earned = 0;
  let scoredWeight = 0;
  let applicableWeight = 0;
  let criticalFail = false;
  for (const c of checks) {
    const weight = SEVERITY_WEIGHT[c.severity];
    if (c.status !== 'not_applicable') applicableWeight += weight;
    const credit = CREDIT[c.status];
    if (credit === undefined) continue;
    scoredWeight += weight;
    earned += weight * credit;
    if (c.status === 'fail' && c.severity === 'critical') criticalFail = true;
  }
  const value = scoredWeight === 0 ? 0 : (100 * earned) / scoredWeight;
  const coverage = applicableWeight === 0 ? 0 : scoredWeight / applicableWeight;
  const uncapped = gradeFor(value);
  const grade = criticalFail && uncapped < 'D' ? 'D' : uncapped;
  return { value, grade, coverage, gradeCapped: grade !== uncapped };
}

export function gradeFor(value: number): Grade {
  return value >= 90 ? 'A' : value >= 80 ? 'B' : value >= 70 ? 'C' : value >= 60 ? 'D' : 'F';
}
