// Renders the fleet view model with Handlebars (templates/fleet/), HTML-escaping every value; the
// stylesheet and the numeric sparkline SVGs are the only raw insertions.

import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { FleetViewModel } from './fleet-view-model.js';

const TEMPLATES = new URL('../../../templates/fleet/', import.meta.url);
let compiled: Handlebars.TemplateDelegate | undefined;
let css: string | undefined;

export function renderFleetHtml(model: FleetViewModel): string {
  if (!compiled) {
    const hbs = Handlebars.create();
    compiled = hbs.compile(readFileSync(new URL('fleet-report.hbs', TEMPLATES), 'utf8'), {
      strict: false,
      noEscape: false,
    });
    css = readFileSync(new URL('fleet-report.css', TEMPLATES), 'utf8');
  }
  return compiled({ ...model, css });
}
