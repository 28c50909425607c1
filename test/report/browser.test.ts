// The report in the real browser (Debian Chromium through puppeteer-core), read back with poppler:
// every check and troubleshooting entry present, "Page N of M" on every page, A4, tagged, no blank
// page, working internal links and bookmarks, hostile names printed as text, JavaScript off and no
// network request. One shared printer keeps the suite fast; skipped only when no Chromium exists.

import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TROUBLESHOOTING } from '../../checks/troubleshooting.js';
import { writeRun } from '../../src/output/write-run.js';
import { findBrowser } from '../../src/report/find-browser.js';
import { PdfPrinter } from '../../src/report/pdf-printer.js';
import { reportDocument } from '../../src/report/report-document.js';
import { tempDir } from '../helpers/run-cli.js';
import {
  pageInk,
  pdfDestinations,
  pdfInfo,
  pdfInternalLinks,
  pdfOutlineTitles,
  pdfText,
} from './helpers/pdf-tools.js';
import { demoArtifacts, HOSTILE, hostileArtifacts, PNG_1X1 } from './helpers/report-fixtures.js';

/** A page whose body holds less ink than this is blank (one line of text is about 0.5%). */
const BLANK_PAGE_INK = 0.002;

describe('report in the real browser', function () {
  this.timeout(120_000);
  let printer: PdfPrinter;
  const dir = tempDir('sspr-browser-');

  before(async function () {
    try {
      findBrowser();
    } catch (err) {
      console.log(`      (skipping the browser tests: ${(err as Error).message})`);
      this.skip();
    }
    printer = await PdfPrinter.launch();
  });
  after(async () => {
    await printer?.close();
  });

  describe('the demo tenant, written by writeRun with an MSP branding file', () => {
    const out = join(dir, 'demo');
    const artifacts = demoArtifacts();
    let pdf: string;
    let text: string;
    let pages: number;

    before(async function () {
      writeFileSync(join(dir, 'logo.png'), PNG_1X1);
      const branding = join(dir, 'branding.yaml');
      writeFileSync(
        branding,
        'companyName: Northwind Managed Services\nlogo: logo.png\ncolors:\n  primary: "#004d40"\n  accent: "#00796b"\nfooterText: Confidential — prepared for the client\n',
      );
      // The registered pdf writer starts and closes its own browser: this is the path `sspr-audit demo` takes.
      await writeRun({ ...artifacts, brandingFile: branding }, out, ['html', 'pdf', 'json']);
      pdf = join(out, 'report.pdf');
      text = pdfText(pdf);
      pages = Number(pdfInfo(pdf).Pages);
    });

    it('writes report.html and report.pdf beside results.json, all in the manifest', () => {
      for (const f of ['report.html', 'report.pdf', 'results.json', 'manifest.json'])
        expect(existsSync(join(out, f)), f).to.equal(true);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      expect(Object.keys(manifest.files)).to.include.members(['report.html', 'report.pdf', 'results.json']);
      expect(text).to.include(manifest.files['results.json'].sha256);
    });

    it('shows every check ID of the results and every troubleshooting entry', () => {
      for (const c of artifacts.results.checks) expect(text, c.id).to.include(`${c.id} ${c.title}`);
      for (const t of TROUBLESHOOTING) expect(text, t.id).to.include(t.id);
    });

    it('prints "Page N of M", the tenant name and the branding on every page', () => {
      expect(pages).to.be.greaterThan(10);
      const perPage = text.split('\f').slice(0, pages);
      for (const [i, page] of perPage.entries()) {
        expect(page, `page ${i + 1}`).to.include(`Page ${i + 1} of ${pages}`);
        expect(page, `page ${i + 1}`).to.include(artifacts.results.tenant.displayName);
        expect(page, `page ${i + 1}`).to.include('Northwind Managed Services');
        expect(page, `page ${i + 1}`).to.include('Confidential — prepared for the client');
      }
    });

    it('is A4 and tagged, with no JavaScript', () => {
      const info = pdfInfo(pdf);
      expect(info['Page size']).to.include('(A4)');
      expect(info.Tagged).to.equal('yes');
      expect(info.JavaScript).to.equal('no');
      expect(info.Title).to.equal(`SSPR audit — ${artifacts.results.tenant.displayName} — 20 Nov 2026`);
    });

    it('has no blank page', () => {
      const ink = pageInk(pdf);
      expect(ink).to.have.length(pages);
      ink.forEach((share, i) => expect(share, `page ${i + 1} ink`).to.be.greaterThan(BLANK_PAGE_INK));
    });

    it('links each check to its troubleshooting entries and back, inside the PDF', () => {
      const destinations = new Set(pdfDestinations(pdf));
      const links = pdfInternalLinks(pdf);
      for (const c of artifacts.results.checks)
        expect(destinations, c.id).to.include(`check-${c.id.toLowerCase()}`);
      for (const t of TROUBLESHOOTING) {
        expect(destinations, t.id).to.include(t.id.toLowerCase());
        expect(links, `a link to ${t.id}`).to.include(t.id.toLowerCase());
      }
      for (const target of links) expect(destinations, `link target ${target}`).to.include(target);
      const cited = artifacts.results.checks.filter((c) => c.remediation.troubleshooting.length > 0);
      for (const c of cited)
        expect(links, `a link back to ${c.id}`).to.include(`check-${c.id.toLowerCase()}`);
    });

    it('has bookmarks for the chapters, every check and every troubleshooting entry', () => {
      const titles = pdfOutlineTitles(pdf);
      for (const c of artifacts.results.checks) expect(titles, c.id).to.include(`${c.id} ${c.title}`);
      for (const t of TROUBLESHOOTING)
        expect(
          titles.some((x) => x.startsWith(t.id)),
          t.id,
        ).to.equal(true);
      expect(titles).to.include.members([
        'Executive summary',
        'Verification checklist',
        'Metrics',
        'Sign-off',
      ]);
      expect(titles).to.not.include('Evidence');
    });

    it('inlines the logo as a data URI in a self-contained HTML file', () => {
      // Handlebars writes "=" as &#x3D; (the same character once parsed).
      const html = readFileSync(join(out, 'report.html'), 'utf8').replace(/&#x3D;/g, '=');
      expect(html).to.include(`src="data:image/png;base64,${PNG_1X1.toString('base64')}"`);
      expect(html).to.include('--primary: #004d40');
    });
  });

  it('prints hostile display names as text in the PDF', async () => {
    const doc = reportDocument(hostileArtifacts());
    const file = join(dir, 'hostile.pdf');
    writeFileSync(
      file,
      await printer.print({ html: doc.html, headerTemplate: doc.pageHeader, footerTemplate: doc.pageFooter }),
    );
    const text = pdfText(file);
    expect(text).to.include(HOSTILE.script);
    expect(text).to.include(HOSTILE.img);
    expect(text).to.include(HOSTILE.handlebars);
    expect(text).to.include(`Mallory ${HOSTILE.script}`);
    const pages = Number(pdfInfo(file).Pages);
    expect(text.split('\f')[pages - 1]).to.include(`Contoso ${HOSTILE.script}`);
  });

  describe('the page sandbox', () => {
    let server: Server;
    const hits: string[] = [];
    let connections = 0;
    let base: string;

    before(async () => {
      server = createServer((req, res) => {
        hits.push(req.url ?? '');
        res.end('x');
      });
      server.on('connection', () => (connections += 1));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('makes no network request and runs no script, even for a page without a CSP', async () => {
      const before = printer.blockedRequests.length;
      const html = `<!doctype html><html><head><title>original</title><link rel="stylesheet" href="${base}/style.css"></head>
        <body><h1>Sandbox</h1><img src="${base}/pixel.png"><iframe src="${base}/frame"></iframe>
        <script>document.title = 'script ran'; fetch('${base}/fetch');</script></body></html>`;
      const file = join(dir, 'sandbox.pdf');
      writeFileSync(
        file,
        await printer.print({ html, headerTemplate: '<span></span>', footerTemplate: '<span></span>' }),
      );
      expect(hits).to.deep.equal([]);
      expect(connections, 'TCP connections to the server').to.equal(0);
      expect(printer.blockedRequests.slice(before)).to.include.members([
        `${base}/style.css`,
        `${base}/pixel.png`,
        `${base}/frame`,
      ]);
      expect(pdfInfo(file).Title).to.equal('original');
    });
  });

  it('prints many reports with one browser, reusing its pages (one, or two at once)', async () => {
    const doc = reportDocument(demoArtifacts());
    const print = (p: PdfPrinter) =>
      p.print({ html: doc.html, headerTemplate: doc.pageHeader, footerTemplate: doc.pageFooter });
    const one = await Promise.all([1, 2, 3].map(() => print(printer)));
    const two = await PdfPrinter.launch({ pages: 2 });
    try {
      const both = await Promise.all([1, 2, 3, 4].map(() => print(two)));
      for (const pdf of [...one, ...both]) {
        expect(Buffer.from(pdf.subarray(0, 5)).toString()).to.equal('%PDF-');
        expect(pdf.length).to.be.within(one[0].length * 0.99, one[0].length * 1.01);
      }
    } finally {
      await two.close();
    }
    const landscape = join(dir, 'landscape.pdf');
    writeFileSync(
      landscape,
      await printer.print({
        html: doc.html,
        headerTemplate: doc.pageHeader,
        footerTemplate: doc.pageFooter,
        landscape: true,
      }),
    );
    expect(pdfInfo(landscape)['Page size']).to.equal('841.92 x 595.92 pts (A4)');
    const afterClose = await two
      .print({ html: '', headerTemplate: '', footerTemplate: '' })
      .catch((err: Error) => err);
    expect(afterClose).to.be.instanceOf(Error).with.property('message', 'the PDF printer is closed');
  });

  it('starts a new Chromium when the old one dies, instead of failing every later report', async () => {
    const doc = {
      html: '<!doctype html><title>t</title><p>after the crash</p>',
      headerTemplate: '<span></span>',
      footerTemplate: '<span></span>',
    };
    const others = new Set(childProcesses().map((p) => p.pid));
    const crashy = await PdfPrinter.launch();
    try {
      await crashy.print(doc);
      const chromium = childProcesses().filter((p) => !others.has(p.pid) && p.command.includes('chromium'));
      expect(chromium.length).to.be.greaterThan(0);
      for (const p of chromium) process.kill(p.pid, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const file = join(dir, 'after-crash.pdf');
      writeFileSync(file, await crashy.print(doc));
      expect(pdfText(file)).to.include('after the crash');
    } finally {
      await crashy.close();
    }
  });
});

/** This process's direct children (the browsers it launched over a pipe). */
function childProcesses(): Array<{ pid: number; command: string }> {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid
          ? [{ pid: Number(d), command: readFileSync(`/proc/${d}/cmdline`, 'utf8') }]
          : [];
      } catch {
        return [];
      }
    });
}
