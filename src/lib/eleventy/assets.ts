// The stylesheet, written under a content-hashed name so CDNs may cache it for a year.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const SOURCE = "src/assets/site.css";

async function fingerprinted(): Promise<{ css: string; body: string }> {
  const body = await readFile(SOURCE, "utf8");
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  return { css: `/assets/site.${hash}.css`, body };
}

export default function assetsPlugin(eleventyConfig: any): void {
  let current: Promise<{ css: string; body: string }> | undefined;
  eleventyConfig.addWatchTarget(SOURCE);
  eleventyConfig.on("eleventy.before", () => {
    current = fingerprinted();
  });
  eleventyConfig.addGlobalData("assets", async () => ({ css: (await (current ??= fingerprinted())).css }));
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { css, body } = await (current ??= fingerprinted());
    const file = path.join(directories.output, css);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  });
}
