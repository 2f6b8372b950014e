// Checks across records, resolution, and loading real files from a folder.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { buildCatalog, CatalogError } from "../../src/lib/catalog/index.ts";
import { resolveCatalog } from "../../src/lib/catalog/resolve.ts";
import { renderDataMarkdown } from "../../src/lib/markdown.ts";
import { TODAY, certification, check, consumerPrices, exchangeRates, issuer, writeCatalog } from "../support/records.ts";
import { moneyTables } from "../support/money.ts";

const file = (slug: string) => `_data/certifications/${slug}.ts`;

describe("checks across records", () => {
  it("names the file and field of an issuer that does not exist", () => {
    const { errors } = check([certification("acme-cert", { issuer: "nobody" })]);
    assert.deepEqual(errors, [`${file("acme-cert")}: issuer: is "nobody", which is not an issuer (expected one of: acme-standards)`]);
  });

  it("checks certifiers are issuers", () => {
    const { errors } = check([certification("acme-cert", { certifiers: ["acme-standards", "ghost-body"] })]);
    assert.deepEqual(errors, [`${file("acme-cert")}: certifiers[1]: is "ghost-body", which is not an issuer (expected one of: acme-standards)`]);
  });

  it("finds supersedes and supersededBy pointing nowhere", () => {
    const { errors } = check([certification("acme-cert", { supersedes: ["old-thing"], related: ["missing-one"] })]);
    assert.deepEqual(errors, [
      `${file("acme-cert")}: supersedes[0]: is "old-thing", which is not a certification (expected the slug of a file in certifications/)`,
      `${file("acme-cert")}: related[0]: is "missing-one", which is not a certification (expected the slug of a file in certifications/)`,
    ]);
  });

  it("finds lineage that the two records disagree on", () => {
    const { errors } = check([
      certification("old-cert", { status: "superseded", supersededBy: ["new-cert"] }),
      certification("new-cert"),
    ]);
    assert.deepEqual(errors, [
      `${file("old-cert")}: supersededBy[0]: is "new-cert", but new-cert does not list "old-cert" in supersedes (expected both records to agree)`,
    ]);
    const reverse = check([certification("old-cert"), certification("new-cert", { supersedes: ["old-cert"] })]);
    assert.deepEqual(reverse.errors, [
      `${file("new-cert")}: supersedes[0]: is "old-cert", but old-cert does not list "new-cert" in supersededBy (expected both records to agree)`,
    ]);
  });

  it("finds a lineage cycle", () => {
    const { errors } = check([
      certification("a-cert", { supersedes: ["c-cert"], supersededBy: ["b-cert"] }),
      certification("b-cert", { supersedes: ["a-cert"], supersededBy: ["c-cert"] }),
      certification("c-cert", { supersedes: ["b-cert"], supersededBy: ["a-cert"] }),
    ]);
    assert.deepEqual(errors, [`${file("a-cert")}: supersededBy: forms a lineage cycle a-cert -> b-cert -> c-cert -> a-cert (expected successors never to lead back)`]);
  });

  it("refuses a record that supersedes itself", () => {
    const { errors } = check([certification("acme-cert", { supersedes: ["acme-cert"], supersededBy: ["acme-cert"] })]);
    assert.ok(errors.includes(`${file("acme-cert")}: supersedes[0]: is the record itself (expected another certification)`), errors.join("\n"));
  });

  it("finds duplicate slugs", () => {
    const { errors } = check([certification("acme-cert"), certification("acme-cert")]);
    assert.deepEqual(errors, [`${file("acme-cert")}: slug: is "acme-cert", already used by ${file("acme-cert")} (expected each certification slug once)`]);
  });

  it("finds duplicate source ids within a record", () => {
    const sources = [
      { id: "acme-page", url: "https://a.example.org/", title: "A", publisher: "A", kind: "issuer" as const, accessed: "2026-01-01" },
      { id: "acme-page", url: "https://b.example.org/", title: "B", publisher: "B", kind: "press" as const, accessed: "2026-01-01" },
    ];
    const { errors } = check([certification("acme-cert", { sources })]);
    assert.deepEqual(errors, [`${file("acme-cert")}: sources[1].id: is "acme-page", used by an earlier source (expected ids unique within the record)`]);
  });

  it("finds dates in the future anywhere in a record, at their precision", () => {
    const { errors } = check(
      [
        certification("acme-cert", {
          sources: [{ id: "acme-page", url: "https://acme.example.org/", title: "A", publisher: "A", kind: "issuer", published: "2026", accessed: "2026-12-01" }],
          lastReviewed: "2026-11-30",
        }),
      ],
      [issuer()],
    );
    assert.deepEqual(errors, [
      `${file("acme-cert")}: sources[0].accessed: is 2026-12-01, in the future (expected a date on or before 2026-11-29)`,
      `${file("acme-cert")}: lastReviewed: is 2026-11-30, in the future (expected a date on or before 2026-11-29)`,
    ]);
  });

  it("warns, without failing, on a record not reviewed for over a year", () => {
    const { errors, warnings } = check([certification("acme-cert", { lastReviewed: "2025-11-28" })]);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, [`${file("acme-cert")}: lastReviewed: is 2025-11-28, 366 days ago (expected a review within 365 days)`]);
    assert.deepEqual(check([certification("acme-cert", { lastReviewed: "2025-11-29" })]).warnings, []);
  });
});

describe("resolution", () => {
  const { catalog: valid } = check([
    certification("bs-old", { name: "Old Standard", status: "historic", supersededBy: ["mid-std"], history: [{ date: "1995", event: "x", cite: ["acme-page"] }] }),
    certification("mid-std", { name: "Middle Standard", supersedes: ["bs-old"], supersededBy: ["new-std"], history: [{ date: "2000", event: "x", cite: ["acme-page"] }] }),
    certification("new-std", { name: "New Standard", supersedes: ["mid-std"], related: ["bs-old"], history: [{ date: "2005-10-15", event: "x", cite: ["acme-page"] }] }),
  ]);
  const catalog = resolveCatalog(valid, renderDataMarkdown, moneyTables());

  it("sorts certifications by name and links issuers both ways", () => {
    assert.deepEqual(catalog.certifications.map((c) => c.slug), ["mid-std", "new-std", "bs-old"]);
    assert.deepEqual(catalog.issuerBySlug.get("acme-standards")!.certifications.map((c) => c.slug).sort(), ["bs-old", "mid-std", "new-std"]);
    assert.equal(catalog.certificationBySlug.get("new-std")!.issuerRecord.name, "Acme Standards Board");
  });

  it("derives the whole lineage in order from any member", () => {
    for (const slug of ["bs-old", "mid-std", "new-std"]) {
      const c = catalog.certificationBySlug.get(slug)!;
      assert.deepEqual(c.lineage.map((s) => s.slug), ["bs-old", "mid-std", "new-std"]);
      assert.deepEqual(c.lineage.filter((s) => s.current).map((s) => s.slug), [slug]);
    }
    assert.equal(catalog.certificationBySlug.get("new-std")!.lineage[2]!.fromText, "15 October 2005");
    assert.deepEqual(catalog.certificationBySlug.get("new-std")!.predecessors.map((r) => r.slug), ["mid-std"]);
    assert.deepEqual(catalog.certificationBySlug.get("new-std")!.relatedRecords.map((r) => r.url), ["/certifications/bs-old/"]);
  });

  it("derives display strings and sort keys once", () => {
    const c = catalog.certificationBySlug.get("new-std")!;
    assert.equal(c.costFigures[0]!.amount, "₹20,00,000–₹25,00,000 INR");
    assert.equal(c.costFigures[0]!.basisLabel, "per organisation");
    assert.equal(c.durationFigures[0]!.range, "7–8 months");
    assert.equal(c.durationFigures[0]!.asOfText, "3 February 2003");
    assert.equal(c.validityText, "3 years");
    assert.equal(c.sortKeys.monthsMin, 7);
    assert.equal(c.descriptionHtml, "<p>The Acme certification is <em>tested</em> here.</p>\n");
  });
});

describe("loading a catalog folder", () => {
  it("builds a catalog from real .ts files", async () => {
    const dir = await writeCatalog([certification()]);
    const { catalog, warnings } = await buildCatalog({ dir, renderMarkdown: renderDataMarkdown, today: TODAY });
    assert.equal(catalog.certifications[0]!.slug, "acme-cert");
    assert.deepEqual(warnings, []);
  });

  it("collects errors from every file, including files that do not load", async () => {
    const dir = await writeCatalog([certification("acme-cert", { issuer: "nobody" }), certification("second-cert", { kind: "robot" as never })]);
    await writeFile(path.join(dir, "certifications", "broken.ts"), "export default {{ not typescript");
    await writeFile(path.join(dir, "certifications", "empty.ts"), "export const x = 1;\n");
    const rel = path.relative(process.cwd(), dir);
    await assert.rejects(buildCatalog({ dir, renderMarkdown: renderDataMarkdown, today: TODAY }), (err: unknown) => {
      assert.ok(err instanceof CatalogError);
      const lines = err.message.split("\n").slice(1);
      assert.equal(lines.length, 4, err.message);
      assert.ok(lines.some((l) => l.startsWith(`${rel}/certifications/broken.ts: (file): cannot be loaded:`)), err.message);
      assert.ok(lines.includes(`${rel}/certifications/empty.ts: (file): has no default export (expected \`export default { ... } satisfies ...\`)`), err.message);
      assert.ok(lines.includes(`${rel}/certifications/acme-cert.ts: issuer: is "nobody", which is not an issuer (expected one of: acme-standards)`), err.message);
      assert.ok(lines.includes(`${rel}/certifications/second-cert.ts: kind: is "robot" (expected one of: "organisation", "individual")`), err.message);
      return true;
    });
  });

  it("says so when the folder does not exist", async () => {
    await assert.rejects(
      buildCatalog({ dir: "/nonexistent/catalog", renderMarkdown: renderDataMarkdown, today: DateTime.utc() }),
      /certifications: \(folder\): does not exist/,
    );
  });
});
