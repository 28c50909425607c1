// Renders the fleet view model with Handlebars (templates/fleet/): the page, and the header and footer
// Chromium prints on every PDF page. Every value goes through {{ }} (HTML-escaped); the stylesheet and
// the sparkline are partials, so no triple-stash appears anywhere.

import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT_URL } from '../../util/package-root.js';
import type { FleetViewModel } from './fleet-view-model.js';

const TEMPLATES = new URL('templates/fleet/', PACKAGE_ROOT_URL);

export interface RenderedFleetReport {
  html: string;
  pageHeader: string;
  pageFooter: string;
}

interface Compiled {
  page: Handlebars.TemplateDelegate<FleetViewModel>;
  header: Handlebars.TemplateDelegate<FleetViewModel>;
  footer: Handlebars.TemplateDelegate<FleetViewModel>;
}

let compiled: Compiled | undefined;

const read = (name: string) => readFileSync(new URL(name, TEMPLATES), 'utf8');

function templates(): Compiled {
  if (compiled) return compiled;
  const hbs = Handlebars.create();
  for (const file of readdirSync(new URL('partials/', TEMPLATES)).filter((f) => f.endsWith('.hbs'))) {
    hbs.registerPartial(file.slice(0, -'.hbs'.length), hbs.compile(read(`partials/${file}`)));
  }
  compiled = {
    page: hbs.compile(read('fleet-report.hbs')),
    header: hbs.compile(read('page-header.hbs')),
    footer: hbs.compile(read('page-footer.hbs')),
  };
  return compiled;
}

export function renderFleetReport(model: FleetViewModel): RenderedFleetReport {
  const t = templates();
  return { html: t.page(model), pageHeader: t.header(model), pageFooter: t.footer(model) };
}
