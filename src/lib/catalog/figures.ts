// Cost, time and validity figures as pages show them: the source's own figure first, then how
// firm it is ("indicative range from a consultancy, 2024") and what it comes to in the
// visitor's currency at the rates of its year and in today's money.
import type { Certification, CostFigure, DurationFigure, ValidityRule } from "../schema/certification.ts";
import type { Source } from "../schema/source.ts";
import { formatPartialDate } from "../format/dates.ts";
import { formatDuration, formatDurationRange } from "../format/duration.ts";
import { formatMoneyEstimate, formatMoneyRange } from "../format/money.ts";
import { DISPLAY_CURRENCIES, convert, inTodaysMoney, rateYear, type DisplayCurrency, type RateTable } from "../money/convert.ts";
import { COST_BASIS_LABELS, PRICE_TYPE_LABELS, SOURCE_KIND_PHRASES } from "./labels.ts";

export interface Amount {
  min: number;
  max?: number;
  /** "≈ $41,100–$51,300 USD at 2004 rates" */
  text: string;
}

export interface Conversion {
  /** At the average rates of the figure's year; absent when the figure is already in this currency. */
  atRates?: Amount;
  /** Adjusted into the prices of the latest full year of the price index. */
  today: Amount;
}

/** `phrase`: the figure in one line, as lists, the compare page and the CSV show it. */
export type ResolvedCostFigure = CostFigure & {
  amount: string;
  basisLabel: string;
  asOfText: string;
  phrase: string;
  /** "Indicative range from a consultancy, 2024". */
  firmness: string;
  /** 0 for a list price ... 3 for a press report: the compare page lists the firmest first. */
  firmnessRank: number;
  /** The year whose exchange rates convert it (its own, or the latest published). */
  rateYear: number;
  conversions: Record<DisplayCurrency, Conversion>;
};

export type ResolvedDurationFigure = DurationFigure & { range: string; asOfText: string; phrase: string };

export type ResolvedValidityRule = ValidityRule & { periodText: string };

const inContext = (context?: string) => (context ? ` (${context})` : "");

/** "Indicative range from a consultancy, 2024": the price type, who said it (the first cited source), and when. */
export function firmnessOf(f: CostFigure, sourceById: Record<string, Source>): string {
  const labels = PRICE_TYPE_LABELS[f.priceType];
  const label = f.max !== undefined && f.max !== f.min ? labels.range : labels.single;
  const kind = sourceById[f.cite[0]!]?.kind;
  const from = kind ? ` from ${SOURCE_KIND_PHRASES[kind]}` : "";
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}${from}, ${f.asOf.iso.slice(0, 4)}`;
}

function amount(min: number, max: number | undefined, currency: string, label: string): Amount {
  return { min, ...(max !== undefined && max !== min ? { max } : {}), text: `≈ ${formatMoneyEstimate(min, max, currency)} ${label}` };
}

/** "in 2025 money"; when the target's rates for that year are not out yet, which year's were used. */
function todayLabel(rates: RateTable, to: string): string {
  const used = rateYear(rates, rates.priceYear);
  return `in ${rates.priceYear} money${to !== "USD" && used !== rates.priceYear ? ` (at ${used} rates)` : ""}`;
}

export function conversionsOf(f: CostFigure, rates: RateTable): { rateYear: number; conversions: Record<DisplayCurrency, Conversion> } {
  const year = Number(f.asOf.iso.slice(0, 4));
  const used = rateYear(rates, year);
  const conversions = Object.fromEntries(
    DISPLAY_CURRENCIES.map((to) => {
      const at = (v: number) => convert(rates, v, f.currency, to, year);
      const now = (v: number) => inTodaysMoney(rates, v, f.currency, to, year);
      const max = f.max;
      return [
        to,
        {
          ...(to === f.currency ? {} : { atRates: amount(at(f.min), max === undefined ? undefined : at(max), to, `at ${used} rates`) }),
          today: amount(now(f.min), max === undefined ? undefined : now(max), to, todayLabel(rates, to)),
        },
      ];
    }),
  ) as Record<DisplayCurrency, Conversion>;
  return { rateYear: used, conversions };
}

export function resolveCostFigures(c: Certification, sourceById: Record<string, Source>, rates: RateTable): ResolvedCostFigure[] {
  if (c.cost.status !== "published") return [];
  return c.cost.figures.map((f) => {
    const money = formatMoneyRange(f.min, f.max, f.currency, f.approximate);
    const basisLabel = COST_BASIS_LABELS[f.basis];
    return {
      ...f,
      amount: money,
      basisLabel,
      asOfText: formatPartialDate(f.asOf),
      phrase: `${money} ${basisLabel}${inContext(f.context)}`,
      firmness: firmnessOf(f, sourceById),
      firmnessRank: PRICE_TYPE_LABELS[f.priceType].rank,
      ...conversionsOf(f, rates),
    };
  });
}

export function resolveDurationFigures(c: Certification): ResolvedDurationFigure[] {
  if (c.timeToAchieve.status !== "published") return [];
  return c.timeToAchieve.figures.map((f) => {
    const range = formatDurationRange(f.min, f.max, f.approximate);
    return { ...f, range, asOfText: formatPartialDate(f.asOf), phrase: `${range}${inContext(f.context)}` };
  });
}

const ruleText = (r: ValidityRule) => (r.lifetime ? "Does not expire" : r.period ? formatDuration(r.period) : "No fixed period");

export function resolveValidity(c: Certification): { rules: ResolvedValidityRule[]; text: string } {
  if (c.validity.status !== "published") return { rules: [], text: "Not published" };
  const rules = c.validity.rules.map((r) => ({ ...r, periodText: ruleText(r) }));
  const text = rules.length === 1 ? rules[0]!.periodText : rules.map((r) => `${r.periodText}${r.appliesTo ? ` (${r.appliesTo})` : ""}`).join("; ");
  return { rules, text };
}
