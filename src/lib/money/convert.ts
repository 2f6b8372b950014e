// Converting a cost figure into another currency, honestly: at the average exchange rate of
// the figure's own year, through the US dollar, and (labelled as an adjustment) into today's
// money with a consumer-price index. The source's own figure is always shown first; these are
// estimates beside it.
import type { ExchangeRates, PriceIndex } from "../schema/money.ts";

/** Currencies a visitor can compare in; the first is the default. */
export const DISPLAY_CURRENCIES = ["USD", "EUR", "GBP", "INR"] as const;
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number];

export interface RateTable {
  /** currency -> year -> units of the currency per US dollar. */
  unitsPerUsd: Map<string, Map<number, number>>;
  /** The years converted at another year's rates, with why (the year's average is not yet published). */
  carriedForward: Map<number, number>;
  /** Price index by year, and the year whose prices "today's money" means. */
  prices: Map<number, number>;
  priceYear: number;
}

export class MissingRate extends Error {
  constructor(
    readonly what: "exchange rate" | "price index",
    readonly currency: string,
    readonly year: number,
  ) {
    super(`no ${what} for ${what === "exchange rate" ? `${currency} in ` : ""}${year}`);
  }
}

export function rateTable(rates: ExchangeRates, prices: PriceIndex): RateTable {
  const unitsPerUsd = new Map<string, Map<number, number>>();
  for (const r of rates.rates) {
    const byYear = unitsPerUsd.get(r.currency) ?? unitsPerUsd.set(r.currency, new Map()).get(r.currency)!;
    // The source quotes some currencies as dollars per unit (the pound, the euro); one direction here.
    byYear.set(r.year, r.unitsPerUsd ?? 1 / r.usdPerUnit!);
  }
  const carriedForward = new Map(rates.carryForward.map((c) => [c.year, c.ratesOf]));
  const full = prices.values.filter((v) => !v.partial).map((v) => v.year);
  return {
    unitsPerUsd,
    carriedForward,
    prices: new Map(prices.values.map((v) => [v.year, v.value])),
    priceYear: Math.max(...full),
  };
}

/** The year whose average rates a figure of `year` is converted at. */
export const rateYear = (t: RateTable, year: number) => t.carriedForward.get(year) ?? year;

function perUsd(t: RateTable, currency: string, year: number): number {
  if (currency === "USD") return 1;
  const rate = t.unitsPerUsd.get(currency)?.get(rateYear(t, year));
  if (rate === undefined) throw new MissingRate("exchange rate", currency, year);
  return rate;
}

/** `amount` of `from` in `to`, both at the average rates of `year`. */
export function convert(t: RateTable, amount: number, from: string, to: string, year: number): number {
  return (amount / perUsd(t, from, year)) * perUsd(t, to, year);
}

/** The price index of a year; a figure from after the latest full year is taken at that year's prices. */
function priceLevel(t: RateTable, year: number): number {
  const value = t.prices.get(Math.min(year, t.priceYear));
  if (value === undefined) throw new MissingRate("price index", "USD", year);
  return value;
}

/**
 * `amount` of `from`, as of `year`, in today's `to`: into US dollars at that year's rates,
 * grown by the US price index to `priceYear`, then into `to` at `priceYear`'s rates (or the
 * latest published before it, when its own are carried forward).
 */
export function inTodaysMoney(t: RateTable, amount: number, from: string, to: string, year: number): number {
  const usd = amount / perUsd(t, from, year);
  const adjusted = usd * (priceLevel(t, t.priceYear) / priceLevel(t, year));
  return adjusted * perUsd(t, to, t.priceYear);
}

/** Throws MissingRate if a figure of this currency and year cannot be converted and adjusted. */
export function checkConvertible(t: RateTable, currency: string, year: number): void {
  perUsd(t, currency, year);
  for (const to of DISPLAY_CURRENCIES) perUsd(t, to, year), perUsd(t, to, t.priceYear);
  priceLevel(t, year);
}
