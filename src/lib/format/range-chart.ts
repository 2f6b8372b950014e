// Geometry for horizontal range charts (time to achieve, cost): one bar per figure from
// min to max on a shared axis, a dot where a figure is a single value.
export interface RangeItem {
  label: string;
  url: string;
  min: number;
  max?: number;
  text: string;
  /** A class for the bar, e.g. how firm a cost figure is. */
  className?: string;
}

export interface RangeChart {
  width: number;
  height: number;
  /** Where row labels end (they are right-aligned to the bars). */
  labelX: number;
  axis: { x: number; label: string }[];
  rows: Array<RangeItem & { y: number; x1: number; x2: number }>;
}

const WIDTH = 640;
const LEFT = 260;
const RIGHT = 24;
const ROW = 26;

/** Round the axis up to a tidy number so ticks land on whole values. */
function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((v) => v >= n)!;
}

export function rangeChart(items: RangeItem[], tickLabel: (value: number) => string, ticks = 4): RangeChart {
  const top = Math.max(...items.map((i) => i.max ?? i.min), 0);
  const scaleMax = niceCeiling(top);
  const x = (v: number) => LEFT + ((WIDTH - LEFT - RIGHT) * v) / scaleMax;
  return {
    width: WIDTH,
    height: 30 + items.length * ROW,
    labelX: LEFT - 8,
    axis: Array.from({ length: ticks + 1 }, (_, i) => {
      const v = (scaleMax * i) / ticks;
      return { x: x(v), label: tickLabel(v) };
    }),
    rows: items.map((item, i) => ({ ...item, y: 12 + i * ROW, x1: x(item.min), x2: x(item.max ?? item.min) })),
  };
}
