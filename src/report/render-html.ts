// Renders the view model with the Handlebars templates in templates/: the report page, and the
// page header and footer Chromium prints on every PDF page. Every value goes through {{ }} (HTML-escaped);
// no helper is registered, so nothing can hand tenant data to the page unescaped.

import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT_URL } from '../util/package-root.js';
import type { ReportViewModel } from './view-model.js';

const TEMPLATE_DIR = new URL('templates/', PACKAGE_ROOT_URL);

export interface RenderedReport {
  html: string;
  /** Chromium headerTemplate / footerTemplate (escaped the same way as the page). */
  pageHeader: string;
  pageFooter: string;
}

interface CompiledTemplates {
  report: Handlebars.TemplateDelegate<ReportViewModel>;
  header: Handlebars.TemplateDelegate<ReportViewModel>;
  footer: Handlebars.TemplateDelegate<ReportViewModel>;
}

let compiled: CompiledTemplates | undefined;

const read = (name: string) => readFileSync(new URL(name, TEMPLATE_DIR), 'utf8');

/**
 * Compiles the templates once per process. `strict` makes a template that names a field the view
 * model lacks fail loudly instead of printing nothing.
 */
function templates(): CompiledTemplates {
  if (compiled) return compiled;
  const hbs = Handlebars.create();
  const options: CompileOptions = { strict: true };
  for (const file of readdirSync(new URL('partials/', TEMPLATE_DIR)).filter((f) => f.endsWith('.hbs'))) {
    hbs.registerPartial(file.slice(0, -'.hbs'.length), hbs.compile(read(`partials/${file}`), options));
  }
  // Our own stylesheet, static text: a partial, so no triple-stash appears anywhere in the templates.
  hbs.registerPartial('styles', read('report.css'));
  compiled = {
    report: hbs.compile<ReportViewModel>(read('report.hbs'), options),
    header: hbs.compile<ReportViewModel>(read('page-header.hbs'), options),
    footer: hbs.compile<ReportViewModel>(read('page-footer.hbs'), options),
  };
  return compiled;
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

export function renderReport(view: ReportViewModel): RenderedReport {
  const t = templates();
  return { html: t.report(view), pageHeader: t.header(view), pageFooter: t.footer(view) };
}
