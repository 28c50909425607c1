// Reading a PDF back with poppler-utils (pdftotext, pdfinfo, pdftoppm) and by looking inside it
// (link annotations, named destinations, the outline), for the browser tests.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** The named destinations (the anchors links can jump to). */
export function pdfDestinations(file: string): string[] {
  const out = execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' });
  return [...out.matchAll(/"([^"]+)"\s*$/gm)].map((m) => m[1]);
}

/** The PDF's objects as text, with compressed streams inflated. */
function pdfBody(file: string): string {
  const bytes = readFileSync(file);
  let text = bytes.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      text += inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      // not a Flate stream (or an image): skip
    }
  }
  return text;
}

/** Internal links: the destination name of every link annotation that jumps inside the document. */
export function pdfInternalLinks(file: string): string[] {
  return [...pdfBody(file).matchAll(/\/Subtype \/Link[^>]*?\/Dest \/([^\s/>\]]+)/g)].map((m) => m[1]);
}

/** Titles in the document outline (bookmarks). */
export function pdfOutlineTitles(file: string): string[] {
  const body = pdfBody(file);
  if (!/\/Type \/Outlines/.test(body)) return [];
  return [...body.matchAll(/<<\/Title \(((?:\\.|[^\\)])*)\)\s*\/Dest/g)].map((m) =>
    m[1].replace(/\\(.)/g, '$1'),
  );
}

/**
 * Share of non-white pixels in each page's body (header and footer margins cropped), from a
 * greyscale rendering at 30 dpi. A page holding only its header and footer scores 0.
 */
export function pageInk(file: string, marginsMm = { top: 17, bottom: 15 }): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'sspr-ink-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', '30', file, join(dir, 'p')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => {
        const pgm = readFileSync(join(dir, f));
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
        const [width, height] = [Number(header[1]), Number(header[2])];
        const pixels = pgm.subarray(header[0].length);
        const px = (mm: number) => Math.ceil((mm / 25.4) * 30);
        const [top, bottom] = [px(marginsMm.top), height - px(marginsMm.bottom)];
        let ink = 0;
        for (let y = top; y < bottom; y += 1)
          for (let x = 0; x < width; x += 1) if (pixels[y * width + x] < 250) ink += 1;
        return ink / ((bottom - top) * width);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
