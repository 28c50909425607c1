// RFC 4180 CSV: CRLF records, fields quoted when they hold a comma, quote or line break, quotes
// doubled. Text cells that a spreadsheet would run as a formula (= + - @ tab CR) get a leading
// single quote (OWASP "CSV injection"). A UTF-8 byte order mark lets Excel read non-ASCII names.

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
export const UTF8_BOM = '\uFEFF';

/** One field: numbers and booleans as they are, text neutralised and quoted as needed. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole document: header then rows, every record ended by CRLF, with a BOM first. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return `${UTF8_BOM}${lines.map((l) => `${l}\r\n`).join('')}`;
}
