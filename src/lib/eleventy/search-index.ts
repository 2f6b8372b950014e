// Pagefind indexes the searchable pages once Eleventy has written them, into <output>/pagefind/.
//
// While rendering, a transform notes which pages carry `data-pagefind-body`. Pagefind then
// reads the site folder itself (its own parallel reader, faster than sending pages through its
// Node API), limited by a glob to the folders those pages live in, so the thousands of list,
// compare and redirect pages, which it would parse only to skip, are not read at all.
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { isFirst, isLast, type Batch } from "./batches.ts";
import { progress } from "../build/progress.ts";

/**
 * Postings (word locations, plus one per page) per index chunk. A query downloads the chunks
 * its words fall in; Pagefind's default of 20,000 makes each chunk about 30 kB gzipped at
 * 10,000 records, so even a rare word (one record's short name) cost 55 kB. At 4,000 such a
 * query costs about 3 kB, for 7 kB more of chunk list loaded with the search page. Pagefind
 * 1.6 reads it from this environment variable when its helper process starts; "unstable" is
 * its name for a setting it may rename, which a test (test/build/search-index.test.ts) catches.
 */
export const INDEX_CHUNK_SIZE = 4000;
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);

/** The base layout marks <main> as the content Pagefind indexes; a page without it is left out. */
export function isSearchable(html: string): boolean {
  // indexOf, not a regular expression: this runs on every page, and a regex scan of each whole page cost seconds at 10,000 records.
  const main = html.indexOf("<main");
  if (main < 0) return false;
  const tag = html.slice(main, html.indexOf(">", main) + 1);
  return /^<main\s[^>]*\bdata-pagefind-body\b/.test(tag);
}

// One glob for Pagefind that matches every given page (paths relative to the site folder):
// each page's folder becomes a wildcard within its parent, so "certifications/x/index.html"
// gives "certifications/*/index.html". It may match other pages too; Pagefind skips those
// without `data-pagefind-body`. Paths with glob syntax in them fall back to every HTML file.
export function globFor(pages: string[]): string {
  if (pages.length === 0 || pages.some((p) => !/^[\w./-]+$/.test(p))) return "**/*.html";
  const patterns = new Set(
    pages.map((p) => {
      const parts = p.split("/");
      if (parts.length >= 2) parts[parts.length - 2] = "*";
      return parts.join("/");
    }),
  );
  return patterns.size === 1 ? [...patterns][0]! : `{${[...patterns].sort().join(",")}}`;
}

export class SearchIndexRun {
  private readonly pages: string[] = [];
  private created: ReturnType<typeof pagefind.createIndex> | undefined;

  /**
   * Start Pagefind's helper process now, while pages render. Started only once rendering ends,
   * its first answer waits for the event loop, which the other end-of-build writers (the API
   * files, the calendar) keep busy for seconds: time the index would be building.
   */
  prepare(): void {
    this.created ??= pagefind.createIndex({});
  }

  /** A run with no pages noted that keeps an index already started (a failed render's, while serving). */
  fresh(): SearchIndexRun {
    const next = new SearchIndexRun();
    next.created = this.created;
    return next;
  }

  /** Note one searchable page by the file it is written to. */
  add(file: string): void {
    this.pages.push(path.resolve(file));
  }

  /** Index the noted pages of `siteDir` and write the index into <siteDir>/pagefind. Returns the page count. */
  async write(siteDir: string): Promise<number> {
    const site = path.resolve(siteDir);
    const relative = this.pages.map((p) => path.relative(site, p).split(path.sep).join("/"));
    this.prepare();
    const { index, errors } = await this.created!;
    this.created = undefined;
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      // Result URLs are stored from the site root; the search page adds the path prefix (baseUrl).
      const glob = globFor(relative);
      const added = await index.addDirectory({ path: site, glob });
      if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
      const outputPath = path.join(site, "pagefind");
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
      const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
      if (indexed !== relative.length) throw new Error(`Pagefind indexed ${indexed} page(s), but ${relative.length} are marked data-pagefind-body (glob ${glob})`);
      return indexed;
    } finally {
      await index.deleteIndex();
    }
  }
}

// One index over every Eleventy run of a batched build (src/lib/eleventy/batches.ts).
let run = new SearchIndexRun();

export default function searchIndexPlugin(eleventyConfig: any, { batch }: { batch: Batch }): void {
  eleventyConfig.on("eleventy.before", () => {
    if (isFirst(batch)) run = run.fresh();
    if (isLast(batch)) run.prepare();
  });
  eleventyConfig.addTransform("search-index", function (this: { page: { outputPath: string | false } }, content: string) {
    const { outputPath } = this.page;
    if (typeof outputPath === "string" && outputPath.endsWith(".html") && isSearchable(content)) run.add(outputPath);
    return content;
  });
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (!isLast(batch)) return;
    progress().phase("Pagefind", "· indexing the searchable pages");
    await run.write(directories.output);
    // A one-off build ends Pagefind's helper process so Node can exit; serve and watch keep it.
    if (runMode === "build") await pagefind.close();
  });
}
