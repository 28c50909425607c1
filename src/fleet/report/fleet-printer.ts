// One Chromium for a whole fleet process (the report printer keeps one browser, two reused pages): every
// tenant's report.pdf and the fleet report print with it. Started on the first PDF, closed at the end.

import type { ReportWriter } from '../../output/artifacts.js';
import { createPdfWriter } from '../../report/document-writers.js';
import { PdfPrinter } from '../../report/pdf-printer.js';
import type { FleetPdfPrinter } from './write-fleet-report.js';

export class FleetPrinter {
  private printer: Promise<PdfPrinter> | undefined;
  /** PDFs printed (tenant reports and fleet reports). */
  printed = 0;

  constructor(private readonly chromePath?: string) {}

  private started(): Promise<PdfPrinter> {
    this.printer ??= PdfPrinter.launch({ chromePath: this.chromePath, pages: 2 });
    return this.printer;
  }

  /** The per-tenant report.pdf writer, printing with the shared browser. */
  readonly pdfWriter: ReportWriter = async (artifacts, outDir) => {
    const files = await createPdfWriter(await this.started())(artifacts, outDir);
    this.printed++;
    return files;
  };

  /** The fleet report, A4 landscape (its matrix is wide). */
  readonly printFleet: FleetPdfPrinter = async (report) => {
    const pdf = await (
      await this.started()
    ).print({
      html: report.html,
      headerTemplate: report.pageHeader,
      footerTemplate: report.pageFooter,
      landscape: true,
    });
    this.printed++;
    return pdf;
  };

  async close(): Promise<void> {
    const printer = await this.printer?.catch(() => undefined);
    this.printer = undefined;
    await printer?.close();
  }
}
