// The streamed /api/certifications.json writer must give exactly what JSON.stringify gives.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { JsonListWriter } from "../../src/lib/eleventy/record-files.ts";
import { tempDir } from "../support/temp.ts";

describe("JsonListWriter", () => {
  const head = { schema: "https://example.org/api/schema.json#/$defs/X", count: 2 };
  const cases: Record<string, unknown[]> = {
    "no items": [],
    "one item": [{ slug: "a", tags: ["x", "y"], note: "line one\nline two", nested: { empty: [], none: {} } }],
    "many items, past the write size": Array.from({ length: 3000 }, (_, i) => ({ slug: `record-${i}`, text: "é–“ ".repeat(200), n: i })),
  };
  for (const [name, items] of Object.entries(cases)) {
    it(`writes ${name} byte for byte as JSON.stringify(value, null, 1)`, async () => {
      const file = path.join(await tempDir("json"), "list.json");
      const list = await JsonListWriter.open(file, head, "certifications");
      for (const item of items) await list.add(JSON.stringify(item, null, 1));
      await list.close();
      assert.equal(await readFile(file, "utf8"), JSON.stringify({ ...head, certifications: items }, null, 1));
    });
  }
});
