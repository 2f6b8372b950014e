// The compare page's data: chart geometry from the figures, and each record's key facts as text.
// Cost figures go on one axis only once converted into one currency; each bar keeps its own
// figure in its label, and its class says how firm the figure is.
import type { ResolvedCertification } from "../catalog/resolve.ts";
import { COMPARE_LABELS, compareFacts, costEntries } from "../format/compare.ts";
import { durationMonths } from "../format/duration.ts";
import { formatMoneyTick } from "../format/money.ts";
import { rangeChart, type RangeChart } from "../format/range-chart.ts";
import { rangeChartSvg } from "../format/range-chart-svg.ts";
import { byAmount, costBar } from "../format/cost-chart.ts";
import { DISPLAY_CURRENCIES, type DisplayCurrency } from "../money/convert.ts";

/** Every published time-to-achieve figure, in months, longest ranges last. */
export function durationChart(certs: ResolvedCertification[]): RangeChart | undefined {
  const items = certs.flatMap((c) =>
    c.durationFigures.map((f) => ({
      label: `${c.shortName ?? c.name}${f.context ? ` (${f.context})` : ""}`,
      url: c.url,
      min: durationMonths(f.min),
      max: f.max === undefined ? undefined : durationMonths(f.max),
      text: f.range,
    })),
  );
  if (!items.length) return undefined;
  items.sort((a, b) => a.min - b.min || (a.max ?? a.min) - (b.max ?? b.min));
  return rangeChart(items, (v) => `${Math.round(v)} mo`);
}

export type MoneyMode = "rates" | "today";

/** The chart's rows for one currency and mode: every cost figure, converted, cheapest first. */
export function costChartItems(certs: ResolvedCertification[], currency: DisplayCurrency, mode: MoneyMode) {
  return certs.flatMap((c) => costEntries(c).map((e) => costBar(c.shortName ?? c.name, c.url, e, currency, mode === "today"))).sort(byAmount);
}

/** One chart of every cost figure in `currency` (US dollars unless chosen otherwise). */
export function costChart(certs: ResolvedCertification[], currency: DisplayCurrency = DISPLAY_CURRENCIES[0], mode: MoneyMode = "rates"): RangeChart | undefined {
  const items = costChartItems(certs, currency, mode);
  return items.length ? rangeChart(items, (v) => formatMoneyTick(v, currency)) : undefined;
}

export default function chartsPlugin(eleventyConfig: any): void {
  eleventyConfig.addFilter("durationChart", durationChart);
  eleventyConfig.addFilter("costChart", costChart);
  eleventyConfig.addFilter("compareFacts", compareFacts);
  eleventyConfig.addFilter("costEntries", costEntries);
  eleventyConfig.addFilter("rangeChartSvg", rangeChartSvg);
  eleventyConfig.addGlobalData("compareLabels", COMPARE_LABELS);
  eleventyConfig.addGlobalData("displayCurrencies", DISPLAY_CURRENCIES);
}
