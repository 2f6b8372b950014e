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
};

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string): Intl.NumberFormat {
  let f = formatters.get(currency);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_FOR_CURRENCY[currency] ?? "en-GB", {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
      maximumFractionDigits: 0,
    });
    formatters.set(currency, f);
  }
  return f;
}

export function formatMoney(amount: number, currency: string): string {
  return formatter(currency).format(amount);
}

/** "₹20,00,000–₹25,00,000 INR", "about $50,000 USD" */
export function formatMoneyRange(min: number, max: number | undefined, currency: string, approximate = false): string {
  const range = max === undefined || max === min
    ? formatMoney(min, currency)
    : `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
  return `${approximate ? "about " : ""}${range} ${currency}`;
}
