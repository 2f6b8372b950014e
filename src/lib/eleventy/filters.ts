// Small template filters; each formats or guards one kind of value.
import { formatPartialDate } from "../format/dates.ts";
import type { PartialDate } from "../schema/primitives.ts";

/** Only http(s) URLs may become href values; anything else renders as no link. */
export function httpUrl(value: unknown): string {
  return typeof value === "string" && /^https?:\/\//i.test(value) ? value : "";
}

export default function filtersPlugin(eleventyConfig: any): void {
  eleventyConfig.addFilter("dateText", (d: PartialDate) => formatPartialDate(d));
  eleventyConfig.addFilter("httpUrl", httpUrl);
}
