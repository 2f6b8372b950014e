// A failed build must leave the last good site exactly as it was, and say why.
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { certification, exchangeRates, individual, issuer, role, writeCatalog } from "../support/records.ts";
import type { CertificationInput } from "../../src/lib/schema/index.ts";
import { copyProject, runBuild, snapshot, tempDir } from "../support/build.ts";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";

describe("a failed build", () => {
  it("on bad data: names the file and field, exits 1, and leaves _site byte-identical", async () => {
    const out = path.join(await tempDir("fail-data"), "_site");
    const good = await writeCatalog([certification()]);
    assert.equal(runBuild(good, out).code, 0);
    const before = await snapshot(out);
    assert.ok(before.size > 5);

    const bad = await writeCatalog([certification("acme-cert", { issuer: "no-such-issuer" })]);
    const started = performance.now();
    const result = runBuild(bad, out);
    const seconds = (performance.now() - started) / 1000;
    assert.equal(result.code, 1);
    assert.match(result.stderr, /certifications\/acme-cert\.ts: issuer: is "no-such-issuer", which is not an issuer \(expected one of: acme-standards\)/);
    assert.match(result.stderr, /Build failed; .*_site was left as it was\./);
    assert.deepEqual(await snapshot(out), before);
    console.log(`# bad data rejected in ${seconds.toFixed(1)} s`);
  });

  it("on a template that fails half way: exits 1, leaves _site byte-identical and no staging folder", async () => {
    const project = await copyProject();
    const out = path.join(project, "_site");
    const catalog = await writeCatalog([certification()]);
    assert.equal(runBuild(catalog, out, { cwd: project }).code, 0);
    const before = await snapshot(out);

    // Sorted after the good pages, so Eleventy has begun writing when this one throws.
    await writeFile(path.join(project, "src", "zz-broken.njk"), "---\nlayout: layouts/base.njk\n---\n{{ notAFunction() }}\n");
    const result = runBuild(catalog, out, { cwd: project });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Rendering failed/);
    assert.deepEqual(await snapshot(out), before);
    const leftovers = (await readdir(project)).filter((n) => n.startsWith("_site."));
    assert.deepEqual(leftovers, []);
    assert.ok(existsSync(path.join(out, "index.html")));
  });
});

/** Two editions of the fixture record: 1995, replaced by 2005 (certificates valid to 2008). */
const editions = (overrides: { name?: string; first?: object; second?: object; claims?: string[] } = {}): Partial<CertificationInput> => ({
  editions: [
    { id: "1995", name: `${overrides.name ?? "Acme"} 1995`, claims: overrides.claims ?? ["ACME:1995 edition"], published: "1995", validUntil: "2008", cite: ["acme-page"], ...overrides.first },
    { id: "2005", name: `${overrides.name ?? "Acme"} 2005`, published: "2005", cite: ["acme-page"], ...overrides.second },
  ],
});

// [what is wrong, the records, the one error line expected (without the folder)]
const BAD: Array<[string, () => Parameters<typeof writeCatalog>, string]> = [
  [
    "an unknown price type",
    () => [[certification("acme-cert", { cost: { status: "published", figures: [{ min: 1, currency: "USD", basis: "per-exam", priceType: "rumoured" as never, asOf: "2004", cite: ["acme-page"] }] } })]],
    `certifications/acme-cert.ts: cost.figures[0].priceType: is "rumoured" (expected one of: "list", "quoted", "indicative", "reported")`,
  ],
  [
    "an unknown kind of source",
    () => [[certification("acme-cert", { sources: [{ id: "acme-page", url: "https://acme.example.org/", title: "A", publisher: "A", kind: "blog" as never, accessed: "2026-11-01" }] })]],
    `certifications/acme-cert.ts: sources[0].kind: is "blog" (expected one of: "issuer", "standards-body", "accreditation-body", "certification-body", "government", "press", "consultancy", "academic", "reference", "archive")`,
  ],
  [
    "an unknown kind of assurance",
    () => [[certification("acme-cert", { assurance: "endorsement" as never })]],
    `certifications/acme-cert.ts: assurance: is "endorsement" (expected one of: "certification", "attestation", "accreditation", "award", "assessment", "membership", "guidance")`,
  ],
  [
    "a guidance standard with a cost of certification",
    () => [[certification("acme-cert", { assurance: "guidance", timeToAchieve: { status: "not-published" }, validity: { status: "not-published" } })]],
    `certifications/acme-cert.ts: cost: is published, but assurance is "guidance" (expected { status: "not-published" }: a guidance standard cannot be certified against, so it has no cost of certification)`,
  ],
  [
    "a cost with no exchange rate for its year",
    () => [[certification()], [issuer()], { money: { "exchange-rates": exchangeRates({ rates: exchangeRates().rates!.filter((r) => !(r.year === 2004 && r.currency === "INR")) }) } }],
    `certifications/acme-cert.ts: cost.figures[0]: is INR as of 2004, but `,
  ],
  [
    "editions out of order",
    () => [[certification("acme-cert", editions({ first: { published: "2010", validUntil: "2012" } }))]],
    `certifications/acme-cert.ts: editions[1].published: is 2005, before Acme 1995 (2010) (expected editions oldest first)`,
  ],
  [
    "a transition that ends before its edition was published",
    () => [[certification("acme-cert", editions({ first: { validUntil: "1990" } }))]],
    `certifications/acme-cert.ts: editions[0].validUntil: is 1990, before publication on 1995 (expected the transition to end on or after publication)`,
  ],
  [
    "a claim spelling used twice in the catalogue",
    () => [[certification("acme-cert", editions()), certification("beta-cert", { aliases: [], ...editions({ name: "Beta", claims: ["Acme 1995"] }) })]],
    `certifications/beta-cert.ts: editions[0].claims[0]: is "Acme 1995", which reads the same as Acme 1995 in acme-cert (expected each claim spelling once in the catalogue, case and punctuation aside)`,
  ],
  [
    "an individual certification that names no role",
    () => [[individual("acme-person", { roles: [] })], [issuer()], { roles: [role()] }],
    `certifications/acme-person.ts: roles: is empty (expected at least one role this individual certification fits)`,
  ],
];

describe("bad input refused with one clear error, the last good site untouched", () => {
  for (const [what, records, line] of BAD)
    it(what, async () => {
      const out = path.join(await tempDir("fail-case"), "_site");
      assert.equal(runBuild(await writeCatalog([certification()]), out).code, 0);
      const before = await snapshot(out);
      const result = runBuild(await writeCatalog(...records()), out);
      assert.equal(result.code, 1, result.stdout);
      const errors = result.stderr.split("\n").filter((l) => /\.ts: /.test(l));
      assert.equal(errors.length, 1, `expected one error line:\n${result.stderr}`);
      assert.ok(errors[0]!.includes(line), `expected …${line}…, got:\n${errors[0]}`);
      assert.match(result.stderr, /Build failed; .*_site was left as it was\./);
      assert.deepEqual(await snapshot(out), before);
    });
});
