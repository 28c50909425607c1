// Chart geometry for the report's inline SVG (no script): horizontal bar charts and the score gauge.
// Every coordinate is computed here, so the templates only place the numbers.

export interface BarView {
  /** The label drawn in the chart (shortened to fit). */
  label: string;
  /** The full label, for the SVG <title> tooltip and screen readers. */
  fullLabel: string;
  valueLabel: string;
  /** A CSS class suffix that picks the bar colour (e.g. a status key, or "accent"). */
  tone: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the label and value text. */
  textY: number;
  valueX: number;
}

export interface BarChartView {
  title: string;
  /** One sentence for screen readers and the figure caption. */
  description: string;
  width: number;
  height: number;
  labelX: number;
  bars: BarView[];
  empty: boolean;
  emptyText: string;
}

export interface BarInput {
  label: string;
  value: number;
  valueLabel?: string;
  tone?: string;
}

/** Wide charts take a full text column; compact ones sit beside another figure. */
const LAYOUTS = {
  wide: { width: 520, labelWidth: 190, valueSpace: 70, maxLabelChars: 34 },
  compact: { width: 330, labelWidth: 105, valueSpace: 30, maxLabelChars: 18 },
} as const;
const ROW = 20;
const BAR = 12;

function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A horizontal bar chart. Bars scale to `max` (default: the largest value), so a coverage chart can
 * scale to the population while a count chart scales to its largest bar.
 */
export function barChart(spec: {
  title: string;
  description: string;
  bars: BarInput[];
  max?: number;
  emptyText?: string;
  layout?: keyof typeof LAYOUTS;
}): BarChartView {
  const {
    width: WIDTH,
    labelWidth: LABEL_WIDTH,
    valueSpace: VALUE_SPACE,
    maxLabelChars,
  } = LAYOUTS[spec.layout ?? 'wide'];
  const largest = Math.max(0, ...spec.bars.map((b) => b.value));
  const max = spec.max !== undefined && spec.max > 0 ? spec.max : largest;
  const area = WIDTH - LABEL_WIDTH - VALUE_SPACE;
  const bars = spec.bars.map((b, i): BarView => {
    const width = max > 0 ? round((Math.max(0, b.value) / max) * area) : 0;
    const y = 4 + i * ROW;
    return {
      label: shorten(b.label, maxLabelChars),
      fullLabel: b.label,
      valueLabel: b.valueLabel ?? String(b.value),
      tone: b.tone ?? 'accent',
      x: LABEL_WIDTH,
      y,
      width: b.value > 0 ? Math.max(width, 1.5) : 0,
      height: BAR,
      textY: y + BAR - 2,
      valueX: round(LABEL_WIDTH + (b.value > 0 ? Math.max(width, 1.5) : 0) + 6),
    };
  });
  const empty = bars.length === 0 || largest === 0;
  return {
    title: spec.title,
    description: spec.description,
    width: WIDTH,
    height: Math.max(ROW, bars.length * ROW + 8),
    labelX: LABEL_WIDTH - 8,
    bars,
    empty,
    emptyText: spec.emptyText ?? 'No data for this chart.',
  };
}

export interface GaugeView {
  width: number;
  height: number;
  trackPath: string;
  /** The filled arc; null at 0. */
  valuePath: string | null;
  valueLabel: string;
  caption: string;
}

const CX = 100;
const CY = 100;
const R = 80;

function point(fraction: number): { x: number; y: number } {
  const angle = Math.PI * (1 - fraction);
  return { x: round(CX + R * Math.cos(angle)), y: round(CY - R * Math.sin(angle)) };
}

/** A half-circle gauge from 0 (left) to 100 (right) over the top. */
export function gauge(value: number, valueLabel: string, caption: string): GaugeView {
  const fraction = Math.min(1, Math.max(0, value / 100));
  const start = point(0);
  const end = point(1);
  const at = point(fraction);
  return {
    width: 200,
    height: 118,
    trackPath: `M ${start.x} ${start.y} A ${R} ${R} 0 0 1 ${end.x} ${end.y}`,
    valuePath: fraction > 0 ? `M ${start.x} ${start.y} A ${R} ${R} 0 0 1 ${at.x} ${at.y}` : null,
    valueLabel,
    caption,
  };
}
