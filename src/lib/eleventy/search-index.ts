// After Eleventy writes the pages, Pagefind indexes them into <output>/pagefind/.
import path from "node:path";
import * as pagefind from "pagefind";

export interface IndexResult {
  pages: number;
}

export async function indexSite(outputDir: string): Promise<IndexResult> {
  // Result URLs are stored from the site root; the search page adds the path prefix (baseUrl).
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await index.deleteIndex();
  }
}

export default function searchIndexPlugin(eleventyConfig: any): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    await indexSite(directories.output);
    // A one-off build ends Pagefind's helper process so Node can exit; serve and watch keep it.
    if (runMode === "build") await pagefind.close();
  });
}
