// A range chart as SVG markup: one function for the build (Nunjucks writes it into the page)
// and for the compare page's script (which redraws the cost chart in another currency), so
// the two can never draw differently. Every piece of text is escaped here.
import type { RangeChart } from "./range-chart.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const num = (n: number) => String(Math.round(n * 100) / 100);

/** Every value in the chart is also in a table on the page: the title says so. */
export function rangeChartSvg(chart: RangeChart, id: string, title: string): string {
  const h = chart.height;
  const out = [
    `<svg class="range-chart" viewBox="0 0 ${chart.width} ${h}" role="img" aria-labelledby="${escapeXml(id)}">`,
    `<title id="${escapeXml(id)}">${escapeXml(title)}. The same figures are in the table above.</title>`,
  ];
  for (const t of chart.axis)
    out.push(
      `<line x1="${num(t.x)}" x2="${num(t.x)}" y1="0" y2="${h - 18}" class="grid"/>`,
      `<text x="${num(t.x)}" y="${h - 4}" text-anchor="middle" class="tick">${escapeXml(t.label)}</text>`,
    );
  for (const r of chart.rows) {
    const cls = `bar${r.className ? ` ${escapeXml(r.className)}` : ""}`;
    const tip = `<title>${escapeXml(`${r.label}: ${r.text}`)}</title>`;
    out.push(`<text x="${chart.labelX}" y="${num(r.y + 5)}" text-anchor="end" class="label">${escapeXml(truncate(r.label, 36))}</text>`);
    out.push(
      r.x2 > r.x1
        ? `<rect x="${num(r.x1)}" y="${num(r.y - 6)}" width="${num(r.x2 - r.x1)}" height="12" rx="6" class="${cls}">${tip}</rect>`
        : `<circle cx="${num(r.x1)}" cy="${num(r.y)}" r="6" class="${cls}">${tip}</circle>`,
    );
  }
  out.push("</svg>");
  return out.join("\n");
}
