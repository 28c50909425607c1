// Retry-After, as Graph and proxies send it: delta-seconds (possibly fractional, e.g. "2.128") or an
// HTTP date. Returns the wait in ms, or undefined when the header is absent or unreadable.

export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date) || !/[A-Za-z]/.test(text)) return undefined;
  return Math.max(0, date - now);
}
