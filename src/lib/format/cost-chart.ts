// One bar of the compare page's cost chart: a cost figure converted into the chosen currency,
// at its year's rates or in today's money, labelled with the source's own figure and classed by
// how firm it is. Shared by the build (the chart as first drawn, in US dollars) and the compare
// page's script (redrawn in another currency), so the two always draw the same bars.
import type { RangeItem } from "./range-chart.ts";

interface Amount {
  min: number;
  max?: number;
  text: string;
}

/** What a cost figure carries for the chart: the source's amount and its conversions. */
export interface ChartableCost {
  amount: string;
  basisLabel: string;
  priceType: string;
  min: number;
  max?: number;
  conversions: Record<string, { atRates?: Amount; today: Amount }>;
}

/** A figure already in `currency` has no conversion at its own year's rates: it is drawn as it is. */
export function costBar(label: string, url: string, e: ChartableCost, currency: string, today: boolean): RangeItem {
  const conv = e.conversions[currency]!;
  const value = (today ? conv.today : conv.atRates) ?? { min: e.min, max: e.max, text: "" };
  return { label: `${label}, ${e.basisLabel}`, url, min: value.min, max: value.max, text: value.text ? `${e.amount} ${value.text}` : e.amount, className: `firm-${e.priceType}` };
}

/** Cheapest first, then the narrower range. */
export const byAmount = (a: RangeItem, b: RangeItem) => a.min - b.min || (a.max ?? a.min) - (b.max ?? b.min);
