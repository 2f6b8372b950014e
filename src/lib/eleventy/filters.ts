// Small template filters; each formats or guards one kind of value.
import { formatPartialDate } from "../format/dates.ts";
import type { PartialDate } from "../schema/primitives.ts";

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

export default function filtersPlugin(eleventyConfig: any): void {
  eleventyConfig.addFilter("sitemapEntries", sitemapEntries);
  eleventyConfig.addFilter("dateText", (d: PartialDate) => formatPartialDate(d));
  eleventyConfig.addFilter("httpUrl", httpUrl);
}
