// The real catalogue in _data/: complete, sourced, honest, and telling the stories the site
// exists to tell (COPC's cost and time, ISO/IEC 27001's BS 7799 roots).
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildCatalog, type Catalog } from "../../src/lib/catalog/index.ts";
import { renderDataMarkdown } from "../../src/lib/markdown.ts";
import { ROOT } from "../support/build.ts";

let catalog: Catalog;
before(async () => {
  ({ catalog } = await buildCatalog({ dir: path.join(ROOT, "_data"), renderMarkdown: renderDataMarkdown }));
});

/** Every `cite` array anywhere in a record. */
function citations(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => citations(v, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k === "cite" && Array.isArray(v)) out.push(...(v as string[]));
      else if (k !== "sources") citations(v, out);
    }
  return out;
}

describe("the catalogue", () => {
  it("validates, with at least 20 certifications", () => {
    assert.ok(catalog.certifications.length >= 20, `${catalog.certifications.length}`);
  });

  it("cites every source it lists, and lists only http(s) sources", () => {
    for (const record of [...catalog.certifications, ...catalog.issuers]) {
      const cited = new Set(citations(record));
      for (const s of record.sources) {
        assert.match(s.url, /^https?:\/\//, `${record.slug}: ${s.url}`);
        if ("history" in record) assert.ok(cited.has(s.id), `${record.slug}: source "${s.id}" is never cited`);
      }
    }
  });

  it("uses every issuer", () => {
    for (const i of catalog.issuers) assert.ok(i.certifications.length > 0, `${i.slug} awards nothing in the catalogue`);
  });

  it("shows the article's COPC cost and time beside the competing figures, each with its source", () => {
    const copc = catalog.certificationBySlug.get("copc-cx-standard")!;
    const costs = copc.costFigures.map((f) => `${f.amount} [${f.asOf.iso}]`);
    assert.ok(costs.includes("₹20,00,000–₹25,00,000 INR [2004]"), costs.join("; "));
    assert.ok(costs.includes("about $50,000 USD [2004]"), costs.join("; "));
    const times = copc.durationFigures.map((f) => f.range);
    for (const t of ["about 1 year", "12–18 months", "7–8 months"]) assert.ok(times.includes(t), times.join("; "));
    for (const f of [...copc.costFigures, ...copc.durationFigures]) assert.ok(f.cite.every((id) => copc.sourceById[id]));
    assert.ok(copc.disagreements.length > 0);
  });

  it("lets a reader of ISO/IEC 27001 follow BS 7799 to today", () => {
    const iso27001 = catalog.certificationBySlug.get("iso-iec-27001")!;
    const lineage = iso27001.lineage.map((s) => s.slug);
    assert.ok(lineage.indexOf("bs-7799") < lineage.indexOf("iso-iec-27001"), lineage.join(" > "));
    assert.ok(iso27001.predecessors.some((p) => p.slug === "bs-7799"));
    assert.ok(iso27001.aliases.some((a) => a.name === "BS 7799-2"));
    assert.equal(catalog.certificationBySlug.get("bs-7799")!.status, "superseded");
  });

  it("marks the claims no source confirms (the article's SSPA levels)", () => {
    const sspa = catalog.certificationBySlug.get("sspa-certification")!;
    assert.equal(sspa.levels.length, 5);
    assert.ok(sspa.levels.every((l) => l.unconfirmed && l.note));
  });
});

describe("data and guides", () => {
  it("hold no placeholder, TODO or lorem text", async () => {
    const files = [
      ...(await readdir(path.join(ROOT, "_data"), { recursive: true })).filter((f) => f.endsWith(".ts")).map((f) => path.join(ROOT, "_data", f)),
      ...(await readdir(path.join(ROOT, "src", "guides"))).filter((f) => f.endsWith(".md")).map((f) => path.join(ROOT, "src", "guides", f)),
      path.join(ROOT, "src", "about.md"),
    ];
    assert.ok(files.length > 40);
    for (const f of files) assert.doesNotMatch(await readFile(f, "utf8"), /\b(TODO|TBD|FIXME|lorem|ipsum|placeholder)\b/i, f);
  });
});
