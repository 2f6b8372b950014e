// /check/claims.json: the claim checker's index, written once per catalogue after the pages.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { claimsIndex } from "../claims/build-index.ts";
import { loadCatalog } from "./catalog-data.ts";

export const CLAIMS_INDEX = "/check/claims.json";

export default function claimsPlugin(eleventyConfig: any): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const file = path.join(directories.output, CLAIMS_INDEX);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(claimsIndex((await loadCatalog()).catalog)));
  });
}
