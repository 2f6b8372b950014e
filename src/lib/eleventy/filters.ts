// Small template filters; each formats or guards one kind of value.
import { formatPartialDate } from "../format/dates.ts";
import type { PartialDate } from "../schema/primitives.ts";
import type { Catalog } from "../catalog/resolve.ts";

/** Only http(s) URLs may become href values; anything else renders as no link. */
export function httpUrl(value: unknown): string {
  return typeof value === "string" && /^https?:\/\//i.test(value) ? value : "";
}

interface SitemapPage {
  url: string | false;
  data: { issuer?: { lastReviewed?: unknown }; lastReviewed?: unknown };
}

/**
 * Every page address for the sitemap, in code-point order, with its review date where it has
 * one: the pages in `collections.all` plus the record pages, which are listed from the
 * catalogue because a large catalogue renders them outside this Eleventy run.
 */
export function sitemapEntries(pages: SitemapPage[], certifications: { url: string; lastReviewed?: unknown }[]): { url: string; reviewed?: unknown }[] {
  const entries = pages
    .filter((p): p is SitemapPage & { url: string } => typeof p.url === "string" && p.url.endsWith("/"))
    .map((p) => ({ url: p.url, reviewed: p.data.issuer?.lastReviewed ?? p.data.lastReviewed }));
  for (const c of certifications) entries.push({ url: c.url, reviewed: c.lastReviewed });
  return entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * The Atom feed's entries, newest first: each record by its review date, and each deadline by
 * the day its sources were read, so a deadline added to the catalogue arrives as a new entry.
 */
export function feedEntries(catalog: Catalog) {
  const entries = [
    ...catalog.certifications.map((c) => ({ kind: "record" as const, updated: c.lastReviewed.iso, id: c.url, record: c })),
    ...catalog.deadlines.map((d) => ({ kind: "deadline" as const, updated: d.recorded.iso, id: `/deadlines/#${d.id}`, deadline: d })),
  ];
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

export default function filtersPlugin(eleventyConfig: any): void {
  eleventyConfig.addFilter("feedEntries", feedEntries);
  eleventyConfig.addFilter("sitemapEntries", sitemapEntries);
  eleventyConfig.addFilter("dateText", (d: PartialDate) => formatPartialDate(d));
  eleventyConfig.addFilter("httpUrl", httpUrl);
}
