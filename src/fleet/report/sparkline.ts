// A score trend for a small inline SVG: numbers only (coordinates, a colour from a fixed set, a label
// of scores), rendered by the template with escaping like everything else.

export interface SparklineOptions {
  width?: number;
  height?: number;
  /** The value range drawn (scores are 0–100). */
  min?: number;
  max?: number;
  /** A reference line (the "C" grade boundary by default). */
  reference?: number;
}

export interface Sparkline {
  width: number;
  height: number;
  /** "x,y x,y …" for a polyline; empty with a single point. */
  points: string;
  last: { x: number; y: number };
  referenceY: number;
  colour: string;
  label: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The sparkline of `values` (oldest first), or undefined for no values. */
export function sparkline(values: readonly number[], options: SparklineOptions = {}): Sparkline | undefined {
  const { width = 96, height = 24, min = 0, max = 100, reference = 70 } = options;
  const points = values.filter((v) => Number.isFinite(v));
  if (points.length === 0) return undefined;
  const pad = 2.5;
  const x = (i: number) =>
    round(points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) =>
    round(pad + (1 - (Math.min(max, Math.max(min, v)) - min) / (max - min)) * (height - 2 * pad));
  const last = points[points.length - 1];
  const trend = points.length > 1 ? Math.sign(last - points[points.length - 2]) : 0;
  return {
    width,
    height,
    points: points.length > 1 ? points.map((v, i) => `${x(i)},${y(v)}`).join(' ') : '',
    last: { x: x(points.length - 1), y: y(last) },
    referenceY: y(reference),
    colour: trend < 0 ? '#b3261e' : trend > 0 ? '#1b7f3b' : '#44546a',
    label: `score trend over ${points.length} scan${points.length === 1 ? '' : 's'}: ${points.map((v) => v.toFixed(0)).join(', ')}`,
  };
}
