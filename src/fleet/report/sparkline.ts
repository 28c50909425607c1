// A score trend as a small inline SVG (no script, no external reference): built from numbers only, so
// nothing tenant-supplied can reach the markup.

export interface SparklineOptions {
  width?: number;
  height?: number;
  /** The value range drawn (scores are 0–100). */
  min?: number;
  max?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG polyline of `values` (oldest first), the last point marked; empty string for no values. */
export function sparklineSvg(values: readonly number[], options: SparklineOptions = {}): string {
  const { width = 96, height = 24, min = 0, max = 100 } = options;
  const points = values.filter((v) => Number.isFinite(v));
  if (points.length === 0) return '';
  const pad = 2.5;
  const x = (i: number) =>
    points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1);
  const y = (v: number) =>
    pad + (1 - (Math.min(max, Math.max(min, v)) - min) / (max - min)) * (height - 2 * pad);
  const coords = points.map((v, i) => `${round(x(i))},${round(y(v))}`).join(' ');
  const last = points[points.length - 1];
  const trend = points.length > 1 ? Math.sign(last - points[points.length - 2]) : 0;
  const colour = trend < 0 ? '#b3261e' : trend > 0 ? '#1b7f3b' : '#44546a';
  const label = `score trend over ${points.length} scan${points.length === 1 ? '' : 's'}: ${points.map((v) => v.toFixed(0)).join(', ')}`;
  return (
    `<svg class="sparkline" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">` +
    `<title>${label}</title>` +
    `<line x1="0" x2="${width}" y1="${round(y(70))}" y2="${round(y(70))}" stroke="#d0d5dd" stroke-width="0.6" stroke-dasharray="2 2"/>` +
    (points.length > 1
      ? `<polyline fill="none" stroke="${colour}" stroke-width="1.5" stroke-linejoin="round" points="${coords}"/>`
      : '') +
    `<circle cx="${round(x(points.length - 1))}" cy="${round(y(last))}" r="2.2" fill="${colour}"/></svg>`
  );
}
