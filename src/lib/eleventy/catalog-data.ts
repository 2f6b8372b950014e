// The catalog as global data. Records are loaded by the catalog, not by Eleventy's data
// cascade: every record is validated (all errors at once) before any page is rendered,
// and each file is imported once.
import path from "node:path";
import { buildCatalog, CatalogError, formatProblem, type BuiltCatalog } from "../catalog/index.ts";
import { renderDataMarkdown } from "../markdown.ts";
import { startDataMarkdownBatch } from "../markdown-batch.ts";
import { ASSURANCE_HELP, ASSURANCE_LABELS, SOURCE_KIND_LABELS, STATUS_HELP } from "../catalog/labels.ts";
import { currentBatch } from "./batches.ts";

/** The catalog folder: `_data` unless CATALOG_DIR names another (fixtures, synthetic data). */
export function catalogDir(): string {
  return path.resolve(process.env.CATALOG_DIR ?? "_data");
}

const builds = new Map<string, Promise<BuiltCatalog>>();

/** One catalog per folder per process: the build script and the config share it. */
export function loadCatalog(dir = catalogDir()): Promise<BuiltCatalog> {
  let built = builds.get(dir);
  if (!built) {
    built = buildCatalog({ dir, renderMarkdown: renderDataMarkdown, startMarkdownBatch: startDataMarkdownBatch });
    builds.set(dir, built);
  }
  return built;
}

/**
 * While `npm start` serves, a broken record must read as `npm run validate` reads: one line per
 * problem, without Eleventy's stack trace. The pages already written stay served.
 */
async function catalogOrReport(dir: string): Promise<BuiltCatalog> {
  try {
    return await loadCatalog(dir);
  } catch (err) {
    if (!(err instanceof CatalogError)) throw err;
    const errors = err.problems.filter((p) => p.severity === "error");
    console.error(`${errors.map(formatProblem).join("\n")}\n${errors.length} error(s) in ${path.relative(process.cwd(), dir) || dir}.`);
    throw Object.assign(new Error(`The catalogue has ${errors.length} error(s), listed above; the last good pages are still served.`), { skipOriginalStack: true });
  }
}

export default function catalogDataPlugin(eleventyConfig: any): void {
  const dir = catalogDir();
  eleventyConfig.addGlobalData("catalog", async () => (await catalogOrReport(dir)).catalog);
  // The certifications whose pages this Eleventy run renders (all of them unless batched).
  const { start, end } = currentBatch();
  eleventyConfig.addGlobalData("recordPages", async () => (await catalogOrReport(dir)).catalog.certifications.slice(start, end));
  eleventyConfig.addGlobalData("statusHelp", STATUS_HELP);
  eleventyConfig.addGlobalData("labels", { sourceKinds: SOURCE_KIND_LABELS, assurance: ASSURANCE_LABELS, assuranceHelp: ASSURANCE_HELP });
  // While serving, a changed record rebuilds the catalogue from its files.
  eleventyConfig.addWatchTarget(dir);
  eleventyConfig.on("eleventy.beforeWatch", () => builds.delete(dir));
}
