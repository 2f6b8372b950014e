// Money conversions against values worked by hand from the round test tables
// (test/support/records.ts): 50 rupees, 0.8 euros and 0.5 pounds to the dollar in 2004; 80
// rupees, 0.9 euros and 0.8 pounds in 2025; US prices 100 in 2004 and 150 in 2025; 2026
// figures converted at 2025 rates.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MissingRate, checkConvertible, convert, inTodaysMoney, rateYear } from "../../src/lib/money/convert.ts";
import { conversionsOf, firmnessOf } from "../../src/lib/catalog/figures.ts";
import { CostFigure } from "../../src/lib/schema/certification.ts";
import { Source } from "../../src/lib/schema/source.ts";
import { moneyTables } from "../support/money.ts";
import { certification, writeCatalog } from "../support/records.ts";
import { buildCatalog, CatalogError } from "../../src/lib/catalog/index.ts";
import { renderDataMarkdown } from "../../src/lib/markdown.ts";
import { TODAY } from "../support/records.ts";

const { table } = moneyTables();

describe("conversion at the rates of a figure's year", () => {
  it("goes through the US dollar, whichever way the source quotes the rate", () => {
    // ₹20,00,000 at 50 a dollar is $40,000; at 0.8 euros a dollar (1.25 dollars a euro) €32,000; at 0.5 pounds £20,000.
    assert.equal(convert(table, 2_000_000, "INR", "USD", 2004), 40_000);
    assert.equal(convert(table, 2_000_000, "INR", "EUR", 2004), 32_000);
    assert.equal(convert(table, 2_000_000, "INR", "GBP", 2004), 20_000);
    // and back: £20,000 is $40,000 is ₹20,00,000.
    assert.equal(convert(table, 20_000, "GBP", "INR", 2004), 2_000_000);
  });

  it("leaves a figure in its own currency as it is", () => {
    assert.equal(convert(table, 379, "USD", "USD", 2004), 379);
    assert.equal(convert(table, 500, "EUR", "EUR", 2025), 500);
  });

  it("converts a year whose averages are not out yet at the latest published year's", () => {
    assert.equal(rateYear(table, 2026), 2025);
    assert.equal(rateYear(table, 2004), 2004);
    // £100 at 0.8 pounds a dollar (2025) is $125; at 0.9 euros a dollar, €112.50.
    assert.equal(convert(table, 100, "GBP", "USD", 2026), 125);
    assert.ok(Math.abs(convert(table, 100, "GBP", "EUR", 2026) - 112.5) < 1e-9);
  });
});

describe("in today's money", () => {
  it("raises the dollar value by the price index to the latest full year, then converts at that year's rates", () => {
    assert.equal(table.priceYear, 2025);
    // ₹20,00,000 in 2004 is $40,000; times 150/100 is $60,000 in 2025 money;
    // at 2025 rates ₹48,00,000, €54,000 and £48,000.
    assert.equal(inTodaysMoney(table, 2_000_000, "INR", "USD", 2004), 60_000);
    assert.equal(inTodaysMoney(table, 2_000_000, "INR", "INR", 2004), 4_800_000);
    assert.ok(Math.abs(inTodaysMoney(table, 2_000_000, "INR", "EUR", 2004) - 54_000) < 1e-6);
    assert.ok(Math.abs(inTodaysMoney(table, 2_000_000, "INR", "GBP", 2004) - 48_000) < 1e-6);
  });

  it("takes a figure from after the latest full year at that year's prices", () => {
    assert.equal(inTodaysMoney(table, 100, "GBP", "USD", 2026), 125);
  });
});

describe("a figure with no rate", () => {
  it("throws, naming the currency and year missing", () => {
    assert.throws(() => checkConvertible(table, "JPY", 2004), (err: unknown) => err instanceof MissingRate && err.currency === "JPY" && err.year === 2004);
    assert.throws(() => checkConvertible(table, "USD", 1999), (err: unknown) => err instanceof MissingRate && err.currency === "EUR" && err.year === 1999);
  });

  it("fails the catalogue with the record, the field and the missing rate", async () => {
    const cert = certification("acme-cert", {
      cost: { status: "published", figures: [{ min: 100, currency: "JPY", basis: "per-exam", priceType: "list", asOf: "2004", cite: ["acme-page"] }] },
    });
    const dir = await writeCatalog([cert]);
    await assert.rejects(buildCatalog({ dir, renderMarkdown: renderDataMarkdown, today: TODAY }), (err: unknown) => {
      assert.ok(err instanceof CatalogError);
      const lines = err.problems.filter((p) => p.severity === "error").map((p) => `${p.path}: ${p.message}`);
      assert.equal(lines.length, 1, lines.join("\n"));
      assert.match(err.problems[0]!.file, /certifications[\\/]acme-cert\.ts$/);
      assert.match(lines[0]!, /^cost\.figures\[0\]: is JPY as of 2004, but .*money\/exchange-rates\.ts has no exchange rate for JPY in 2004 \(expected a rate for JPY in 2004 there/);
      return true;
    });
  });
});

describe("how a figure reads", () => {
  const sources = Object.fromEntries(
    [
      { id: "owner", url: "https://a.example.org/", title: "Fees", publisher: "Owner", kind: "issuer", accessed: "2026-11-01" },
      { id: "guide", url: "https://b.example.org/", title: "Guide", publisher: "Guide", kind: "consultancy", accessed: "2026-11-01" },
      { id: "paper", url: "https://c.example.org/", title: "News", publisher: "Paper", kind: "press", accessed: "2026-11-01" },
    ].map((s) => [s.id, Source.parse(s)]),
  );
  const figure = (o: object) => CostFigure.parse({ min: 100, currency: "USD", basis: "per-exam", asOf: "2024-03", cite: ["owner"], priceType: "list", ...o });

  it("says how firm it is, who said it, and when", () => {
    assert.equal(firmnessOf(figure({}), sources), "List price from the issuer, 2024");
    assert.equal(firmnessOf(figure({ max: 200, priceType: "indicative", cite: ["guide"] }), sources), "Indicative range from a consultancy, 2024");
    assert.equal(firmnessOf(figure({ priceType: "reported", cite: ["paper"] }), sources), "Reported figure from the press, 2024");
  });

  it("gives every display currency, at its year's rates and in today's money, rounded as an estimate", () => {
    const { rateYear: used, conversions } = conversionsOf(CostFigure.parse({ min: 2_000_000, max: 2_500_000, currency: "INR", basis: "per-organisation", priceType: "reported", asOf: "2004", cite: ["owner"] }), table);
    assert.equal(used, 2004);
    assert.equal(conversions.USD.atRates!.text, "≈ $40,000–$50,000 USD at 2004 rates");
    assert.equal(conversions.INR.atRates, undefined, "no conversion into its own currency");
    assert.equal(conversions.INR.today.text, "≈ ₹48,00,000–₹60,00,000 INR in 2025 money");
    assert.equal(conversions.GBP.today.text, "≈ £48,000–£60,000 GBP in 2025 money");
  });
});
