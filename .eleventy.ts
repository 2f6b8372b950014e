// Contact Centre Certifications: the build, concern by concern. Each plugin lives in
// src/lib/eleventy/ and does one thing.
import { HtmlBasePlugin } from "@11ty/eleventy";
import site from "./_data/site.ts";
import catalogData from "./src/lib/eleventy/catalog-data.ts";
import listings from "./src/lib/eleventy/listings.ts";
import markdown from "./src/lib/eleventy/markdown.ts";
import filters from "./src/lib/eleventy/filters.ts";
import assets from "./src/lib/eleventy/assets.ts";
import charts from "./src/lib/eleventy/charts.ts";
import searchIndex from "./src/lib/eleventy/search-index.ts";
import structuredData from "./src/lib/eleventy/structured-data.ts";
import hosting from "./src/lib/eleventy/hosting.ts";
import recordFiles from "./src/lib/eleventy/record-files.ts";
import searchFacets from "./src/lib/eleventy/search-facets.ts";
import claims from "./src/lib/eleventy/claims.ts";
import deadlines from "./src/lib/eleventy/deadlines.ts";
import progress from "./src/lib/eleventy/progress.ts";
import urlFilter from "./src/lib/eleventy/url-filter.ts";
import { currentBatch, isFirst, RECORD_TEMPLATE, templatesBesides } from "./src/lib/eleventy/batches.ts";

export const config = {
  dir: { input: "src", includes: "../_includes", data: "../_data" }, // output: _site, or --out of scripts/build.ts
  templateFormats: ["njk", "md", "11ty.ts"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
  pathPrefix: site.pathPrefix,
};

export default function (eleventyConfig: any): void {
  eleventyConfig.ignores.add("src/lib/**");
  // A large catalogue is built in several runs; the later ones render record pages only.
  const batch = currentBatch();
  if (!isFirst(batch)) for (const template of templatesBesides(RECORD_TEMPLATE)) eleventyConfig.ignores.add(template);
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" }); // data files for /api/, written in TypeScript
  eleventyConfig.addPlugin(catalogData); // validated records -> global `catalog`
  eleventyConfig.addPlugin(listings, { site }); // long lists cut into pages of site.listPageSize
  eleventyConfig.addPlugin(markdown); // markdown-it, raw HTML off
  eleventyConfig.addPlugin(filters); // formatting and URL guards for templates
  eleventyConfig.addPlugin(urlFilter, { pathPrefix: site.pathPrefix }); // Eleventy's `url`, without a thrown error per page
  eleventyConfig.addPlugin(charts); // the compare page's facts and range charts
  eleventyConfig.addPlugin(assets); // hashed stylesheet and bundled browser scripts
  eleventyConfig.addPlugin(structuredData); // schema.org JSON-LD on certification pages
  eleventyConfig.addPlugin(searchFacets); // the search page's facet values and counts, written by the build
  eleventyConfig.addPlugin(searchIndex, { batch }); // Pagefind over the written pages, after the last run
  eleventyConfig.addPlugin(progress); // pages written, for the build's progress bar on a terminal
  if (isFirst(batch)) {
    eleventyConfig.addPlugin(recordFiles, { site }); // /api/certifications.json, /api/certifications/<slug>.json and /api/compare/<slug>.json
    eleventyConfig.addPlugin(hosting, { site }); // _headers, _redirects and pages at former addresses
    eleventyConfig.addPlugin(claims); // /check/claims.json, the claim checker's index
    eleventyConfig.addPlugin(deadlines, { site }); // /deadlines.ics, and how far away each deadline is
  }
  // Below a path prefix, every root-relative href and src gets it (a re-parse of each page,
  // so it is skipped when the site lives at the root).
  if (site.pathPrefix !== "/") eleventyConfig.addPlugin(HtmlBasePlugin);
}
