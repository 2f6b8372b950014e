// What a build tells its user while it works. On a terminal, a progress bar through the
// phases: the catalogue, each Eleventy run with its record pages and pages written, then
// Pagefind. Without one (CI, a pipe, a test), nothing until the summary line.
import { SingleBar } from "cli-progress";

export interface Progress {
  /** The number of certification pages, once the catalogue is loaded. */
  records(total: number): void;
  /** A new phase: "Catalogue", "Run 2 of 3", "Pagefind". */
  phase(name: string, detail?: string): void;
  /** One page written to the output; `record` when it is a certification page. */
  page(record: boolean): void;
  stop(): void;
}

export const silent: Progress = { records() {}, phase() {}, page() {}, stop() {} };

/** A bar over the catalogue's record pages, with the phase and the pages written so far. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const bar = new SingleBar({
    format: "{phase} [{bar}] {value}/{total} certification pages · {pages} pages written {detail}",
    stream,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 24,
    fps: 10,
  });
  let pages = 0;
  let written = 0;
  bar.start(0, 0, { phase: "Catalogue  ", pages: 0, detail: "· reading and checking the records" });
  return {
    records(total) {
      bar.setTotal(total);
    },
    phase(name, detail = "") {
      bar.update(written, { phase: name.padEnd(11), detail, pages });
    },
    page(record) {
      pages++;
      if (record) written++;
      bar.update(written, { pages });
    },
    stop() {
      bar.stop();
    },
  };
}

/** A bar only when a person is watching: a terminal, and not CI. */
export function progressFor(): Progress {
  return process.stderr.isTTY && process.env.CI !== "true" ? terminalProgress() : silent;
}

// The Eleventy plugins report through this; scripts/build.ts sets it for the build's duration.
let current: Progress = silent;
export const setProgress = (p: Progress) => void (current = p);
export const progress = (): Progress => current;
