// Roles and paths are checked like every other record: an unknown role, a cycle in "leads
// to", an uncited classification code, a path that skips a step, and individual
// certifications that do not say whom they serve or what they ask for first.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { careerPath, certification, check, individual, issuer, role, TODAY } from "../support/records.ts";
import { coverage } from "../../src/lib/catalog/coverage.ts";
import { Certification } from "../../src/lib/schema/certification.ts";

const R = (slug: string) => `_data/roles/${slug}.ts`;
const C = (slug: string) => `_data/certifications/${slug}.ts`;
const careers = (roles: unknown[], paths: unknown[] = []) => ({ roles, paths });
const errorsWith = (certs: unknown[], roles: unknown[], paths: unknown[] = []) => check(certs, [issuer()], TODAY, careers(roles, paths)).errors;

describe("role checks", () => {
  it("accepts roles that lead one way and a path that follows them", () => {
    const roles = [role("acme-agent", { leadsTo: [{ role: "acme-lead", cite: ["acme-isco"] }] }), role("acme-lead")];
    assert.deepEqual(errorsWith([individual()], roles, [careerPath("acme-path", ["acme-agent", "acme-lead"])]), []);
  });

  it("refuses an unknown role, wherever it is named", () => {
    const roles = [role("acme-agent", { leadsTo: [{ role: "nobody", cite: ["acme-isco"] }] })];
    assert.deepEqual(errorsWith([individual("acme-person", { roles: [{ role: "ghost", stage: "entry", cite: ["acme-page"] }] })], roles, [careerPath("acme-path", ["acme-agent", "phantom"])]), [
      `${R("acme-agent")}: leadsTo[0].role: is "nobody", which is not a role (expected one of: acme-agent)`,
      `_data/paths/acme-path.ts: roles[1]: is "phantom", which is not a role (expected one of: acme-agent)`,
      `${C("acme-person")}: roles[0].role: is "ghost", which is not a role (expected one of: acme-agent)`,
    ]);
  });

  it("refuses a cycle in 'leads to'", () => {
    const roles = [
      role("acme-a", { leadsTo: [{ role: "acme-b", cite: ["acme-isco"] }] }),
      role("acme-b", { leadsTo: [{ role: "acme-c", cite: ["acme-isco"] }] }),
      role("acme-c", { leadsTo: [{ role: "acme-a", cite: ["acme-isco"] }] }),
    ];
    assert.deepEqual(errorsWith([], roles), [`${R("acme-a")}: leadsTo: forms a cycle acme-a -> acme-b -> acme-c -> acme-a (expected "leads to" never to lead back)`]);
  });

  it("refuses a classification code without a citation", () => {
    const roles = [role("acme-agent", { codes: [{ system: "isco-08", code: "4222", title: "Contact centre information clerks" } as never] })];
    assert.deepEqual(errorsWith([], roles), [`${R("acme-agent")}: codes[0].cite: is missing (expected a list)`]);
  });

  it("refuses a path whose next rung the role before does not lead to", () => {
    const roles = [role("acme-agent"), role("acme-lead")];
    assert.deepEqual(errorsWith([], roles, [careerPath("acme-path", ["acme-agent", "acme-lead"])]), [
      `_data/paths/acme-path.ts: roles[1]: is "acme-lead", but acme-agent does not lead to it (expected each role to list the next in leadsTo)`,
    ]);
  });
});

describe("individual certifications say whom they serve", () => {
  it("needs a role and prerequisites (or 'none published')", () => {
    const { roles: _r, prerequisites: _p, ...bare } = individual();
    assert.deepEqual(errorsWith([bare], [role()]), [
      `${C("acme-person")}: roles: is empty (expected at least one role this individual certification fits)`,
      `${C("acme-person")}: prerequisites: is missing (expected what a candidate needs first, or { status: "none-published", note })`,
    ]);
  });

  it("links a prerequisite only to a certification that exists, and a credential only to its own levels", () => {
    const person = individual("acme-person", {
      roles: [{ role: "acme-agent", stage: "entry", credential: "Platinum", cite: ["acme-page"] }],
      prerequisites: { status: "published", items: [{ type: "certification", requirement: "required", text: "Hold it.", certification: "no-such-cert", cite: ["acme-page"] }] },
    });
    assert.deepEqual(errorsWith([person], [role()]), [
      `${C("acme-person")}: roles[0].credential: is "Platinum", which is not one of this record's levels (expected one of: Bronze, Gold)`,
      `${C("acme-person")}: prerequisites.items[0].certification: is "no-such-cert", which is not a certification (expected the slug of a file in certifications/)`,
    ]);
  });

  it("keeps roles off organisational certifications", () => {
    assert.deepEqual(errorsWith([certification("acme-cert", { roles: [{ role: "acme-agent", stage: "entry", cite: ["acme-page"] }] })], [role()]), [
      `${C("acme-cert")}: roles: is set on an organisational certification (expected roles only on individual certifications)`,
    ]);
  });
});

describe("one error per mistake", () => {
  it("does not report references to a record whose own file failed", () => {
    // The related record has a bad duration: that is its one error; the records naming it say nothing.
    const broken = certification("broken-cert", { timeToAchieve: { status: "published", figures: [{ min: "P3Q", asOf: "2004", cite: ["acme-page"] }] } });
    const naming = certification("naming-cert", { aliases: [], related: ["broken-cert"] });
    const following = certification("later-cert", { aliases: [], supersedes: ["broken-cert"] });
    assert.deepEqual(check([broken, naming, following]).errors, [`${C("broken-cert")}: timeToAchieve.figures[0].min: is not an ISO 8601 duration (expected e.g. P6W, P7M, P1Y, P1Y6M)`]);
  });

  it("nor references to a broken issuer or role", () => {
    const badIssuer = issuer("acme-standards", { type: "club" as never });
    assert.deepEqual(check([certification()], [badIssuer]).errors, [
      `_data/issuers/acme-standards.ts: type: is "club" (expected one of: "standards-body", "accreditation-body", "professional-association", "industry-association", "company", "university", "government", "non-profit")`,
    ]);
    assert.deepEqual(errorsWith([individual()], [role("acme-agent", { name: "" })]), [`${R("acme-agent")}: name: is empty (expected text)`]);
  });
});

describe("coverage", () => {
  const parse = (c: unknown) => Certification.parse(c);
  it("counts each key fact over all records and over active ones, leaving guidance out of cost, time and validity", () => {
    const rows = coverage([
      parse(certification("a-cert")),
      parse(certification("b-cert", { cost: { status: "not-published" }, levels: [] })),
      parse(certification("c-cert", { status: "historic", timeToAchieve: { status: "not-published" } })),
      parse(certification("d-cert", { assurance: "guidance", cost: { status: "not-published" }, timeToAchieve: { status: "not-published" }, validity: { status: "not-published" }, levels: [] })),
    ]);
    const row = (f: string) => rows.find((r) => r.field === f)!;
    assert.deepEqual(row("cost").all, { count: 2, of: 3, percent: 66.7 });
    assert.deepEqual(row("cost").active, { count: 1, of: 2, percent: 50 });
    assert.deepEqual(row("time").all, { count: 2, of: 3, percent: 66.7 });
    assert.deepEqual(row("validity").active, { count: 2, of: 2, percent: 100 });
    assert.deepEqual(row("levels").all, { count: 2, of: 4, percent: 50 });
  });
});
