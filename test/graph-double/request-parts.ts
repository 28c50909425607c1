// Splitting a raw query string the way Graph reads it: decoded values by name, raw pairs in order.

export function parseQuery(raw: string): { query: Map<string, string>; rawQuery: Array<[string, string]> } {
  const query = new Map<string, string>();
  const rawQuery: Array<[string, string]> = [];
  for (const part of raw.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const [k, v] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    rawQuery.push([k, v]);
    query.set(decodeURIComponent(k), decodeURIComponent(v.replace(/\+/g, '%20')));
  }
  return { query, rawQuery };
}
