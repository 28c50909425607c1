// Writes the fleet report into <out>/, each file atomically: fleet-report.html and fleet-summary.json
// always (the fleet's page is the point of a fleet run, whatever formats the tenants get), and
// fleet-report.pdf through the report printer when the formats include pdf.

import { join } from 'node:path';
import type { Format } from '../../output/formats.js';
import { fleetXlsx } from '../../report/fleet-xlsx.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import type { FleetPassSummary } from '../run-fleet-pass.js';
import { fleetSummary } from './fleet-summary.js';
import type { FleetViewModel } from './fleet-view-model.js';
import { renderFleetReport, type RenderedFleetReport } from './render-fleet-html.js';

/** Prints the rendered report to PDF bytes (the report printer: one browser for the whole fleet). */
export type FleetPdfPrinter = (report: RenderedFleetReport) => Promise<Uint8Array>;

export const FLEET_FILES = {
  html: 'fleet-report.html',
  pdf: 'fleet-report.pdf',
  summary: 'fleet-summary.json',
  xlsx: 'fleet-report.xlsx',
} as const;

export async function writeFleetReport(
  model: FleetViewModel,
  summary: FleetPassSummary,
  out: string,
  formats: readonly Format[],
  printPdf?: FleetPdfPrinter,
): Promise<string[]> {
  const files: string[] = [];
  const rendered = renderFleetReport(model);
  writeFileAtomic(join(out, FLEET_FILES.html), rendered.html);
  files.push(FLEET_FILES.html);
  if (formats.includes('pdf') && printPdf) {
    writeFileAtomic(join(out, FLEET_FILES.pdf), await printPdf(rendered));
    files.push(FLEET_FILES.pdf);
  }
  if (formats.includes('xlsx')) {
    writeFileAtomic(join(out, FLEET_FILES.xlsx), await fleetXlsx(summary));
    files.push(FLEET_FILES.xlsx);
  }
  writeFileAtomic(join(out, FLEET_FILES.summary), `${JSON.stringify(fleetSummary(summary), null, 2)}\n`);
  files.push(FLEET_FILES.summary);
  return files;
}
