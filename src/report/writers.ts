// The report writers by format (json, snapshot and manifest are written by src/output/write-run.ts).

import type { ReportWriter } from '../output/artifacts.js';
import type { Format } from '../output/formats.js';
import { writeHtmlReport, writePdfReport } from './document-writers.js';
import { writeCsvReports, writeJunitReport, writeSarifReport, writeXlsxReport } from './machine-writers.js';

export const REPORT_WRITERS: Partial<Record<Format, ReportWriter>> = {
  html: writeHtmlReport,
  pdf: writePdfReport,
  csv: writeCsvReports,
  junit: writeJunitReport,
  sarif: writeSarifReport,
  xlsx: writeXlsxReport,
};
