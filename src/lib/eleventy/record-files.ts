// One JSON file per certification (/api/certifications/<slug>.json and /api/compare/<slug>.json),
// written straight to the output after Eleventy's pages: tens of thousands of tiny files
// need no templates, and a template per file costs Eleventy far more than the JSON itself.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteSettings } from "../../../_data/site.ts";
import { apiContext } from "../api/context.ts";
import { apiCertification } from "../api/records.ts";
import { compareFacts } from "../format/compare.ts";
import { loadCatalog } from "./catalog-data.ts";

async function writeAll(files: Array<[string, string]>, concurrency = 64): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < files.length) {
        const [file, body] = files[next++]!;
        await writeFile(file, body);
      }
    }),
  );
}

export default function recordFilesPlugin(eleventyConfig: any, { site }: { site: SiteSettings }): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { catalog } = await loadCatalog();
    const ctx = apiContext(site);
    const api = path.join(directories.output, "api", "certifications");
    const compare = path.join(directories.output, "api", "compare");
    await Promise.all([mkdir(api, { recursive: true }), mkdir(compare, { recursive: true })]);
    await writeAll(
      catalog.certifications.flatMap((c): Array<[string, string]> => [
        [path.join(api, `${c.slug}.json`), JSON.stringify(apiCertification(c, ctx), null, 1)],
        [path.join(compare, `${c.slug}.json`), JSON.stringify({ slug: c.slug, name: c.name, url: `${site.pathPrefix}${c.url.slice(1)}`, facts: compareFacts(c) })],
      ]),
    );
  });
}
