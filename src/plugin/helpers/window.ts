// The activity window: every event a check counts must fall in the last N days before the scan time.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** True when `iso` parses and lies within [now − days, now]. */
export function inWindow(iso: string | null | undefined, now: Date, days: number): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  return Number.isFinite(t) && t <= now.getTime() && t >= now.getTime() - days * DAY_MS;
}

/** The window's first instant, for evidence. */
export function windowStart(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** Hours from `iso` to `now` (negative when `iso` is later), or undefined when it does not parse. */
export function ageInHours(iso: string, now: Date): number | undefined {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? (now.getTime() - t) / HOUR_MS : undefined;
}
