// A corpus of invalid records: each names the exact file, field path and wording it must produce.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { jsonSchema } from "../../src/lib/schema/index.ts";
import { formatProblem } from "../../src/lib/catalog/problems.ts";
import { validateCatalog } from "../../src/lib/catalog/validate.ts";
import { TODAY, certification, check, issuer } from "../support/records.ts";

const F = "_data/certifications/acme-cert.ts";

/** Validate one record as the file `_data/certifications/<stem>.ts`, whatever its slug says. */
function checkAs(stem: string, record: unknown) {
  const result = validateCatalog(
    {
      certifications: [{ file: `_data/certifications/${stem}.ts`, stem, data: record }],
      issuers: [{ file: "_data/issuers/acme-standards.ts", stem: "acme-standards", data: issuer() }],
      roles: [],
      paths: [],
    },
    { today: TODAY },
  );
  return { errors: result.problems.filter((p) => p.severity === "error").map(formatProblem) };
}

describe("a valid corpus", () => {
  it("passes with no errors and no warnings", () => {
    const { errors, warnings, catalog } = check([certification(), certification("other-cert")]);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    assert.equal(catalog.certifications.length, 2);
  });

  it("accepts 'not published' for cost, time and validity", () => {
    const { errors } = check([
      certification("acme-cert", {
        cost: { status: "not-published" },
        timeToAchieve: { status: "not-published", note: "No source gives a duration." },
        validity: { status: "not-published" },
      }),
    ]);
    assert.deepEqual(errors, []);
  });
});

// [what the test changes, the record, the exact error lines expected]
const invalid: Array<[string, Record<string, unknown>, string[]]> = [
  ["a missing name", { name: undefined }, [`${F}: name: is missing (expected a string)`]],
  ["an empty name", { name: "  " }, [`${F}: name: is empty (expected text)`]],
  ["an unknown kind", { kind: "company" }, [`${F}: kind: is "company" (expected one of: "organisation", "individual")`]],
  [
    "an unknown category",
    { categories: ["quality-management", "cooking"] },
    [`${F}: categories[1]: is "cooking" (expected one of: "quality-management", "information-security", "workforce", "service-management", "customer-experience", "process-improvement", "payment-security", "complaints-handling", "outsourcing")`],
  ],
  ["no category", { categories: [] }, [`${F}: categories: is empty (expected at least one category)`]],
  ["a misspelt field", { isuer: "acme-standards" }, [`${F}: isuer: is not a known field (expected one of: slug, name, shortName, aliases, kind, categories, issuer, certifiers, formerIssuers, website, assurance, status, statusDetail, supersedes, supersededBy, related, summary, history, levels, cost, timeToAchieve, validity, auditTime, editions, roles, prerequisites, requirements, recognition, regions, verify, disagreements, sources, description, lastReviewed)`]],
  ["a bad status", { status: "retired" }, [`${F}: status: is "retired" (expected one of: "active", "superseded", "withdrawn", "dormant", "planned", "historic")`]],
  ["a javascript: website", { website: "javascript:alert(1)" }, [`${F}: website: is not an http(s) URL (expected https://... or http://...)`]],
  ["a data: website", { website: "data:text/html,hi" }, [`${F}: website: is not an http(s) URL (expected https://... or http://...)`]],
  [
    "a source URL that is not http(s)",
    { sources: [{ id: "acme-page", url: "ftp://acme.example.org/x", title: "t", publisher: "p", kind: "issuer", accessed: "2026-01-01" }] },
    [`${F}: sources[0].url: is not an http(s) URL (expected https://... or http://...)`],
  ],
  [
    "a source without an accessed date",
    { sources: [{ id: "acme-page", url: "https://acme.example.org/x", title: "t", publisher: "p", kind: "issuer" }] },
    [`${F}: sources[0].accessed: is missing (expected a string)`],
  ],
  [
    "a date with an impossible month",
    { history: [{ date: "2003-13", event: "x", cite: ["acme-page"] }] },
    [`${F}: history[0].date: is not a real calendar date`],
  ],
  [
    "a date in the wrong format",
    { history: [{ date: "03/02/2003", event: "x", cite: ["acme-page"] }] },
    [`${F}: history[0].date: is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`],
  ],
  ["a review date without a day", { lastReviewed: "2026-11" }, [`${F}: lastReviewed: is not a full date (expected YYYY-MM-DD)`]],
  [
    "an unknown currency",
    { cost: { status: "published", figures: [{ min: 1, currency: "RUPEES", basis: "per-site", priceType: "quoted", asOf: "2004", cite: ["acme-page"] }] } },
    [`${F}: cost.figures[0].currency: is not an ISO 4217 currency code (expected e.g. USD, INR, GBP, EUR)`],
  ],
  [
    "a cost range with max below min",
    { cost: { status: "published", figures: [{ min: 2500000, max: 2000000, currency: "INR", basis: "per-site", priceType: "quoted", asOf: "2004", cite: ["acme-page"] }] } },
    [`${F}: cost.figures[0].max: is below min 2500000 (expected max >= min)`],
  ],
  [
    "a negative cost",
    { cost: { status: "published", figures: [{ min: -5, currency: "USD", basis: "per-exam", priceType: "list", asOf: "2004", cite: ["acme-page"] }] } },
    [`${F}: cost.figures[0].min: is -5 (expected a number >= 0)`],
  ],
  [
    "an unknown cost status",
    { cost: { status: "unknown" } },
    [`${F}: cost.status: is "unknown" (expected one of: "not-published", "published")`],
  ],
  [
    "a published cost without figures",
    { cost: { status: "published", figures: [] } },
    [`${F}: cost.figures: is empty (expected at least 1 item)`],
  ],
  [
    "a duration that is not ISO 8601",
    { timeToAchieve: { status: "published", figures: [{ min: "7 months", asOf: "2003", cite: ["acme-page"] }] } },
    [`${F}: timeToAchieve.figures[0].min: is not an ISO 8601 duration (expected e.g. P6W, P7M, P1Y, P1Y6M)`],
  ],
  [
    "a duration range with max below min",
    { timeToAchieve: { status: "published", figures: [{ min: "P18M", max: "P1Y", asOf: "2003", cite: ["acme-page"] }] } },
    [`${F}: timeToAchieve.figures[0].max: is shorter than min P18M (expected max >= min)`],
  ],
  [
    "a fact citing no source",
    { levels: [{ name: "Gold", cite: [] }] },
    [`${F}: levels[0].cite: cites no source (expected at least one id from this record's sources)`],
  ],
  [
    "a fact citing a source the record does not have",
    { requirements: [{ text: "x", cite: ["acme-page", "wikipedia"] }] },
    [`${F}: requirements[0].cite[1]: is "wikipedia", which is not a source of this record (expected one of: acme-page)`],
  ],
  [
    "an unconfirmed claim without a note",
    { levels: [{ name: "Gold", cite: ["acme-page"], unconfirmed: true }] },
    [`${F}: levels[0].note: is missing (expected a note saying why an unconfirmed claim is shown)`],
  ],
  [
    "a disagreement with one position",
    { disagreements: [{ topic: "Year", positions: [{ claim: "1995", cite: ["acme-page"] }] }] },
    [`${F}: disagreements[0].positions: has fewer than two positions (expected at least two claims that disagree)`],
  ],
  [
    "a history date in the future",
    { history: [{ date: "2027-03", event: "Next edition.", cite: ["acme-page"] }] },
    [`${F}: history[0].date: is 2027-03, in the future (expected a date on or before 2026-11-29)`],
  ],
  ["a slug with capitals", { slug: "Acme" }, [`${F}: slug: is not a slug (expected lowercase letters, digits and single hyphens, e.g. iso-9001)`]],
];

describe("an invalid record", () => {
  for (const [what, change, expected] of invalid) {
    it(`reports ${what} with file and field path`, () => {
      const { errors } = checkAs("acme-cert", { ...certification(), ...change });
      assert.deepEqual(errors, expected);
    });
  }

  it("reports a slug that differs from the file name", () => {
    const { errors } = checkAs("acme-cert", certification("acme-certification"));
    assert.deepEqual(errors, [`${F}: slug: is "acme-certification" but the file is named acme-cert (expected the slug to equal the file name)`]);
  });

  it("reports every error of a record at once, not only the first", () => {
    const { errors } = check([{ ...certification(), name: "", kind: "x", website: "javascript:x", regions: [] }]);
    assert.equal(errors.length, 4, errors.join("\n"));
  });
});

describe("an invalid issuer", () => {
  it("reports a bad type and an unknown successor with the issuer's file", () => {
    const successor = { issuer: "nobody", cite: ["acme-home"] };
    const { errors } = check([certification()], [issuer(), issuer("old-board", { type: "club" as never, status: "merged", successor })]);
    assert.deepEqual(errors, [
      `_data/issuers/old-board.ts: type: is "club" (expected one of: "standards-body", "accreditation-body", "professional-association", "industry-association", "company", "university", "government", "non-profit")`,
    ]);
    const second = check([certification()], [issuer(), issuer("old-board", { status: "merged", successor })]);
    assert.deepEqual(second.errors, [`_data/issuers/old-board.ts: successor.issuer: is "nobody", which is not an issuer (expected one of: acme-standards, old-board)`]);
  });
});

describe("the JSON Schema", () => {
  it("comes from the same schema: fields, enums and required lists", () => {
    const schema = jsonSchema() as { $defs: Record<string, { properties: Record<string, { enum?: string[] }>; required: string[]; additionalProperties: boolean }> };
    const cert = schema.$defs.Certification!;
    assert.deepEqual(cert.properties.kind!.enum, ["organisation", "individual"]);
    assert.ok(cert.required.includes("sources") && cert.required.includes("lastReviewed"));
    assert.ok(!cert.required.includes("aliases"), "fields with defaults are optional to authors");
    assert.equal(cert.additionalProperties, false);
    assert.ok(schema.$defs.Issuer!.properties.successor);
  });
});
