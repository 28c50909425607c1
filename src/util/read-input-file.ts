// The one way the tool reads a file the user named: it must be a regular file (after following links)
// under a size cap for its kind, and text must be UTF-8. A FIFO, a folder, /dev/zero or a runaway file
// is an InputError naming the file and what was expected (exit 2), never a hang or an exhausted heap.

import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError } from './input-error.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * The largest file accepted per kind. A snapshot is large (the bench reads 150 MB ones) and is capped
 * at 512 MiB, the most V8 can hold as one string (buffer.constants.MAX_STRING_LENGTH, about 2^29
 * characters); the small hand-written files are capped far lower.
 */
export const INPUT_FILE_CAPS = {
  snapshot: 512 * MiB,
  'previous results': 64 * MiB,
  'portal export': 16 * MiB,
  'fleet config': 4 * MiB,
  attestation: 1 * MiB,
  exceptions: 1 * MiB,
  profile: 1 * MiB,
  responses: 1 * MiB,
  branding: 1 * MiB,
  logo: 1 * MiB,
  certificate: 1 * MiB,
  secret: 64 * KiB,
  /** Evidence is hashed (streamed), not parsed: screenshots and exported PDFs. */
  evidence: 256 * MiB,
} as const;

export type InputFileKind = keyof typeof INPUT_FILE_CAPS;

/** What a non-regular file is, in words. */
function typeOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

const bytes = (n: number) => (n >= MiB ? `${n / MiB} MiB` : n >= KiB ? `${n / KiB} KiB` : `${n} bytes`);

function expectedRegular(path: string, kind: InputFileKind, stat: Stats): InputError {
  return new InputError(path, `expected a regular file (the ${kind} file), found ${typeOf(stat)}`);
}

function tooLarge(path: string, kind: InputFileKind, size: number): InputError {
  const cap = INPUT_FILE_CAPS[kind];
  return new InputError(path, `the ${kind} file is ${size} bytes; expected at most ${cap} (${bytes(cap)})`);
}

function cannotRead(path: string, kind: InputFileKind, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  return new InputError(
    path,
    code === 'ENOENT'
      ? `${kind} file not found`
      : code === 'EACCES' || code === 'EPERM'
        ? `cannot read the ${kind} file (permission denied)`
        : `cannot read the ${kind} file (${code ?? (err as Error).message})`,
  );
}

/**
 * Checks, without reading it, that `path` is a regular file under the cap of `kind` (for files that are
 * streamed later, such as evidence). Returns its size.
 */
export function checkInputFile(path: string, kind: InputFileKind): number {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (err) {
    throw cannotRead(path, kind, err);
  }
  if (!stat.isFile()) throw expectedRegular(path, kind, stat);
  if (stat.size > INPUT_FILE_CAPS[kind]) throw tooLarge(path, kind, stat.size);
  return stat.size;
}

/** The bytes of a regular file under the cap of `kind`. */
export function readInputFile(path: string, kind: InputFileKind): Buffer {
  const cap = INPUT_FILE_CAPS[kind];
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; on a regular file it changes nothing.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EISDIR') throw expectedRegular(path, kind, statSync(path));
    throw cannotRead(path, kind, err);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw expectedRegular(path, kind, stat);
    if (stat.size > cap) throw tooLarge(path, kind, stat.size);
    // Read at most cap + 1 bytes whatever the size said: a file growing meanwhile is still bounded.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 64 * KiB), cap + 1 - total));
      if (chunk.length === 0) break;
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > cap) throw tooLarge(path, kind, total);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw cannotRead(path, kind, err);
  } finally {
    closeSync(fd);
  }
}

/** True when the bytes look like UTF-16: a UTF-16 byte-order mark, or ASCII interleaved with NULs. */
export function looksLikeUtf16(buf: Buffer): boolean {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)))
    return true;
  const head = buf.subarray(0, 64);
  if (head.length < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = Math.floor(head.length / 2);
  return evenNul >= half * 0.8 || oddNul >= half * 0.8;
}

/** The UTF-8 text of a regular file under the cap of `kind`; UTF-16 is named as such. */
export function readInputText(path: string, kind: InputFileKind): string {
  const buf = readInputFile(path, kind);
  if (looksLikeUtf16(buf))
    throw new InputError(path, `the ${kind} file is UTF-16, expected UTF-8 (save it as UTF-8)`);
  return buf.toString('utf8');
}
