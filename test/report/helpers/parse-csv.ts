// A strict RFC 4180 reader for the tests: CRLF record ends, quoted fields with doubled quotes, and
// errors (not guesses) on anything else, e.g. a bare quote inside an unquoted field or a bare LF.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`invalid CSV at offset ${i}: ${why}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote inside an unquoted field');
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    if (i < text.length) fail(`expected a comma or CRLF, found ${JSON.stringify(text[i])}`);
  }
  if (row.length) fail('the last record does not end with CRLF');
  return rows;
}

/** Rows as objects keyed by the header; checks every row has the header's field count. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  rows.forEach((r, n) => {
    if (r.length !== header.length)
      throw new Error(`row ${n + 1} has ${r.length} fields, the header ${header.length}`);
  });
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
