// The build's progress bar: on a terminal it shows the phase and the pages written; the
// build only uses it when stderr is a terminal and CI is not set.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import { progressFor, silent, terminalProgress } from "../../src/lib/build/progress.ts";

/** A stream that says it is a terminal and keeps what is written to it. */
function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  let written = "";
  const stream = new Writable({
    write(chunk, _enc, done) {
      written += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 160 });
  return { stream, text: () => written };
}

describe("build progress", () => {
  it("draws the phase, the record pages and the pages written on a terminal", () => {
    const { stream, text } = fakeTerminal();
    const bar = terminalProgress(stream);
    bar.records(2);
    bar.phase("Rendering");
    bar.page(true);
    bar.page(false);
    bar.page(true);
    bar.phase("Pagefind", "· indexing");
    bar.stop();
    const out = text();
    assert.match(out, /Catalogue .*reading and checking the records/);
    assert.match(out, /Pagefind +\[[^\]]+\] 2\/2 certification pages · 3 pages written · indexing/);
  });

  it("is silent when stderr is not a terminal, and on CI", () => {
    const { isTTY } = process.stderr;
    const ci = process.env.CI;
    try {
      Object.assign(process.stderr, { isTTY: false });
      delete process.env.CI;
      assert.equal(progressFor(), silent, "not a terminal");
      Object.assign(process.stderr, { isTTY: true });
      process.env.CI = "true";
      assert.equal(progressFor(), silent, "CI");
    } finally {
      Object.assign(process.stderr, { isTTY });
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
    }
  });
});
