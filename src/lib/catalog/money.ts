// The money tables (_data/money/): read and validated like records, then every cost figure is
// checked to be convertible, so a figure whose year or currency has no rate fails the build
// with the record, the field and the missing rate.
import path from "node:path";
import { z } from "zod";
import type { Certification } from "../schema/certification.ts";
import { ExchangeRates, PriceIndex } from "../schema/money.ts";
import { MissingRate, checkConvertible, rateTable, type RateTable } from "../money/convert.ts";
import { loadFolder } from "./load.ts";
import { formatPath, issueToProblems, type Problem } from "./problems.ts";
import { allowedKeysAt } from "./schema-keys.ts";
import type { Located } from "./validate.ts";

/** Every catalogue folder has money/exchange-rates.ts and money/consumer-prices.ts beside its records. */
const TABLES = { "exchange-rates": ExchangeRates, "consumer-prices": PriceIndex } as const;

export interface MoneyTables {
  rates: ExchangeRates;
  prices: PriceIndex;
  table: RateTable;
}

export async function loadMoneyTables(dir: string, problems: Problem[]): Promise<MoneyTables | undefined> {
  const raws = await loadFolder(path.resolve(dir), problems);
  const parsed: Partial<{ "exchange-rates": ExchangeRates; "consumer-prices": PriceIndex }> = {};
  for (const [name, schema] of Object.entries(TABLES) as [keyof typeof TABLES, z.ZodType][]) {
    const raw = raws.find((r) => r.stem === name);
    if (!raw) {
      problems.push({ severity: "error", file: path.join(dir, `${name}.ts`), path: "(file)", message: "does not exist (expected the table that cost figures are converted with)" });
      continue;
    }
    const result = schema.safeParse(raw.data, { reportInput: true });
    if (!result.success) for (const issue of result.error.issues) problems.push(...issueToProblems(issue, raw.file, (p) => allowedKeysAt(schema, p)));
    else (parsed as Record<string, unknown>)[name] = result.data;
  }
  const rates = parsed["exchange-rates"];
  const prices = parsed["consumer-prices"];
  return rates && prices ? { rates, prices, table: rateTable(rates, prices) } : undefined;
}

export function checkMoney(certs: Located<Certification>[], table: RateTable, dir: string, problems: Problem[]): void {
  const known = [...table.unitsPerUsd.keys(), "USD"].sort().join(", ");
  for (const { file, record: c } of certs) {
    if (c.cost.status !== "published") continue;
    c.cost.figures.forEach((f, i) => {
      const year = Number(f.asOf.iso.slice(0, 4));
      try {
        checkConvertible(table, f.currency, year);
      } catch (err) {
        if (!(err instanceof MissingRate)) throw err;
        const rel = path.relative(process.cwd(), dir) || dir;
        const where = err.what === "exchange rate" ? `${rel}/exchange-rates.ts` : `${rel}/consumer-prices.ts`;
        problems.push({
          severity: "error",
          file,
          path: formatPath(["cost", "figures", i]),
          message: `is ${f.currency} as of ${year}, but ${where} has ${err.message} (expected a rate for ${err.currency} in ${err.year} there, with its source, or a figure in one of: ${known})`,
        });
      }
    });
  }
}
