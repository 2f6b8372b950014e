// The claim checker's matcher, on the real catalogue's claims index: editions against editions,
// a scheme named with and without an edition, former names, versions written with a "v", a
// misnamed attestation, and words that name nothing in the catalogue.
import assert from "node:assert/strict";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { before, describe, it } from "node:test";
import { buildCatalog } from "../../src/lib/catalog/index.ts";
import { claimsIndex } from "../../src/lib/claims/build-index.ts";
import { matcher, read, tokenise, type Matcher } from "../../src/lib/claims/match.ts";
import type { ClaimsIndex } from "../../src/lib/claims/index-types.ts";
import { renderDataMarkdown } from "../../src/lib/markdown.ts";
import { ROOT } from "../support/build.ts";

let index: ClaimsIndex;
let m: Matcher;

before(async () => {
  const { catalog } = await buildCatalog({ dir: path.join(ROOT, "_data"), renderMarkdown: renderDataMarkdown });
  index = claimsIndex(catalog);
  m = matcher(index);
});

/** What a claim names, as [record page, edition name or "(record)", kind]. */
function named(text: string) {
  return read(m, text).matches.flatMap((match) =>
    match.targets.map((t) => [index.records[t.record]!.u, t.edition >= 0 ? index.records[t.record]!.e[t.edition]!.n : "(record)", t.kind] as const),
  );
}

describe("the claims matcher", () => {
  it("tells ISO 9001:2008 from ISO 9001:2015, however it is written", () => {
    for (const text of ["ISO 9001:2008", "iso 9001 2008", "ISO-9001:2008", "ISO9001:2008"]) assert.deepEqual(named(text), [["/certifications/iso-9001/", "ISO 9001:2008", "edition"]], text);
    assert.deepEqual(named("ISO 9001:2015"), [["/certifications/iso-9001/", "ISO 9001:2015", "edition"]]);
  });

  it("matches 27001 with and without an edition", () => {
    assert.deepEqual(named("ISO 27001:2013"), [["/certifications/iso-iec-27001/", "ISO/IEC 27001:2013", "edition"]]);
    assert.deepEqual(named("ISO/IEC 27001:2013 certified"), [["/certifications/iso-iec-27001/", "ISO/IEC 27001:2013", "edition"]]);
    assert.deepEqual(named("ISO 27001"), [["/certifications/iso-iec-27001/", "(record)", "alias"]]);
    assert.deepEqual(named("27001"), [["/certifications/iso-iec-27001/", "(record)", "alias"]]);
  });

  it("flags an edition that does not exist instead of passing over it", () => {
    const reading = read(m, "ISO 9001:2010 certified");
    assert.equal(reading.matches.length, 1);
    assert.equal(reading.matches[0]!.unknownEdition, "2010");
    assert.deepEqual(reading.unrecognised, []);
  });

  it("reads COPC-2000 as a former name of today's COPC CX Standard", () => {
    assert.deepEqual(named("COPC-2000 certified"), [["/certifications/copc-cx-standard/", "(record)", "former-name"]]);
    assert.deepEqual(named("COPC 2000"), [["/certifications/copc-cx-standard/", "(record)", "former-name"]]);
  });

  it("matches PCI DSS versions written with or without a v", () => {
    for (const text of ["PCI DSS v3.2.1", "PCI DSS 3.2.1 compliant", "PCI 3.2.1", "pci-dss 3.2.1"]) assert.deepEqual(named(text), [["/certifications/pci-dss/", "PCI DSS v3.2.1", "edition"]], text);
    assert.deepEqual(named("PCI DSS v4.0.1"), [["/certifications/pci-dss/", "PCI DSS v4.0.1", "edition"]]);
  });

  it("reads SOC 2 as the attestation, and notices when a claim calls it certified", () => {
    const reading = read(m, "We are SOC 2 certified.");
    assert.deepEqual(named("We are SOC 2 certified.").map(([u, e]) => `${u} ${e}`), ["/certifications/soc-2/ (record)"]);
    assert.equal(read(m, "SOC 2 compliant, certified by our auditors").matches[0]!.saysCertified, true);
    assert.equal(reading.matches[0]!.saysCertified, true);
    const soc = index.records[reading.matches[0]!.targets[0]!.record]!;
    assert.equal(soc.a, "Attestation");
    assert.equal(soc.cert, false);
    assert.equal(read(m, "SOC 2 Type II report available").matches[0]!.saysCertified, false);
  });

  it("lists the scheme-like words it does not know, and names nothing for them", () => {
    const reading = read(m, "HIPAA compliant and ISO 14001 certified, with TL 9000.");
    assert.deepEqual(reading.matches, []);
    assert.deepEqual(reading.unrecognised, ["HIPAA", "ISO 14001", "TL 9000"]);
    assert.deepEqual(read(m, "we answer calls quickly").unrecognised, [], "ordinary words are not listed");
  });

  it("reads the issue's own example claim, scheme by scheme", () => {
    const text = "ISO 9001:2008 and ISO 27001:2013 certified, PCI DSS 3.2.1 compliant, COPC-2000 certified, SOC 2 certified";
    assert.deepEqual(
      named(text).map(([u, e]) => `${u} ${e}`),
      [
        "/certifications/iso-9001/ ISO 9001:2008",
        "/certifications/iso-iec-27001/ ISO/IEC 27001:2013",
        "/certifications/pci-dss/ PCI DSS v3.2.1",
        "/certifications/copc-cx-standard/ (record)",
        "/certifications/soc-2/ (record)",
      ],
    );
    assert.deepEqual(read(m, text).unrecognised, []);
  });

  it("keeps the offsets of what it matched in the original text", () => {
    const text = "Certified: ISO/IEC 27001:2022.";
    const [match] = read(m, text).matches;
    assert.equal(text.slice(match!.start, match!.end), "ISO/IEC 27001:2022");
    // Accents are folded for matching; offsets stay those of the text as written.
    assert.deepEqual(tokenise("Über 27001"), [
      { word: "uber", start: 0, end: 4, raw: "Über" },
      { word: "27001", start: 5, end: 10, raw: "27001" },
    ]);
  });
});

describe("the claims index", () => {
  it("is small enough to load before a first result: about 30 kB gzipped or less", () => {
    const size = gzipSync(JSON.stringify(index)).length;
    assert.ok(size <= 30 * 1024, `${size} bytes gzipped`);
    console.log(`# claims index: ${size} bytes gzipped`);
  });
});
