// The round test money tables (test/support/records.ts), parsed as the catalog parses them.
import { ExchangeRates, PriceIndex } from "../../src/lib/schema/index.ts";
import { rateTable } from "../../src/lib/money/convert.ts";
import type { MoneyTables } from "../../src/lib/catalog/money.ts";
import { consumerPrices, exchangeRates } from "./records.ts";

export function moneyTables(): MoneyTables {
  const rates = ExchangeRates.parse(exchangeRates());
  const prices = PriceIndex.parse(consumerPrices());
  return { rates, prices, table: rateTable(rates, prices) };
}
