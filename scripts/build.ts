// npm run build: validate the catalog, render the site into a staging folder, index it
// with Pagefind, then swap it into place. Any failure leaves the last good site untouched.
// One build at a time per output folder (a second waits for the first); folders left by builds
// that died are removed first. On a terminal a progress bar shows the phases; elsewhere only
// the summary line is printed.
//
//   tsx scripts/build.ts [--out DIR]        CATALOG_DIR=DIR to build another catalog folder
//
// `npm run build` runs it with --max-semi-space-size=64: a build allocates fast and keeps every
// page until its Eleventy run ends, so with Node's default young generation it spent 6.6 s of a
// 10,000-record build in scavenges, and 3.6 s with 64 MB (32 MB: 4.9 s; 128 MB: 3.4 s).
import { existsSync, rmSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { CatalogError, formatProblem } from "../src/lib/catalog/index.ts";
import { catalogDir, loadCatalog } from "../src/lib/eleventy/catalog-data.ts";
import { planBatches, setBatch } from "../src/lib/eleventy/batches.ts";
import { lockOutput, OutputLocked, removeLeftovers } from "../src/lib/build/output-lock.ts";
import { progressFor, setProgress, silent } from "../src/lib/build/progress.ts";
import site from "../_data/site.ts";

const { values } = parseArgs({ options: { out: { type: "string", default: "_site" } } });
const output = path.resolve(values.out!);
const staging = `${output}.staging-${process.pid}`;
const started = performance.now();

/** Eleventy wraps errors (config, template, data); the useful message is often the innermost. */
function causes(err: unknown): string[] {
  const out: string[] = [];
  for (let e = err as { message?: string; cause?: unknown; originalError?: unknown } | undefined; e && out.length < 6; e = (e.cause ?? e.originalError) as typeof e)
    if (e.message && !out.includes(e.message)) out.push(e.message);
  return out;
}

const shown = path.relative(process.cwd(), output) || output;
let unlock = () => {};

function fail(message: string): never {
  console.error(message);
  console.error(`Build failed; ${shown} was left as it was.`);
  unlock();
  process.exit(1);
}

// 0. Wait for any other build into the same folder, then clear what dead builds left behind.
try {
  unlock = await lockOutput(output, { onWait: (pid) => console.error(`Waiting for the build with pid ${pid} to finish writing ${shown}...`) });
} catch (err) {
  if (!(err instanceof OutputLocked)) throw err;
  console.error(err.message);
  process.exit(1);
}
// Interrupted: remove this build's own staging folder and lock, so nothing is left behind.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    rmSync(staging, { recursive: true, force: true });
    unlock();
    process.exit(130);
  });
for (const name of removeLeftovers(output)) console.error(`Removed ${name}, left by a build that did not finish.`);
let progress = progressFor();
setProgress(progress);

// 1. The catalog, before anything is written: every error at once, with file and field.
let warnings;
try {
  ({ warnings } = await loadCatalog(catalogDir()));
} catch (err) {
  progress.stop();
  if (!(err instanceof CatalogError)) throw err;
  const errors = err.problems.filter((p) => p.severity === "error");
  fail(`${errors.map(formatProblem).join("\n")}\n${errors.length} error(s) in ${path.relative(process.cwd(), catalogDir()) || "."}.`);
}
if (warnings.length) {
  // Warnings print on their own lines; a fresh bar follows them.
  progress.stop();
  for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
  setProgress((progress = progressFor()));
}

// 2. Pages and search index into the staging folder: one Eleventy run per batch of record
//    pages (one run unless the catalogue is larger than site.buildBatchSize).
const { catalog } = await loadCatalog(catalogDir());
const batches = planBatches(catalog.certifications.length, site.buildBatchSize);
progress.records(catalog.certifications.length);
let pages = 0;
try {
  await rm(staging, { recursive: true, force: true });
  for (const batch of batches) {
    setBatch(batch);
    progress.phase(batches.length > 1 ? `Run ${batch.index + 1} of ${batches.length}` : "Rendering");
    const eleventy = new Eleventy(undefined, staging, { configPath: ".eleventy.ts", quietMode: true });
    const written = (await eleventy.write()) as unknown[];
    pages += written.flat().filter((r) => String((r as { outputPath?: unknown }).outputPath ?? "").endsWith(".html")).length;
  }
} catch (err) {
  progress.stop();
  await rm(staging, { recursive: true, force: true });
  fail(`Rendering failed: ${causes(err).join("\n  because: ")}`);
}
progress.stop();
setProgress(silent);

if (!existsSync(path.join(staging, "index.html"))) {
  await rm(staging, { recursive: true, force: true });
  fail("Rendering wrote no home page (index.html).");
}

// 3. Swap: the old site is moved aside only once the new one is complete.
const old = `${output}.old-${process.pid}`;
if (existsSync(output)) await rename(output, old);
await rename(staging, output);
await rm(old, { recursive: true, force: true });
unlock();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Built ${path.relative(process.cwd(), output) || output}: ${catalog.certifications.length} certifications, ${catalog.issuers.length} issuers, ${pages} pages${batches.length > 1 ? ` in ${batches.length} runs` : ""}, ${warnings.length} warning(s), ${seconds} s`,
);
