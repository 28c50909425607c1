// Tenant-supplied strings are text, never markup: the rendered HTML escapes them everywhere (page,
// SVG charts, page header and footer), the templates never use an unescaped form, and the page is
// self-contained behind a strict Content-Security-Policy. (The PDF side is in browser.test.ts.)

import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { DEFAULT_BRANDING } from '../../src/report/branding.js';
import { renderReport } from '../../src/report/render-html.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { HOSTILE, hostileArtifacts } from './helpers/report-fixtures.js';

const TEMPLATES = new URL('../../templates/', import.meta.url);
const templateFiles = [
  ...readdirSync(TEMPLATES).filter((f) => f.endsWith('.hbs')),
  ...readdirSync(new URL('partials/', TEMPLATES)).map((f) => `partials/${f}`),
];

describe('escaping tenant data in the report', () => {
  const artifacts = hostileArtifacts();
  const { html, pageHeader, pageFooter } = renderReport(
    buildViewModel({ ...artifacts, branding: DEFAULT_BRANDING, catalogue: artifacts.checkSet.checks }),
  );

  it('the hostile strings reach the report (so the assertions below test something)', () => {
    const { results } = artifacts;
    expect(results.tenant.displayName).to.include(HOSTILE.script);
    const sspr01 = results.checks.find((c) => c.id === 'SSPR-01')!;
    expect(sspr01.evidence.affected!.rows.map((r) => r.displayName)).to.include.members([
      HOSTILE.img,
      HOSTILE.handlebars,
      HOSTILE.quote,
    ]);
    expect(results.metrics.resets.topFailureReasons.map((r) => r.reason)).to.include(HOSTILE.img);
  });

  it('prints them escaped, as text, in the page', () => {
    expect(html).to.include('Contoso &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).to.include('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).to.include('{{constructor}}');
    expect(html).to.include('&quot; onmouseover&#x3D;&quot;alert(1)');
    expect(html).to.include('Mallory &lt;script&gt;');
  });

  it('leaves no markup of theirs: no script, no img, no injected attribute', () => {
    expect(html).to.not.match(/<script/i);
    expect(html).to.not.match(/<img/i);
    expect(html).to.not.match(/onerror=|onmouseover=/i);
  });

  it('escapes them inside the SVG charts too', () => {
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    const failureChart = svgs.find((s) => s.includes('Top reset failure reasons'))!;
    expect(failureChart).to.include('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(failureChart).to.include('{{constructor}}');
  });

  it('escapes the tenant name in the PDF page header and footer', () => {
    for (const t of [pageHeader, pageFooter]) {
      expect(t).to.include('Contoso &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(t).to.not.match(/<script/i);
    }
    expect(pageFooter)
      .to.include('<span class="pageNumber"></span>')
      .and.include('<span class="totalPages"></span>');
  });

  it('is self-contained: a strict CSP, no external resource, only data: images', () => {
    expect(html).to.include(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    );
    expect(html).to.not.match(/<link\b|<iframe|<object|<embed|@import/i);
    for (const [, src] of html.matchAll(/\ssrc="([^"]*)"/g)) expect(src).to.match(/^data:/);
    for (const [, url] of html.matchAll(/url\(([^)]*)\)/g)) expect(url).to.match(/^['"]?data:/);
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g))
      expect(href).to.match(/^(#|https:\/\/learn\.microsoft\.com\/)/);
  });

  it('no template uses an unescaped form, and no code registers a helper', () => {
    for (const f of templateFiles) {
      const text = readFileSync(new URL(f, TEMPLATES), 'utf8');
      expect(text, f).to.not.include('{{{');
      expect(text, f).to.not.match(/\{\{&/);
    }
    const renderer = readFileSync(new URL('../../src/report/render-html.ts', import.meta.url), 'utf8');
    expect(renderer).to.not.match(/registerHelper|SafeString/);
  });
});
