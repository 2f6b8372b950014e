// The key facts that the compare matrix shows, as text: one definition for the matrix's cells
// and for the per-record JSON the side-by-side view loads, so the two always agree.
import type { ResolvedCertification } from "../catalog/resolve.ts";

export interface CompareFact {
  key: string;
  label: string;
  text: string;
}

const figures = <T>(list: T[], show: (f: T) => string) => (list.length ? list.map(show).join("; ") : "Not published");

const FACTS: Array<{ key: string; label: string; text: (c: ResolvedCertification) => string }> = [
  { key: "kind", label: "For", text: (c) => c.kindLabel },
  { key: "issuer", label: "Issuer", text: (c) => c.issuerRecord.shortName ?? c.issuerRecord.name },
  { key: "status", label: "Status", text: (c) => c.statusLabel },
  { key: "cost", label: "Cost", text: (c) => figures(c.costFigures, (f) => `${f.phrase}, ${f.asOfText}`) },
  { key: "time", label: "Time to achieve", text: (c) => figures(c.durationFigures, (f) => `${f.phrase}, ${f.asOfText}`) },
  { key: "validity", label: "Validity", text: (c) => c.validityText },
  { key: "levels", label: "Levels", text: (c) => (c.levels.length ? String(c.levels.length) : "Single") },
  { key: "regions", label: "Where", text: (c) => c.regions.join(", ") },
];

export const COMPARE_LABELS = FACTS.map((f) => f.label);

export function compareFacts(c: ResolvedCertification): CompareFact[] {
  return FACTS.map(({ key, label, text }) => ({ key, label, text: text(c) }));
}
