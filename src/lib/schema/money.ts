// The reference tables behind "≈ US$… at 2004 rates" and "in today's money": annual average
// exchange rates against the US dollar and a consumer-price index, each value cited.
import { z } from "zod";
import { CurrencyCode, DaySchema, Text, factFields } from "./primitives.ts";
import { Source } from "./source.ts";

const Year = z.number().int().min(1900).max(2100);

/** Which months an average covers when the year is not complete: "January–October". */
const Partial = Text.meta({ description: "For a year not yet complete: the months the average covers, e.g. January–October." });

export const ExchangeRate = z
  .strictObject({
    year: Year,
    currency: CurrencyCode,
    unitsPerUsd: z.number().positive().optional().meta({ description: "Units of the currency per US dollar, as the source states it." }),
    usdPerUnit: z.number().positive().optional().meta({ description: "US dollars per unit of the currency, as the source states it (e.g. the pound, the euro)." }),
    partial: Partial.optional(),
    ...factFields,
  })
  .superRefine((v, ctx) => {
    if ((v.unitsPerUsd === undefined) === (v.usdPerUnit === undefined))
      ctx.addIssue({ code: "custom", path: ["unitsPerUsd"], message: "is missing or doubled (expected exactly one of unitsPerUsd and usdPerUnit, as the source quotes the rate)" });
  });

export const ExchangeRates = z
  .strictObject({
    description: Text.meta({ description: "What the rates are: the series, and how an annual average is made." }),
    rates: z.array(ExchangeRate).min(1),
    carryForward: z
      .array(
        z.strictObject({
          year: Year,
          ratesOf: Year.meta({ description: "The latest year whose averages are published." }),
          note: Text.meta({ description: "Why: e.g. the 2026 averages are published in January 2027." }),
        }),
      )
      .default([])
      .meta({ description: "Years converted at an earlier year's averages because their own are not yet published; pages say which year's rates they used." }),
    sources: z.array(Source).min(1),
    lastReviewed: DaySchema,
  })
  .meta({ title: "ExchangeRates", description: "Annual average exchange rates against the US dollar." });

export const PriceIndexValue = z.strictObject({
  year: Year,
  value: z.number().positive(),
  partial: Partial.optional(),
  ...factFields,
});

export const PriceIndex = z
  .strictObject({
    currency: CurrencyCode.meta({ description: "The currency whose prices the index measures." }),
    series: Text.meta({ description: "The series as its publisher names it, e.g. CPI-U, US city average, all items, 1982-84=100." }),
    values: z.array(PriceIndexValue).min(1),
    sources: z.array(Source).min(1),
    lastReviewed: DaySchema,
  })
  .meta({ title: "PriceIndex", description: "Annual averages of a consumer-price index." });

export type ExchangeRates = z.output<typeof ExchangeRates>;
export type ExchangeRatesInput = z.input<typeof ExchangeRates>;
export type PriceIndex = z.output<typeof PriceIndex>;
export type PriceIndexInput = z.input<typeof PriceIndex>;
