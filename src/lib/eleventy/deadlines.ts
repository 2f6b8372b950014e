// Deadlines: /deadlines.ics, an iCalendar feed of every transition end and retirement in the
// catalogue (the same list /deadlines/ shows), written with ical-generator and folded by
// ../format/ical-fold.ts. Each event is stamped with the day its sources were read, never the
// clock, so rebuilds match byte for byte.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import ical from "ical-generator";
import { DateTime } from "luxon";
import type { SiteSettings } from "../../../_data/site.ts";
import type { Deadline } from "../catalog/deadlines.ts";
import { calendarWithEvents } from "../format/ical-fold.ts";
import { apiContext } from "../api/context.ts";
import { absolute } from "../api/records.ts";
import { loadCatalog } from "./catalog-data.ts";

/** A calendar day as a local-midnight Date, which ical-generator writes as that all-day date in any time zone. */
const localDay = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

export function deadlinesCalendar(deadlines: Deadline[], site: SiteSettings): string {
  const ctx = apiContext(site);
  const host = new URL(ctx.base).host;
  const cal = ical({
    name: `${site.title}: deadlines`,
    description: "Transition ends and retirements of certification editions, from the catalogue's sourced records.",
    prodId: { company: site.title, product: "deadlines", language: "EN" },
    url: absolute(ctx, "/deadlines/"),
  });
  const shell = cal.toString(); // before any event: the folded head, then END:VCALENDAR
  const events = deadlines.map((d) => {
    const precise = d.date.precision === "day" ? "" : ` The source gives only the ${d.date.precision} (${d.dateText}); the event is on its last day.`;
    return cal.createEvent({
      id: `${d.id}@${host}`,
      start: localDay(d.day),
      allDay: true,
      stamp: localDay(d.recorded.iso),
      summary: d.title,
      url: absolute(ctx, d.edition.url),
      description: `${d.title} (${d.certification.name}).${precise} Sources: ${d.sources.map((s) => `${s.title} (${s.publisher}), ${s.url}`).join("; ")}.`,
    });
  });
  return calendarWithEvents(shell, events);
}

/** "in 5 months", "2 years ago", "today": how far a day is from `from`, in its largest whole unit. */
export function timeFrom(day: string, from: string): string {
  if (day === from) return "today";
  const [a, b] = [DateTime.fromISO(from, { zone: "utc" }), DateTime.fromISO(day, { zone: "utc" })];
  const future = b > a;
  const diff = (future ? b.diff(a, ["years", "months", "days"]) : a.diff(b, ["years", "months", "days"])).toObject();
  const [n, unit] = diff.years ? [diff.years, "year"] : diff.months ? [diff.months, "month"] : [Math.round(diff.days ?? 0), "day"];
  const text = `${Math.floor(n!)} ${unit}${Math.floor(n!) === 1 ? "" : "s"}`;
  return future ? `in ${text}` : `${text} ago`;
}

export default function deadlinesPlugin(eleventyConfig: any, { site }: { site: SiteSettings }): void {
  eleventyConfig.addFilter("timeFrom", timeFrom);
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { catalog } = await loadCatalog();
    await writeFile(path.join(directories.output, "deadlines.ics"), deadlinesCalendar(catalog.deadlines, site));
  });
}
