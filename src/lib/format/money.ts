// Money in the currency's own conventions: INR in lakh grouping (₹20,00,000), others as
// their home market writes them, always followed by the ISO 4217 code so no symbol is ambiguous.
const LOCALE_FOR_CURRENCY: Record<string, string> = {
  INR: "en-IN",
  USD: "en-US",
  GBP: "en-GB",
  EUR: "en-IE",
  AUD: "en-AU",
  CAD: "en-CA",
  PHP: "en-PH",
  ZAR: "en-ZA",
  NZD: "en-NZ",
  SGD: "en-SG",
  MYR: "en-MY",
};

const formatters = new Map<string, Intl.NumberFormat>();

/** `exact`: a source's own figure, every digit it gave; `estimate`: a conversion, to three significant digits. */
function formatter(currency: string, style: "whole" | "cents" | "estimate"): Intl.NumberFormat {
  const key = `${currency}/${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_FOR_CURRENCY[currency] ?? "en-GB", {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
      ...(style === "estimate"
        ? { maximumSignificantDigits: 3 }
        : { minimumFractionDigits: style === "cents" ? 2 : 0, maximumFractionDigits: style === "cents" ? 2 : 0 }),
    });
    formatters.set(key, f);
  }
  return f;
}

/** A source's figure as it gave it: $379, $9.99, never rounded. */
export function formatMoney(amount: number, currency: string): string {
  return formatter(currency, Number.isInteger(amount) ? "whole" : "cents").format(amount);
}

/** "₹20,00,000–₹25,00,000 INR", "about $50,000 USD" */
export function formatMoneyRange(min: number, max: number | undefined, currency: string, approximate = false): string {
  const range = max === undefined || max === min
    ? formatMoney(min, currency)
    : `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
  return `${approximate ? "about " : ""}${range} ${currency}`;
}

/** A computed amount (a conversion), to three significant digits: "$41,100–$51,300 USD". */
export function formatMoneyEstimate(min: number, max: number | undefined, currency: string): string {
  const f = formatter(currency, "estimate");
  const range = max === undefined || max === min ? f.format(min) : `${f.format(min)}–${f.format(max)}`;
  return `${range} ${currency}`;
}

/** An axis tick: a round number in the currency, no code. */
export function formatMoneyTick(amount: number, currency: string): string {
  return formatter(currency, "estimate").format(amount);
}
