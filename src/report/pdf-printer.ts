// Prints report HTML to A4 PDF with puppeteer-core and the system Chromium. One printer keeps one
// browser and reuses one page across many reports (a fleet prints dozens); close() ends it and removes
// its temporary profile. Pages render with JavaScript disabled and every network request blocked.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { findBrowser, type BrowserSearch } from './find-browser.js';

/**
 * Flags verified on Debian Chromium (shared/spec/STACK.md §1). The dead proxy (loopback included) is a
 * second wall behind request interception: Chromium cannot even open a connection (it preconnects for
 * frames before interception decides), nor resolve a host name.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--mute-audio',
  '--hide-scrollbars',
  '--proxy-server=http://127.0.0.1:1',
  '--proxy-bypass-list=<-loopback>',
];

/** Margins leave room for the header and footer templates (without them Chromium prints none). */
export const PAGE_MARGINS = { top: '17mm', bottom: '15mm', left: '12mm', right: '12mm' } as const;

export interface PrintJob {
  html: string;
  headerTemplate: string;
  footerTemplate: string;
  /** A4 landscape (the fleet report's wide matrix); portrait by default. */
  landscape?: boolean;
}

export interface PrinterOptions extends BrowserSearch {
  /** Per-print limit for loading and printing one report. */
  timeoutMs?: number;
  /**
   * Pages printing at once, each reused from report to report (default 1). Two suit a fleet on a
   * 2-CPU machine: Chromium lays out one report while it writes the other's PDF.
   */
  pages?: number;
}

/** One reused page and the prints queued on it. */
interface Lane {
  page: Page | undefined;
  queue: Promise<unknown>;
  pending: number;
}

export class PdfPrinter {
  private browser: Browser | undefined;
  private profileDir: string | undefined;
  private restarting: Promise<void> | undefined;
  private readonly lanes: Lane[];
  private closed = false;
  /** Requests a page tried to make (all refused); a self-contained report makes none. */
  blockedRequests: string[] = [];

  private constructor(
    readonly executablePath: string,
    private readonly timeoutMs: number,
    pages: number,
  ) {
    this.lanes = Array.from({ length: Math.max(1, Math.floor(pages)) }, () => ({
      page: undefined,
      queue: Promise.resolve(),
      pending: 0,
    }));
  }

  /** The browser's process ID (for diagnostics and benchmarks); undefined while it is not running. */
  get browserPid(): number | undefined {
    return this.browser?.process()?.pid;
  }

  /** Finds the browser (BrowserNotFoundError when none) and starts it. */
  static async launch(options: PrinterOptions = {}): Promise<PdfPrinter> {
    const printer = new PdfPrinter(findBrowser(options), options.timeoutMs ?? 120_000, options.pages ?? 1);
    await printer.start();
    return printer;
  }

  private async start(): Promise<void> {
    this.profileDir = mkdtempSync(join(tmpdir(), 'sspr-chromium-'));
    try {
      this.browser = await puppeteer.launch({
        executablePath: this.executablePath,
        headless: true,
        pipe: true,
        userDataDir: this.profileDir,
        args: [...CHROMIUM_ARGS],
      });
    } catch (err) {
      this.removeProfile();
      throw new Error(`could not start Chromium (${this.executablePath}): ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  /** The running browser; if Chromium died (out of memory, killed), a new one, started once for all pages. */
  private async liveBrowser(): Promise<Browser> {
    if (this.browser?.connected) return this.browser;
    this.restarting ??= (async () => {
      await this.stop();
      await this.start();
    })().finally(() => (this.restarting = undefined));
    await this.restarting;
    return this.browser!;
  }

  /** A page with JavaScript off and a request filter that refuses everything but inline data. */
  private async freshPage(browser: Browser): Promise<Page> {
    const page = await browser.newPage();
    page.setDefaultTimeout(this.timeoutMs);
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().startsWith('data:')) {
        void request.continue();
        return;
      }
      this.blockedRequests.push(request.url());
      void request.abort('blockedbyclient');
    });
    return page;
  }

  /** Prints one report. Calls queue on the least busy page; each page serves one report at a time. */
  print(job: PrintJob): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error('the PDF printer is closed'));
    const lane = this.lanes.reduce((a, b) => (b.pending < a.pending ? b : a));
    lane.pending += 1;
    const run = lane.queue.then(() => this.printOn(lane, job)).finally(() => (lane.pending -= 1));
    lane.queue = run.catch(() => undefined);
    return run;
  }

  private async printOn(lane: Lane, job: PrintJob): Promise<Uint8Array> {
    const browser = await this.liveBrowser();
    if (!lane.page || lane.page.isClosed() || lane.page.browser() !== browser)
      lane.page = await this.freshPage(browser);
    else await lane.page.goto('about:blank'); // a new document: nothing (CSP, state) carries over from the last report
    const page = lane.page;
    try {
      await page.setContent(job.html, { waitUntil: 'load', timeout: this.timeoutMs });
      return await page.pdf({
        format: 'A4',
        landscape: job.landscape ?? false,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: job.headerTemplate,
        footerTemplate: job.footerTemplate,
        margin: PAGE_MARGINS,
        outline: true,
        tagged: true,
        timeout: this.timeoutMs,
      });
    } catch (err) {
      // Do not reuse a page left in an unknown state.
      await page.close().catch(() => undefined);
      lane.page = undefined;
      throw new Error(`printing the PDF failed: ${(err as Error).message}`, { cause: err });
    }
  }

  private async stop(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    for (const lane of this.lanes) lane.page = undefined;
    if (browser) await browser.close().catch(() => undefined);
    this.removeProfile();
  }

  private removeProfile(): void {
    if (this.profileDir) rmSync(this.profileDir, { recursive: true, force: true });
    this.profileDir = undefined;
  }

  /** Waits for queued prints, then closes the browser and removes its temporary profile. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.lanes.map((l) => l.queue));
    await this.stop();
  }
}
