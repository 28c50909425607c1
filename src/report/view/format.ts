// Number, date and cell formatting for the report: deterministic (UTC, fixed locale), so a report
// rendered twice from the same results is byte-identical.

import type { Cell } from '../../engine/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "20 Nov 2026". Accepts an ISO date or date-time; an unparsable value is returned as given. */
export function formatDate(iso: string): string {
  const d = parse(iso);
  return d ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : iso;
}

/** "20 Nov 2026, 09:00 UTC". */
export function formatDateTime(iso: string): string {
  const d = parse(iso);
  return d ? `${formatDate(iso)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC` : iso;
}

/** "850 ms", "12.3 s", "2 min 05 s", "1 h 02 min". Negative or unknown spans give "–". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${pad(whole % 60)} s`;
  return `${Math.floor(whole / 3600)} h ${pad(Math.floor((whole % 3600) / 60))} min`;
}

export function durationBetween(fromIso: string | undefined, toIso: string | undefined): string {
  const from = fromIso ? parse(fromIso) : undefined;
  const to = toIso ? parse(toIso) : undefined;
  return from && to ? formatDuration(to.getTime() - from.getTime()) : '–';
}

/**
 * A fraction in [0, 1] as a percentage. Rounds down, so 99.96% never prints as 100% and a
 * threshold the tenant missed never looks met.
 */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  const factor = 10 ** digits;
  return `${(Math.floor(fraction * 100 * factor + 1e-9) / factor).toFixed(digits)}%`;
}

/** The score with one decimal (CHECKS.md: round only when printing). */
export function formatScore(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** 5000 → "5,000". */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** An evidence cell as text: null → "–", booleans → Yes/No. */
export function formatCell(value: Cell | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

function parse(iso: string): Date | undefined {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? undefined : new Date(t);
}
