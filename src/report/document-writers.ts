// The HTML and PDF writers: report.html (self-contained) and report.pdf, from the same rendered report.

import { join } from 'node:path';
import type { ReportWriter } from '../output/artifacts.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { PdfPrinter } from './pdf-printer.js';
import { reportDocument } from './report-document.js';

export const writeHtmlReport: ReportWriter = async (artifacts, outDir) => {
  writeFileAtomic(join(outDir, 'report.html'), reportDocument(artifacts).html);
  return ['report.html'];
};

/**
 * A PDF writer. Given a printer (a fleet run keeps one browser for every tenant), it prints with
 * it and leaves it open; without one, it starts a browser for this report and closes it after.
 */
export function createPdfWriter(printer?: PdfPrinter): ReportWriter {
  return async (artifacts, outDir) => {
    const doc = reportDocument(artifacts);
    const own = printer ?? (await PdfPrinter.launch({ chromePath: artifacts.chromePath }));
    try {
      const pdf = await own.print({
        html: doc.html,
        headerTemplate: doc.pageHeader,
        footerTemplate: doc.pageFooter,
      });
      writeFileAtomic(join(outDir, 'report.pdf'), pdf);
    } finally {
      if (!printer) await own.close();
    }
    return ['report.pdf'];
  };
}

export const writePdfReport: ReportWriter = createPdfWriter();
