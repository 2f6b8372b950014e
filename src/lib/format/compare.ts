// The key facts that the compare matrix shows, as text: one definition for the matrix's cells
// and for the per-record JSON the side-by-side view loads, so the two always agree.
import type { ResolvedCertification } from "../catalog/resolve.ts";

export interface CompareFact {
  key: string;
  label: string;
  text: string;
}

const figures = <T>(list: T[], show: (f: T) => string) => (list.length ? list.map(show).join("; ") : "Not published");

/** Cost figures firmest first: a list price before a consultancy's range before a press report. */
export const byFirmness = (c: ResolvedCertification) => [...c.costFigures].sort((a, b) => a.firmnessRank - b.firmnessRank);

const NOT_CERTIFIABLE = "Not certifiable (guidance)";

const FACTS: Array<{ key: string; label: string; text: (c: ResolvedCertification) => string }> = [
  { key: "kind", label: "For", text: (c) => c.kindLabel },
  { key: "assurance", label: "Assurance", text: (c) => c.assuranceLabel },
  { key: "issuer", label: "Issuer", text: (c) => c.issuerRecord.shortName ?? c.issuerRecord.name },
  { key: "status", label: "Status", text: (c) => c.statusLabel },
  {
    key: "cost",
    label: "Cost",
    text: (c) => (c.certifiable ? figures(byFirmness(c), (f) => `${f.phrase}, ${f.asOfText} (${f.firmness.charAt(0).toLowerCase()}${f.firmness.slice(1)})`) : NOT_CERTIFIABLE),
  },
  { key: "time", label: "Time to achieve", text: (c) => (c.certifiable ? figures(c.durationFigures, (f) => `${f.phrase}, ${f.asOfText}`) : NOT_CERTIFIABLE) },
  { key: "validity", label: "Validity", text: (c) => (c.certifiable ? c.validityText : NOT_CERTIFIABLE) },
  { key: "levels", label: "Levels", text: (c) => (c.levels.length ? String(c.levels.length) : "Single") },
  { key: "regions", label: "Where", text: (c) => c.regions.join(", ") },
];

export const COMPARE_LABELS = FACTS.map((f) => f.label);

export function compareFacts(c: ResolvedCertification): CompareFact[] {
  return FACTS.map(({ key, label, text }) => ({ key, label, text: text(c) }));
}

/** A cost figure as the compare page and its JSON carry it: the source's figure, its firmness, its conversions. */
export function costEntries(c: ResolvedCertification) {
  if (!c.certifiable) return [];
  return byFirmness(c).map((f) => ({
    amount: f.amount,
    phrase: f.phrase,
    basisLabel: f.basisLabel,
    asOfText: f.asOfText,
    firmness: f.firmness,
    priceType: f.priceType,
    min: f.min,
    max: f.max,
    currency: f.currency,
    conversions: f.conversions,
  }));
}
