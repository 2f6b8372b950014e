// The compare page's data: chart geometry from the figures, and each record's key facts as text.
import type { ResolvedCertification } from "../catalog/resolve.ts";
import { COMPARE_LABELS, compareFacts } from "../format/compare.ts";
import { durationMonths } from "../format/duration.ts";
import { formatMoney } from "../format/money.ts";
import { rangeChart, type RangeChart } from "../format/range-chart.ts";

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

/** Cost figures, one chart per currency: amounts in different currencies are never put on one axis. */
export function costCharts(certs: ResolvedCertification[]): Array<{ currency: string; chart: RangeChart }> {
  const byCurrency = new Map<string, Parameters<typeof rangeChart>[0]>();
  for (const c of certs)
    for (const f of c.costFigures) {
      const list = byCurrency.get(f.currency) ?? byCurrency.set(f.currency, []).get(f.currency)!;
      list.push({ label: `${c.shortName ?? c.name}, ${f.basisLabel}`, url: c.url, min: f.min, max: f.max, text: f.amount });
    }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, items]) => ({ currency, chart: rangeChart(items.sort((a, b) => a.min - b.min), (v) => formatMoney(v, currency)) }));
}

export default function chartsPlugin(eleventyConfig: any): void {
  eleventyConfig.addFilter("durationChart", durationChart);
  eleventyConfig.addFilter("costCharts", costCharts);
  eleventyConfig.addFilter("compareFacts", compareFacts);
  eleventyConfig.addGlobalData("compareLabels", COMPARE_LABELS);
}
