// What a static host reads besides the pages: _headers (security and caching) and
// _redirects (former names to today's pages), written once the output is complete.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteSettings } from "../../../_data/site.ts";
import { headerRules, renderHeaders } from "../hosting/headers.ts";
import { redirectsFor } from "../hosting/redirects.ts";
import { loadCatalog } from "./catalog-data.ts";

export default function hostingPlugin(eleventyConfig: any, { site }: { site: SiteSettings }): void {
  eleventyConfig.addGlobalData("redirects", async () => redirectsFor((await loadCatalog()).catalog));
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const out = directories.output;
    const entries = (await readdir(out, { withFileTypes: true })).map((e) => ({ name: e.name, dir: e.isDirectory() }));
    // Other plugins write these in the same after-build step, perhaps after this runs.
    for (const [name, dir] of [["assets", true], ["pagefind", true], ["deadlines.ics", false]] as const)
      if (!entries.some((e) => e.name === name)) entries.push({ name, dir });
    await writeFile(path.join(out, "_headers"), renderHeaders(headerRules(entries, site.pathPrefix)));
    const redirects = redirectsFor((await loadCatalog()).catalog);
    const prefix = site.pathPrefix.replace(/\/$/, "");
    await writeFile(path.join(out, "_redirects"), redirects.map((r) => `${prefix}${r.from} ${prefix}${r.to} 301`).join("\n") + "\n");
  });
}
