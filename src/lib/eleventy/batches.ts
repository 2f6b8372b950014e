// Large catalogues are rendered in batches: one Eleventy run per batch of record pages.
// Eleventy keeps every page it renders in memory until its run ends, so a single run over
// 50,000 records outgrows Node's default heap; a run per batch holds one batch at a time.
// When there is more than one run, the first renders every page but the record pages (the
// lists alone are the heaviest run) and writes the catalogue-wide files; each later run
// renders one batch of record pages; the last ends with the search index over them all.
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

/** One run when the records fit in a batch; else a run without record pages, then runs of at most `size`. */
export function planBatches(records: number, size: number): Batch[] {
  if (records <= size) return [{ index: 0, count: 1, start: 0, end: records }];
  const count = 1 + Math.ceil(records / size);
  return Array.from({ length: count }, (_, index) => ({
    index,
    count,
    start: index === 0 ? 0 : (index - 1) * size,
    end: index === 0 ? 0 : Math.min(index * size, records),
  }));
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
