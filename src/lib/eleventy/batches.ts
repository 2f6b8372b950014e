// Large catalogues are rendered in batches: one Eleventy run per batch of record pages.
// Eleventy keeps every page it renders in memory until its run ends, so a single run over
// 50,000 records outgrows Node's default heap; a run per batch holds one batch at a time.
// The first run renders every other page too and writes the catalogue-wide files; the last
// one ends with the search index, over the pages of every run.
import { readdirSync } from "node:fs";
import path from "node:path";

export interface Batch {
  /** 0-based position and number of runs. */
  index: number;
  count: number;
  /** The certifications whose pages this run renders: catalog.certifications.slice(start, end). */
  start: number;
  end: number;
}

export const isFirst = (b: Batch) => b.index === 0;
export const isLast = (b: Batch) => b.index === b.count - 1;

/** Runs of at most `size` record pages each; one run when there are none. */
export function planBatches(records: number, size: number): Batch[] {
  const count = Math.max(1, Math.ceil(records / size));
  return Array.from({ length: count }, (_, index) => ({ index, count, start: index * size, end: index === count - 1 ? records : (index + 1) * size }));
}

let current: Batch | undefined;

/** Set by scripts/build.ts before each run; unset (one run over everything) for `npm start`. */
export function setBatch(batch: Batch | undefined): void {
  current = batch;
}

export function currentBatch(): Batch {
  return current ?? { index: 0, count: 1, start: 0, end: Number.MAX_SAFE_INTEGER };
}

/** The template that renders record pages: the only one the later runs of a batched build read. */
export const RECORD_TEMPLATE = "src/certifications/certification.njk";

/** Every other template under `input` (for Eleventy to ignore in the later runs). */
export function templatesBesides(keep: string, input = "src"): string[] {
  return readdirSync(input, { recursive: true, encoding: "utf8" })
    .map((f) => path.posix.join(input, f.split(path.sep).join("/")))
    .filter((f) => /\.(njk|md|11ty\.ts)$/.test(f) && f !== keep && !f.startsWith(`${input}/lib/`));
}
