// The machine-readable writers: results.csv + results-affected.csv, results.junit.xml, results.sarif.

import { join } from 'node:path';
import type { ReportWriter } from '../output/artifacts.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { junitXml } from './junit.js';
import { affectedCsv, resultsCsv } from './results-csv.js';
import { sarifLog } from './sarif.js';
import { resultsXlsx } from './xlsx.js';

export const writeCsvReports: ReportWriter = async ({ results }, outDir) => {
  writeFileAtomic(join(outDir, 'results.csv'), resultsCsv(results));
  writeFileAtomic(join(outDir, 'results-affected.csv'), affectedCsv(results));
  return ['results.csv', 'results-affected.csv'];
};

export const writeJunitReport: ReportWriter = async ({ results, checkSet }, outDir) => {
  writeFileAtomic(join(outDir, 'results.junit.xml'), junitXml(results, checkSet.checks));
  return ['results.junit.xml'];
};

export const writeSarifReport: ReportWriter = async ({ results, checkSet }, outDir) => {
  writeFileAtomic(
    join(outDir, 'results.sarif'),
    `${JSON.stringify(sarifLog(results, checkSet.checks), null, 2)}\n`,
  );
  return ['results.sarif'];
};

export const writeXlsxReport: ReportWriter = async ({ results }, outDir) => {
  writeFileAtomic(join(outDir, 'results.xlsx'), await resultsXlsx(results));
  return ['results.xlsx'];
};
