// Canary values for the secret-leak test: unique per run, so finding one anywhere can only mean it
// leaked, and a finder that also sees them base64-encoded, inside PDFs and inside SQLite pages.

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const unique = () => randomBytes(8).toString('hex');

export interface Canary {
  /** What it stands for, named in a failure. */
  label: string;
  value: string;
}

export function canaryValue(name: string): string {
  return `${name}${unique()}`;
}

/** Each 64-character base64 line of a PEM private key: leaking any one of them is a leak. */
export function privateKeyCanaries(pem: string): Canary[] {
  const body = /-----BEGIN [A-Z ]*PRIVATE KEY-----([\s\S]+?)-----END/.exec(pem)?.[1];
  if (!body) throw new Error('no private key in the PEM');
  const lines = body.split(/\r?\n/).filter((l) => l.length === 64);
  return [
    { label: 'private key PEM header', value: 'PRIVATE KEY-----' },
    ...lines.map((value, i) => ({ label: `private key line ${i + 1}`, value })),
  ];
}

/** The value as it appears inside base64 at any alignment (the part its own bytes alone decide). */
function base64Forms(value: string): string[] {
  return [0, 1, 2].map((pad) => {
    const b64 = Buffer.from('x'.repeat(pad) + value).toString('base64');
    return b64.slice(4, -4);
  });
}

/** The canaries found in `data` (bytes as they are, and base64 forms for mail and data URIs). */
export function canariesIn(data: Buffer | string, canaries: Canary[]): string[] {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return canaries
    .filter(
      (c) =>
        bytes.includes(c.value) ||
        bytes.includes(Buffer.from(c.value, 'utf16le')) ||
        (c.value.length >= 20 && base64Forms(c.value).some((f) => bytes.includes(f))),
    )
    .map((c) => c.label);
}

/** Every file under `dir`, recursively (none when it was never written). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A file's bytes, plus its text when it is a PDF (whose text streams are compressed). */
export function searchableContent(file: string): Buffer {
  const bytes = readFileSync(file);
  if (!file.endsWith('.pdf')) return bytes;
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 });
  return Buffer.concat([bytes, text]);
}
