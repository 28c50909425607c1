// Finding Chromium: --chrome-path, then PUPPETEER_EXECUTABLE_PATH, then the system browsers; a clear
// error naming everything tried, which the CLI turns into exit 2 before writing anything.

import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserNotFoundError, findBrowser, SYSTEM_BROWSERS } from '../../src/report/find-browser.js';
import { InputError } from '../../src/util/input-error.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

/** Any executable file stands in for a browser here: finding is not launching. */
const EXECUTABLE = process.execPath;

describe('finding the browser', () => {
  it('uses --chrome-path when given', () => {
    expect(findBrowser({ chromePath: EXECUTABLE, env: {}, candidates: [] })).to.equal(EXECUTABLE);
  });

  it('uses PUPPETEER_EXECUTABLE_PATH when there is no --chrome-path, and --chrome-path over it', () => {
    expect(findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: EXECUTABLE }, candidates: [] })).to.equal(
      EXECUTABLE,
    );
    expect(() =>
      findBrowser({ chromePath: EXECUTABLE, env: { PUPPETEER_EXECUTABLE_PATH: '/nope' }, candidates: [] }),
    ).to.not.throw();
  });

  it('takes the first system browser that exists, the real Debian binary first', () => {
    expect(SYSTEM_BROWSERS[0]).to.equal('/usr/lib/chromium/chromium');
    expect(findBrowser({ env: {}, candidates: ['/nope/chromium', EXECUTABLE, '/bin/sh'] })).to.equal(
      EXECUTABLE,
    );
  });

  it('never falls back silently when the path given does not work', () => {
    for (const [search, where] of [
      [{ chromePath: '/nope/chrome', env: {}, candidates: [EXECUTABLE] }, '--chrome-path'],
      [
        { env: { PUPPETEER_EXECUTABLE_PATH: '/nope/chrome' }, candidates: [EXECUTABLE] },
        'PUPPETEER_EXECUTABLE_PATH',
      ],
      [{ chromePath: tempDir(), env: {}, candidates: [EXECUTABLE] }, '--chrome-path'],
    ] as const) {
      let error: unknown;
      try {
        findBrowser(search);
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(BrowserNotFoundError).and.instanceOf(InputError);
      expect((error as InputError).where).to.equal(where);
      expect((error as Error).message).to.include('is not an executable file');
    }
  });

  it('names everything it tried when no browser is found', () => {
    const candidates = ['/nope/a', '/nope/b'];
    expect(() => findBrowser({ env: {}, candidates })).to.throw(
      BrowserNotFoundError,
      /no Chromium found to print the PDF; tried --chrome-path \(not given\), PUPPETEER_EXECUTABLE_PATH \(not set\), \/nope\/a, \/nope\/b; install Chromium/,
    );
  });

  it('makes the CLI exit 2 with that message, before writing anything, when the PDF is asked for', function () {
    this.timeout(60_000);
    const out = join(tempDir(), 'out');
    const run = runCli(['demo', '--out', out, '--format', 'pdf,json', '--chrome-path', '/nope/chromium']);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.include('--chrome-path: /nope/chromium is not an executable file');
    expect(existsSync(out)).to.equal(false);
  });
});
