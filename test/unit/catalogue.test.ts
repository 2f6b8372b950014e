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
  it("validates, with at least 58 certifications", () => {
    assert.ok(catalog.certifications.length >= 58, `${catalog.certifications.length}`);
  });

  it("keeps coverage of the key facts at or above its floors (active records)", () => {
    // The floors are what the catalogue reached; a change that loses a figure fails here.
    // Issue #11 asked for cost 85%, time 80% and validity 95%: see README, Coverage.
    const FLOORS = { cost: 50, time: 69, validity: 88 };
    for (const [field, floor] of Object.entries(FLOORS)) {
      const row = catalog.coverage.find((r) => r.field === field)!;
      assert.ok(row.active.percent >= floor, `${field}: ${row.active.count}/${row.active.of} (${row.active.percent}%) is below ${floor}%`);
    }
  });

  it("says what kind of assurance each record is, and covers every kind but membership and accreditation", () => {
    const kinds = new Set(catalog.certifications.map((c) => c.assurance));
    for (const k of ["certification", "attestation", "award", "assessment", "guidance"]) assert.ok(kinds.has(k as never), k);
    assert.equal(catalog.certificationBySlug.get("soc-2")!.assurance, "attestation");
    assert.equal(catalog.certificationBySlug.get("iso-10002")!.assurance, "guidance");
    assert.equal(catalog.certificationBySlug.get("iso-iec-27002")!.assurance, "guidance");
  });

  it("covers schemes specific to at least five regions", () => {
    const regions = new Set(catalog.certifications.flatMap((c) => c.regions));
    const wanted = ["United Kingdom", "United States", "India", "Philippines", "South Africa", "Australia", "New Zealand", "Germany", "England"];
    const found = wanted.filter((r) => regions.has(r));
    assert.ok(found.length >= 5, found.join(", "));
  });

  it("records editions, with dated ends, for the schemes vendors name by edition", () => {
    for (const slug of ["iso-9001", "iso-iec-27001", "iso-iec-20000-1", "iso-22301", "iso-10002", "pci-dss", "copc-cx-standard", "escm-sp", "people-cmm", "cmmi-svc", "hdi-professional-certifications"])
      assert.ok(catalog.certificationBySlug.get(slug)!.editions.length >= 2, slug);
    const edition = (slug: string, name: string) => catalog.certificationBySlug.get(slug)!.editions.find((e) => e.name === name)!;
    assert.match(edition("iso-9001", "ISO 9001:2008").validUntilText!, /September 2018/);
    assert.equal(edition("iso-iec-27001", "ISO/IEC 27001:2013").validUntilText, "31 October 2025");
    assert.equal(edition("pci-dss", "PCI DSS v3.2.1").validUntilText, "31 March 2024");
    assert.equal(edition("iso-iec-27001", "ISO/IEC 27001:2013").standing.state, "lapsed");
    // Where sources disagree on a date, the edition carries both.
    assert.ok(edition("iso-9001", "ISO 9001:2008").disagreements.some((d) => d.field === "validUntil" && d.positions.length >= 2));
  });

  it("has roles and paths for careers, every individual certification saying whom it serves", () => {
    assert.ok(catalog.roles.length >= 10 && catalog.paths.length >= 4, `${catalog.roles.length} roles, ${catalog.paths.length} paths`);
    for (const c of catalog.certifications.filter((c) => c.kind === "individual")) {
      assert.ok(c.roleFits.length >= 1, `${c.slug} fits no role`);
      assert.ok(c.prerequisites, `${c.slug} says nothing of prerequisites`);
    }
    for (const r of catalog.roles) for (const code of r.codes) assert.ok(code.cite.length && code.cite.every((id) => r.sourceById[id]), `${r.slug} ${code.code}`);
  });

  it("reads no source from a test, staging or demo host", () => {
    const sources = [...catalog.certifications, ...catalog.issuers, ...catalog.roles].flatMap((r) => r.sources.map((s) => [r.slug, s.url] as const));
    for (const [slug, url] of sources) {
      const host = new URL(url).host;
      assert.doesNotMatch(host, /(^|[.-])(test|testumgebung|staging|stage|demo|dev)[.-]|\.up\.railway\.app$|\.vercel\.app$|:\d+$/, `${slug}: ${url}`);
    }
  });

  it("cites every source it lists, and lists only http(s) sources", () => {
    for (const record of [...catalog.certifications, ...catalog.issuers, ...catalog.roles]) {
      const cited = new Set(citations(record));
      for (const s of record.sources) {
        assert.match(s.url, /^https?:\/\//, `${record.slug}: ${s.url}`);
        // Issuers' and roles' descriptions may rest on a source without citing it; certifications cite every one.
        if ("history" in record) assert.ok(cited.has(s.id), `${record.slug}: source "${s.id}" is never cited`);
      }
    }
  });

  it("uses every issuer but the accreditation bodies, which oversee the certifiers", () => {
    for (const i of catalog.issuers) if (i.type !== "accreditation-body") assert.ok(i.certifications.length > 0, `${i.slug} awards nothing in the catalogue`);
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
