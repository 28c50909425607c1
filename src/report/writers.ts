// The report writers by format (json, snapshot and manifest are written by src/output/write-run.ts).

import type { ReportWriter } from '../output/artifacts.js';
import type { Format } from '../output/formats.js';

export const REPORT_WRITERS: Partial<Record<Format, ReportWriter>> = {};
