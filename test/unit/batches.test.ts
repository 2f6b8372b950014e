// How a large catalogue is split into Eleventy runs.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isFirst, isLast, planBatches, RECORD_TEMPLATE, templatesBesides } from "../../src/lib/eleventy/batches.ts";

describe("planBatches", () => {
  it("makes one run when the records fit in a batch, or there are none", () => {
    assert.deepEqual(planBatches(33, 10000), [{ index: 0, count: 1, start: 0, end: 33 }]);
    assert.deepEqual(planBatches(0, 10000), [{ index: 0, count: 1, start: 0, end: 0 }]);
  });

  it("renders no record page in the first of several runs, then every record once, in order, in runs of at most the batch size", () => {
    const runs = planBatches(50001, 10000);
    assert.equal(runs.length, 7);
    assert.deepEqual(runs.map((b) => [b.start, b.end]), [[0, 0], [0, 10000], [10000, 20000], [20000, 30000], [30000, 40000], [40000, 50000], [50000, 50001]]);
    assert.ok(isFirst(runs[0]!) && !isLast(runs[0]!));
    assert.ok(isLast(runs[6]!) && !isFirst(runs[6]!));
    assert.deepEqual(planBatches(20000, 10000).map((b) => [b.start, b.end]), [[0, 0], [0, 10000], [10000, 20000]]);
  });
});

describe("templatesBesides", () => {
  it("lists every page template but the record template, and none of the code in src/lib", () => {
    const others = templatesBesides(RECORD_TEMPLATE);
    assert.ok(!others.includes(RECORD_TEMPLATE));
    for (const t of ["src/index.njk", "src/certifications/browse.njk", "src/issuers/issuer.njk", "src/sitemap.njk", "src/about.md", "src/api/issuers.11ty.ts"]) assert.ok(others.includes(t), t);
    assert.ok(!others.some((t) => t.startsWith("src/lib/") || t.startsWith("src/assets/")), "no code or assets");
  });
});
