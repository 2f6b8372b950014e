// Descriptions rendered on a worker thread must come out exactly as on the main thread.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { buildCatalog } from "../../src/lib/catalog/index.ts";
import { renderDataMarkdown } from "../../src/lib/markdown.ts";
import { startDataMarkdownBatch, startWorker, WORKER_MIN_TEXTS } from "../../src/lib/markdown-batch.ts";
import { ROOT } from "../support/build.ts";

const DIR = path.join(ROOT, "_data");

// Markdown that exercises the data renderer's rules: raw HTML as text, only http(s) links, no
// images, typographic quotes and dashes, lists and emphasis.
const texts = [
  "",
  "Plain text.",
  'Hello <script>alert(1)</script> and "quotes" -- dashes... (c)',
  "[ok](https://example.org/a) and [bad](javascript:alert(1)) and ![x](https://example.org/x.png)",
  "**Bold**, _emphasis_, `code`\n\n- one\n- two\n\n1. first\n2. second",
  "Über café – 日本語 😀",
];

describe("Markdown rendered in batches", () => {
  it("renders on a worker thread exactly as on the main thread, in order", async () => {
    const many = Array.from({ length: 300 }, (_, i) => `${texts[i % texts.length]} ${i}`);
    assert.deepEqual(await startWorker().render(many), many.map(renderDataMarkdown));
  });

  it("uses a worker only from WORKER_MIN_TEXTS texts up", async () => {
    const small = startDataMarkdownBatch(WORKER_MIN_TEXTS - 1);
    const large = startDataMarkdownBatch(WORKER_MIN_TEXTS);
    try {
      assert.equal(small.onWorker, false);
      assert.equal(large.onWorker, true);
      assert.deepEqual(await small.render(texts), texts.map(renderDataMarkdown));
      assert.deepEqual(await large.render(texts), texts.map(renderDataMarkdown));
    } finally {
      large.close();
    }
  });

  it("gives the catalogue the same descriptions as rendering them one by one", async () => {
    const alone = await buildCatalog({ dir: DIR, renderMarkdown: renderDataMarkdown });
    let onWorker = false;
    const batched = await buildCatalog({
      dir: DIR,
      renderMarkdown: () => assert.fail("every description should come from the batch"),
      startMarkdownBatch: (expected) => {
        const batch = startDataMarkdownBatch(expected, { workerMinTexts: 1 });
        onWorker = batch.onWorker;
        return batch;
      },
    });
    assert.ok(onWorker, "the batch ran on a worker thread");
    const html = (c: typeof alone) => [...c.catalog.certifications, ...c.catalog.issuers, ...c.catalog.roles].map((r) => [r.slug, r.descriptionHtml]);
    assert.deepEqual(html(batched), html(alone));
    assert.ok(html(alone).length > 100);
  });
});
