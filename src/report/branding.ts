// Report branding: company name, logo, colours and footer text from a YAML/JSON file
// (schemas/branding.schema.json), or the neutral sspr-audit defaults.

import { statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { assertValid } from '../inputs/schemas.js';
import { readStructuredFile } from '../inputs/read-structured-file.js';
import { InputError } from '../util/input-error.js';
import { readInputFile } from '../util/read-input-file.js';

/** The branding file as written (every key optional). */
export interface BrandingFile {
  companyName?: string;
  logo?: string;
  colors?: { primary?: string; accent?: string };
  footerText?: string;
}

/** Branding ready for the view model: colours normalised to #rrggbb, the logo inlined. */
export interface Branding {
  companyName: string;
  /** A data: URI, or null for no logo. */
  logoDataUri: string | null;
  primaryColor: string;
  accentColor: string;
  footerText: string | null;
  /** True when no branding file was given. */
  isDefault: boolean;
}

/** The largest logo inlined; a bigger file makes every report heavy for no benefit. */
export const MAX_LOGO_BYTES = 1024 * 1024;

export const DEFAULT_BRANDING: Branding = Object.freeze({
  companyName: 'sspr-audit',
  logoDataUri: null,
  primaryColor: '#1f3a5f',
  accentColor: '#2e6da4',
  footerText: null,
  isDefault: true,
});

const LOGO_TYPES: Record<string, { mime: string; looksRight: (bytes: Buffer) => boolean; what: string }> = {
  '.png': {
    mime: 'image/png',
    what: 'PNG',
    looksRight: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  '.jpg': {
    mime: 'image/jpeg',
    what: 'JPEG',
    looksRight: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  '.jpeg': {
    mime: 'image/jpeg',
    what: 'JPEG',
    looksRight: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  '.svg': {
    mime: 'image/svg+xml',
    what: 'SVG',
    looksRight: (b) => /<svg[\s>]/i.test(b.subarray(0, 4096).toString('utf8')),
  },
};

/** Loads and validates a branding file; without one, the default branding. Errors are InputErrors naming the file. */
export function loadBranding(path?: string): Branding {
  if (path === undefined) return DEFAULT_BRANDING;
  const file = assertValid<BrandingFile>('branding', readStructuredFile(path, 'branding'), path);
  return {
    companyName: file.companyName?.trim() || DEFAULT_BRANDING.companyName,
    logoDataUri: file.logo ? inlineLogo(path, file.logo) : null,
    primaryColor: file.colors?.primary ? normaliseHex(file.colors.primary) : DEFAULT_BRANDING.primaryColor,
    accentColor: file.colors?.accent ? normaliseHex(file.colors.accent) : DEFAULT_BRANDING.accentColor,
    footerText: file.footerText?.trim() || null,
    isDefault: false,
  };
}

/** #abc → #aabbcc, lower case (the schema has already checked the shape). */
export function normaliseHex(hex: string): string {
  const digits = hex.slice(1).toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

function inlineLogo(brandingFile: string, logo: string): string {
  const type = LOGO_TYPES[extname(logo).toLowerCase()];
  if (!type)
    throw new InputError(brandingFile, `/logo: expected a .png, .svg, .jpg or .jpeg file, found "${logo}"`);
  const full = resolve(dirname(resolve(brandingFile)), logo);
  let size: number;
  try {
    const stat = statSync(full);
    if (!stat.isFile()) throw new InputError(brandingFile, `/logo: ${full} is not a file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(brandingFile, `/logo: file not found: ${full}`);
  }
  if (size > MAX_LOGO_BYTES) {
    throw new InputError(
      brandingFile,
      `/logo: ${full} is ${size} bytes; expected at most ${MAX_LOGO_BYTES} (1 MiB)`,
    );
  }
  const bytes = readInputFile(full, 'logo');
  if (!type.looksRight(bytes))
    throw new InputError(
      brandingFile,
      `/logo: ${full} is not a ${type.what} file (its content does not match its extension)`,
    );
  return `data:${type.mime};base64,${bytes.toString('base64')}`;
}
