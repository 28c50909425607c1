// The headline figures, worded and rounded once, for every output: the CLI summary, HTML/PDF, CSV
// and XLSX all print these strings, so no two outputs can disagree (one rounding rule: scores to one
// decimal, half up; percentages rounded DOWN, so a threshold the tenant missed never looks met).

import type { Results } from '../results/types.js';
import { formatCount, formatPercent, formatScore } from './view/format.js';

export interface HeadlineFigures {
  score: string;
  grade: string;
  coverage: string;
  scoreWithoutAcceptedRisks: string;
  gradeWithoutAcceptedRisks: string;
  coverageWithoutAcceptedRisks: string;
  baseline: string;
  /** Members who can reset their own password today, "N of M". */
  canReset: string;
  /** The conclusion sentence with that number. */
  conclusion: string;
}

export function headlineFigures(r: Results): HeadlineFigures {
  const without = r.scoreWithoutAcceptedRisks ?? r.score;
  const pop = r.population;
  const canReset =
    pop && pop.source !== 'none'
      ? `${formatCount(pop.all.capable)} of ${formatCount(pop.all.members)}`
      : 'unknown';
  const share = pop && pop.all.members > 0 ? ` (${formatPercent(pop.all.capable / pop.all.members, 0)})` : '';
  const conclusion =
    pop && pop.source !== 'none'
      ? `${canReset} members${share} can reset their own password today.`
      : 'How many members can reset their own password could not be measured (no registration report).';
  return {
    score: formatScore(r.score.value),
    grade: r.score.grade,
    coverage: formatPercent(r.score.coverage, 0),
    scoreWithoutAcceptedRisks: formatScore(without.value),
    gradeWithoutAcceptedRisks: without.grade,
    coverageWithoutAcceptedRisks: formatPercent(without.coverage, 0),
    baseline: r.baseline
      ? `${r.baseline.name} ${r.baseline.version} (${r.baseline.id})`
      : 'Control ID-03 guide',
    canReset,
    conclusion,
  };
}

export const cliSummaryFigures = headlineFigures;
