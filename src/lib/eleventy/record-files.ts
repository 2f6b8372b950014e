// The open data files with one entry per certification, written straight to the output after
// Eleventy's pages rather than through templates:
// - /api/certifications.json, every record, is streamed record by record: at tens of thousands
//   of records it is the site's largest file, and a template would hold it as one string;
// - /api/certifications/<slug>.json and /api/compare/<slug>.json are tens of thousands of tiny
//   files, and a template per file costs Eleventy far more than the JSON itself. They are made
//   a group at a time, just before they are written, so they are never all in memory at once.
import { mkdir, open, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import type { SiteSettings } from "../../../_data/site.ts";
import { apiContext } from "../api/context.ts";
import { apiCertification } from "../api/records.ts";
import { compareFacts, costEntries } from "../format/compare.ts";
import { loadCatalog } from "./catalog-data.ts";

/**
 * Writes `{ ...head, [key]: [items] }` exactly as `JSON.stringify(value, null, 1)` would,
 * from items already serialised with `JSON.stringify(item, null, 1)`, in writes of about a
 * megabyte, so the whole list is never one string.
 */
export class JsonListWriter {
  private buffer: string;
  private empty = true;

  private constructor(private readonly file: FileHandle, head: Record<string, unknown>, key: string) {
    this.buffer = `${JSON.stringify(head, null, 1).slice(0, -2)},\n ${JSON.stringify(key)}: [`;
  }

  static async open(path: string, head: Record<string, unknown>, key: string): Promise<JsonListWriter> {
    return new JsonListWriter(await open(path, "w"), head, key);
  }

  async add(json: string): Promise<void> {
    this.buffer += `${this.empty ? "" : ","}\n  ${json.replaceAll("\n", "\n  ")}`;
    this.empty = false;
    if (this.buffer.length > 1 << 20) {
      await this.file.write(this.buffer);
      this.buffer = "";
    }
  }

  async close(): Promise<void> {
    try {
      await this.file.write(`${this.buffer}${this.empty ? "]" : "\n ]"}\n}`);
    } finally {
      await this.file.close();
    }
  }
}

/** Records serialised and written together, so a few files are in flight and in memory at once. */
const GROUP = 64;

export default function recordFilesPlugin(eleventyConfig: any, { site }: { site: SiteSettings }): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { catalog } = await loadCatalog();
    const ctx = apiContext(site);
    const apiDir = path.join(directories.output, "api");
    const records = path.join(apiDir, "certifications");
    const compare = path.join(apiDir, "compare");
    await Promise.all([mkdir(records, { recursive: true }), mkdir(compare, { recursive: true })]);
    // Each record is serialised once, for its own file and for the full list.
    const list = await JsonListWriter.open(
      path.join(apiDir, "certifications.json"),
      { schema: `${ctx.base}api/schema.json#/$defs/ApiCertification`, count: catalog.certifications.length },
      "certifications",
    );
    try {
      for (let i = 0; i < catalog.certifications.length; i += GROUP) {
        const group = catalog.certifications.slice(i, i + GROUP);
        const docs = group.map((c) => JSON.stringify(apiCertification(c, ctx), null, 1));
        for (const doc of docs) await list.add(doc);
        await Promise.all(
          group.flatMap((c, k) => [
            writeFile(path.join(records, `${c.slug}.json`), docs[k]!),
            writeFile(
              path.join(compare, `${c.slug}.json`),
              JSON.stringify({ slug: c.slug, name: c.name, url: `${site.pathPrefix}${c.url.slice(1)}`, facts: compareFacts(c), costs: costEntries(c) }),
            ),
          ]),
        );
      }
    } finally {
      await list.close();
    }
  });
}
