// The open data files with one entry per certification, written straight to the output after
// Eleventy's pages rather than through templates:
// - /api/certifications.json, every record, is streamed record by record: at tens of thousands
//   of records it is the site's largest file, and a template would hold it as one string;
// - /api/certifications/<slug>.json and /api/compare/<slug>.json are tens of thousands of tiny
//   files, and a template per file costs Eleventy far more than the JSON itself. Each is made
//   just before it is written, so they are never all in memory at once.
import { mkdir, open, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteSettings } from "../../../_data/site.ts";
import { apiContext } from "../api/context.ts";
import { apiCertification } from "../api/records.ts";
import { compareFacts } from "../format/compare.ts";
import { loadCatalog } from "./catalog-data.ts";

async function writeEach<T>(items: readonly T[], write: (item: T) => Promise<void>, concurrency = 64): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await write(items[next++]!);
    }),
  );
}

/**
 * Write `{ ...head, [key]: items }` exactly as `JSON.stringify(value, null, 1)` would, one item
 * at a time, in writes of about a megabyte.
 */
export async function writeJsonList(file: string, head: Record<string, unknown>, key: string, items: Iterable<unknown>): Promise<void> {
  const fh = await open(file, "w");
  try {
    let buffer = `${JSON.stringify(head, null, 1).slice(0, -2)},\n ${JSON.stringify(key)}: [`;
    let first = true;
    for (const item of items) {
      buffer += `${first ? "" : ","}\n  ${JSON.stringify(item, null, 1).replaceAll("\n", "\n  ")}`;
      first = false;
      if (buffer.length > 1 << 20) {
        await fh.write(buffer);
        buffer = "";
      }
    }
    await fh.write(`${buffer}${first ? "]" : "\n ]"}\n}`);
  } finally {
    await fh.close();
  }
}

export default function recordFilesPlugin(eleventyConfig: any, { site }: { site: SiteSettings }): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { catalog } = await loadCatalog();
    const ctx = apiContext(site);
    const apiDir = path.join(directories.output, "api");
    const records = path.join(apiDir, "certifications");
    const compare = path.join(apiDir, "compare");
    await Promise.all([mkdir(records, { recursive: true }), mkdir(compare, { recursive: true })]);
    await writeJsonList(
      path.join(apiDir, "certifications.json"),
      { schema: `${ctx.base}api/schema.json#/$defs/ApiCertification`, count: catalog.certifications.length },
      "certifications",
      (function* () {
        for (const c of catalog.certifications) yield apiCertification(c, ctx);
      })(),
    );
    await writeEach(catalog.certifications, async (c) => {
      await writeFile(path.join(records, `${c.slug}.json`), JSON.stringify(apiCertification(c, ctx), null, 1));
      await writeFile(path.join(compare, `${c.slug}.json`), JSON.stringify({ slug: c.slug, name: c.name, url: `${site.pathPrefix}${c.url.slice(1)}`, facts: compareFacts(c) }));
    });
  });
}
