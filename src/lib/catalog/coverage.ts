// How much of the catalogue has each key fact: printed by `npm run validate`, shown on the
// about page, and held to floors by a test on the real catalogue.
import type { Certification } from "../schema/certification.ts";

export const COVERAGE_FIELDS = ["cost", "time", "validity", "levels"] as const;
export type CoverageField = (typeof COVERAGE_FIELDS)[number];

export interface Share {
  /** Records with the fact. */
  count: number;
  /** Records it applies to: guidance standards have no cost, time or validity of certification. */
  of: number;
  percent: number;
}

export interface CoverageRow {
  field: CoverageField;
  label: string;
  all: Share;
  active: Share;
}

const LABELS: Record<CoverageField, string> = {
  cost: "Cost",
  time: "Time to achieve",
  validity: "Validity",
  levels: "Levels listed",
};

const has: Record<CoverageField, (c: Certification) => boolean> = {
  cost: (c) => c.cost.status === "published",
  time: (c) => c.timeToAchieve.status === "published",
  validity: (c) => c.validity.status === "published",
  levels: (c) => c.levels.length > 0,
};

/** Levels are counted over every record (a single-level scheme has none to list); the rest skip guidance. */
const appliesTo = (field: CoverageField, c: Certification) => field === "levels" || c.assurance !== "guidance";

function share(records: Certification[], field: CoverageField): Share {
  const applicable = records.filter((c) => appliesTo(field, c));
  const count = applicable.filter(has[field]).length;
  return { count, of: applicable.length, percent: applicable.length ? Math.round((1000 * count) / applicable.length) / 10 : 0 };
}

export function coverage(certs: Certification[]): CoverageRow[] {
  const active = certs.filter((c) => c.status === "active");
  return COVERAGE_FIELDS.map((field) => ({ field, label: LABELS[field], all: share(certs, field), active: share(active, field) }));
}

/** The table as `npm run validate` prints it. */
export function coverageTable(rows: CoverageRow[]): string {
  const cell = (s: Share) => `${s.count}/${s.of} (${s.percent}%)`.padEnd(20);
  return [
    `${"Coverage".padEnd(18)}${"all records".padEnd(20)}active records`,
    ...rows.map((r) => `${r.label.padEnd(18)}${cell(r.all)}${cell(r.active).trimEnd()}`),
  ].join("\n");
}
