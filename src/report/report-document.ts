// The rendered report for one run, built once and shared by the HTML and PDF writers (so both carry
// exactly the same content and the branding file is read once).

import type { RunArtifacts } from '../output/artifacts.js';
import { loadBranding } from './branding.js';
import { renderReport, type RenderedReport } from './render-html.js';
import { buildViewModel } from './view-model.js';

const rendered = new WeakMap<RunArtifacts, RenderedReport>();

export function reportDocument(artifacts: RunArtifacts): RenderedReport {
  let doc = rendered.get(artifacts);
  if (!doc) {
    const view = buildViewModel({
      results: artifacts.results,
      snapshot: artifacts.snapshot,
      previous: artifacts.previous,
      branding: loadBranding(artifacts.brandingFile),
      catalogue: artifacts.checkSet.checks,
    });
    doc = renderReport(view);
    rendered.set(artifacts, doc);
  }
  return doc;
}
