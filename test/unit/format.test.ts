import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatPartialDate, timeBetween } from "../../src/lib/format/dates.ts";
import { durationMonths, formatDuration, formatDurationRange } from "../../src/lib/format/duration.ts";
import { formatMoney, formatMoneyRange } from "../../src/lib/format/money.ts";
import { PartialDate } from "../../src/lib/schema/primitives.ts";
import { wrap } from "../../src/lib/format/timeline.ts";

describe("money", () => {
  it("writes INR in lakh grouping and keeps the ISO code", () => {
    assert.equal(formatMoney(2000000, "INR"), "₹20,00,000");
    assert.equal(formatMoneyRange(2000000, 2500000, "INR"), "₹20,00,000–₹25,00,000 INR");
  });
  it("writes other currencies in their own conventions", () => {
    assert.equal(formatMoneyRange(50000, undefined, "USD", true), "about $50,000 USD");
    assert.equal(formatMoneyRange(150, 150, "GBP"), "£150 GBP");
    assert.equal(formatMoney(1234, "JPY"), "¥1,234");
  });
});

describe("durations", () => {
  it("reads ISO 8601 durations as words", () => {
    assert.equal(formatDuration("P1Y"), "1 year");
    assert.equal(formatDuration("P18M"), "18 months");
    assert.equal(formatDuration("P1Y6M"), "1 year 6 months");
    assert.equal(formatDuration("PT3H"), "3 hours");
  });
  it("writes ranges in one unit as one phrase", () => {
    assert.equal(formatDurationRange("P7M", "P8M"), "7–8 months");
    assert.equal(formatDurationRange("P12M", "P18M"), "12–18 months");
    assert.equal(formatDurationRange("P1Y", undefined, true), "about 1 year");
    assert.equal(formatDurationRange("P6W", "P1Y"), "6 weeks to 1 year");
  });
  it("turns durations into months for sorting", () => {
    assert.equal(durationMonths("P1Y"), 12);
    assert.equal(durationMonths("P7M"), 7);
  });
});

describe("dates", () => {
  it("prints a date at its own precision", () => {
    assert.equal(formatPartialDate(new PartialDate("1995")), "1995");
    assert.equal(formatPartialDate(new PartialDate("2003-02")), "February 2003");
    assert.equal(formatPartialDate(new PartialDate("2003-02-03")), "3 February 2003");
  });
  it("knows the first and last day a partial date can mean", () => {
    const d = new PartialDate("2003");
    assert.equal(d.start.toISODate(), "2003-01-01");
    assert.equal(d.end.toISODate(), "2003-12-31");
    assert.equal(JSON.stringify({ d }), '{"d":"2003"}');
  });
});

describe("time between two dates", () => {
  it("uses the largest whole unit", () => {
    const d = (s: string) => new PartialDate(s);
    assert.equal(timeBetween(d("2026-11-01"), d("2026-11-29")), "4 weeks");
    assert.equal(timeBetween(d("2026-11-28"), d("2026-11-29")), "1 day");
    assert.equal(timeBetween(d("2025-10-01"), d("2026-11-29")), "1 year");
    assert.equal(timeBetween(d("2026-11-29"), d("2026-11-29")), "the same day");
  });
});

describe("timeline labels", () => {
  it("wrap at spaces into at most two lines", () => {
    assert.deepEqual(wrap("ISO/IEC 27001"), ["ISO/IEC 27001"]);
    assert.deepEqual(wrap("Information security management systems requirements and more words here", 30), [
      "Information security",
      "management systems requiremen…",
    ]);
  });
});
