// Pagefind indexes the searchable pages once Eleventy has written them, into <output>/pagefind/.
//
// While rendering, a transform notes which pages carry `data-pagefind-body`. Pagefind's command
// line then reads the site folder itself, limited by a glob to the folders those pages live in,
// so the thousands of list, compare and redirect pages, which it would parse only to skip, are
// not read at all. The command line rather than the Node API: the same index byte for byte,
// about 1.5 s sooner at 10,000 records (three paired runs: 20.5-21.5 s against 21.8-22.6 s),
// and far sooner than sending the pages themselves through the API's pipe.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { isFirst, isLast, type Batch } from "./batches.ts";
import { progress } from "../build/progress.ts";

/**
 * Postings (word locations, plus one per page) per index chunk. A query downloads the chunks
 * its words fall in; Pagefind's default of 20,000 makes each chunk about 30 kB gzipped at
 * 10,000 records, so even a rare word (one record's short name) cost 55 kB. At 4,000 such a
 * query costs about 3 kB, for 7 kB more of chunk list loaded with the search page. Pagefind
 * 1.6 reads it from this environment variable when it starts; "unstable" is
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

/** Pagefind's command line as its npm package installs it (the package exports only its Node API). */
const PAGEFIND_CLI = path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner", "bin.cjs");

export class SearchIndexRun {
  private readonly pages: string[] = [];

  /** Note one searchable page by the file it is written to. */
  add(file: string): void {
    this.pages.push(path.resolve(file));
  }

  /** Index the noted pages of `siteDir` and write the index into <siteDir>/pagefind. Returns the page count. */
  async write(siteDir: string): Promise<number> {
    const site = path.resolve(siteDir);
    const relative = this.pages.map((p) => path.relative(site, p).split(path.sep).join("/"));
    // Result URLs are stored from the site root; the search page adds the path prefix (baseUrl).
    const glob = globFor(relative);
    const outputPath = path.join(site, "pagefind");
    try {
      // Asynchronous, so the other end-of-build writers run while Pagefind indexes.
      await promisify(execFile)(process.execPath, [PAGEFIND_CLI, "--site", site, "--glob", glob, "--output-path", outputPath], { maxBuffer: 1 << 24 });
    } catch (err) {
      const { stdout = "", stderr = "", message } = err as { stdout?: string; stderr?: string; message: string };
      const said = `${stdout}\n${stderr}`.trim().split("\n").slice(-12).join("\n");
      throw new Error(`Pagefind could not index ${site}: ${said || message}`);
    }
    const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed !== relative.length) throw new Error(`Pagefind indexed ${indexed} page(s), but ${relative.length} are marked data-pagefind-body (glob ${glob})`);
    return indexed;
  }
}

// One index over every Eleventy run of a batched build (src/lib/eleventy/batches.ts).
let run = new SearchIndexRun();

export default function searchIndexPlugin(eleventyConfig: any, { batch }: { batch: Batch }): void {
  eleventyConfig.on("eleventy.before", () => {
    if (isFirst(batch)) run = new SearchIndexRun();
  });
  eleventyConfig.addTransform("search-index", function (this: { page: { outputPath: string | false } }, content: string) {
    const { outputPath } = this.page;
    if (typeof outputPath === "string" && outputPath.endsWith(".html") && isSearchable(content)) run.add(outputPath);
    return content;
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (!isLast(batch)) return;
    progress().phase("Pagefind", "· indexing the searchable pages");
    await run.write(directories.output);
  });
}
