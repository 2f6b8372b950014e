// Editions: what the catalog refuses (dates out of order, a missing end, a transition ending
// before publication, a claim spelling used twice, a supersession outside the lineage), what it
// allows (scheduled dates in the future), and how an edition's standing reads on a given day.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lastDay, standing } from "../../src/lib/claims/standing.ts";
import type { CertificationInput } from "../../src/lib/schema/index.ts";
import { certification, certFile, check } from "../support/records.ts";

type Editions = NonNullable<CertificationInput["editions"]>;
const e = (id: string, published: string, more: Partial<Editions[number]> = {}): Editions[number] => ({ id, name: `Acme ${id}`, published, cite: ["acme-page"], ...more });
const errorsOf = (...certs: unknown[]) => check(certs).errors;

describe("edition checks", () => {
  it("accepts editions in order, each but the newest with an end, one scheduled in the future", () => {
    assert.deepEqual(errorsOf(certification("acme-cert", { editions: [e("1995", "1995", { validUntil: "2003-12-15" }), e("2000", "2000-12", { newCertificationEnds: "2026-12", validUntil: "2028" }), e("2026", "2026-09")] })), []);
  });

  it("accepts an end recorded as not published, with what was looked at", () => {
    assert.deepEqual(errorsOf(certification("acme-cert", { editions: [e("1995", "1995", { validUntil: { status: "not-published", note: "Looked at the issuer's site." } }), e("2000", "2000")] })), []);
  });

  it("refuses editions out of order", () => {
    assert.deepEqual(errorsOf(certification("acme-cert", { editions: [e("2015", "2015", { validUntil: "2018" }), e("2008", "2008")] })), [
      `${certFile("acme-cert")}: editions[1].published: is 2008, before Acme 2015 (2015) (expected editions oldest first)`,
    ]);
  });

  it("refuses an older edition without an end: only the newest may lack one", () => {
    assert.deepEqual(errorsOf(certification("acme-cert", { editions: [e("2008", "2008"), e("2015", "2015")] })), [
      `${certFile("acme-cert")}: editions[0].validUntil: is missing (expected the last day certificates to Acme 2008 were valid, or { status: "not-published", note }: only the newest edition may lack an end)`,
    ]);
  });

  it("refuses a transition that ends before publication, and new certification ending after validity", () => {
    assert.deepEqual(errorsOf(certification("acme-cert", { editions: [e("2008", "2008-11", { validUntil: "2008-03" }), e("2015", "2015")] })), [
      `${certFile("acme-cert")}: editions[0].validUntil: is 2008-03, before publication on 2008-11 (expected the transition to end on or after publication)`,
    ]);
    assert.deepEqual(errorsOf(certification("acme-cert", { editions: [e("2008", "2008", { newCertificationEnds: "2018-03-15", validUntil: "2017" }), e("2015", "2015")] })), [
      `${certFile("acme-cert")}: editions[0].validUntil: is 2017, before new certification ended on 2018-03-15 (expected certificates to stay valid at least that long)`,
    ]);
  });

  it("refuses a claim spelling another edition or another record already uses, case and punctuation aside", () => {
    const first = certification("acme-cert", { editions: [e("2013", "2013", { claims: ["ACME 27001:2013"], validUntil: "2025-10-31" }), e("2022", "2022")] });
    const second = certification("beta-cert", { aliases: [], editions: [e("x", "2013", { name: "Beta 2013", claims: ["acme 27001 2013"] })] });
    assert.deepEqual(errorsOf(first, second), [
      `${certFile("beta-cert")}: editions[0].claims[0]: is "acme 27001 2013", which reads the same as Acme 2013 in acme-cert (expected each claim spelling once in the catalogue, case and punctuation aside)`,
    ]);
    // An edition may not take another record's name or alias (the fixture's alias is ACME-2000).
    const third = certification("beta-cert", { aliases: [], editions: [e("x", "2000", { name: "Acme 2000" })] });
    assert.deepEqual(errorsOf(certification("acme-cert"), third), [
      `${certFile("beta-cert")}: editions[0].name: is "Acme 2000", which reads the same as the name of acme-cert (expected a spelling that names only this edition)`,
    ]);
  });

  it("allows an edition to spell an alias of its own record", () => {
    assert.deepEqual(errorsOf(certification("acme-cert", { editions: [e("2000", "2000", { name: "ACME-2000" })] })), []);
  });

  it("refuses a supersession outside the lineage or to an edition that does not exist", () => {
    const old = certification("old-cert", { aliases: [], status: "superseded", supersededBy: ["new-cert"], editions: [e("1999", "1999", { name: "Old 1999", validUntil: "2005" })] });
    const good = certification("new-cert", { aliases: [], supersedes: ["old-cert"], editions: [e("2005", "2005", { name: "New 2005", supersedes: [{ certification: "old-cert", edition: "1999" }] })] });
    assert.deepEqual(errorsOf(old, good), []);
    const unknown = certification("new-cert", { aliases: [], supersedes: ["old-cert"], editions: [e("2005", "2005", { name: "New 2005", supersedes: [{ certification: "old-cert", edition: "1998" }] })] });
    assert.deepEqual(errorsOf(old, unknown), [`${certFile("new-cert")}: editions[0].supersedes[0].edition: is "1998", which is not an edition of old-cert (expected one of: 1999)`]);
    const stranger = certification("other-cert", { aliases: [], editions: [e("2005", "2005", { name: "Other 2005", supersedes: [{ certification: "old-cert", edition: "1999" }] })] });
    const oldAlone = { ...old, supersededBy: [], status: "historic" as const };
    assert.deepEqual(errorsOf(oldAlone, stranger), [
      `${certFile("other-cert")}: editions[0].supersedes[0].certification: is "old-cert", which is not in this record's lineage (expected this record or one it lists in supersedes or supersededBy)`,
    ]);
  });

  it("refuses a publication date in the future but not a scheduled end", () => {
    assert.deepEqual(errorsOf(certification("acme-cert", { editions: [e("2030", "2030")] })), [
      `${certFile("acme-cert")}: editions[0].published: is 2030, in the future (expected a date on or before 2026-11-29)`,
    ]);
  });
});

describe("an edition's standing on a given day", () => {
  const date = (iso: string) => iso;
  const old = { name: "ISO/IEC 27001:2013", published: "2013-10-01", newCertificationEnds: "2024-04-30", validUntil: "2025-10-31" };

  it("is in transition until the last valid day, then lapsed", () => {
    const ctx = { newer: "ISO/IEC 27001:2022", wording: "certificates" as const };
    assert.deepEqual(standing(old, { ...ctx, today: "2024-01-15" }, date), { state: "in-transition", text: "Transition ends 2025-10-31" });
    assert.deepEqual(standing(old, { ...ctx, today: "2025-06-01" }, date), { state: "in-transition", text: "Transition ends 2025-10-31; no new certificates since 2024-04-30" });
    assert.deepEqual(standing(old, { ...ctx, today: "2025-10-31" }, date).state, "in-transition", "the end day itself still counts");
    assert.deepEqual(standing(old, { ...ctx, today: "2025-11-01" }, date), { state: "lapsed", text: "Certificates lapsed on 2025-10-31" });
  });

  it("reads a partial date at its last day", () => {
    assert.equal(lastDay("2018"), "2018-12-31");
    assert.equal(lastDay("2024-02"), "2024-02-29");
    assert.equal(lastDay("2023-02"), "2023-02-28");
    assert.equal(standing({ name: "x", published: "2000", validUntil: "2018-09" }, { today: "2018-09-30", newer: "y", wording: "certificates" }, date).state, "in-transition");
  });

  it("words a version that is retired, not certificates that lapse", () => {
    assert.deepEqual(standing({ name: "PCI DSS v3.2.1", published: "2018-05", validUntil: "2024-03-31" }, { today: "2026-11-30", newer: "PCI DSS v4.0", wording: "version" }, date), {
      state: "lapsed",
      text: "Retired on 2024-03-31",
    });
  });

  it("is current when nothing replaced it, and superseded when no end is known", () => {
    assert.deepEqual(standing({ name: "x", published: "2022" }, { today: "2026-11-30", wording: "certificates" }, date), { state: "current", text: "Current" });
    assert.deepEqual(standing({ name: "x", published: "2009", endNotPublished: true }, { today: "2026-11-30", newer: "Release 5.0", wording: "certificates" }, date), {
      state: "superseded",
      text: "Superseded by Release 5.0; no source gives when its certificates ended",
    });
  });
});
