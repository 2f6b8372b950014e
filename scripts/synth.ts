// Synthetic catalogues for tests and benchmarks: N valid, varied certification records and
// about N/20 issuers, written as ordinary data files (`export default { ... };`).
//
//   tsx scripts/synth.ts --count N --out DIR [--seed S] [--clean]
//
// Writes DIR/certifications/<slug>.ts and DIR/issuers/<slug>.ts; build them with
// `CATALOG_DIR=DIR npm run build -- --out /tmp/x`. Every name starts with "Synthetic", every
// URL is on example.org, example.com or example.net, and the same seed gives byte-identical
// files. Records are generated one at a time from their own seeded generator, so writing
// 50,000 of them keeps memory flat. `--clean` empties DIR/certifications and DIR/issuers first.
// DIR/package.json says `"type": "module"` (unless DIR already has a package.json), so the
// records load as ES modules, as _data/ does under the project's package.json.
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { CATEGORIES, COST_BASES, PRICE_TYPES, STATUSES, type CertificationInput, type Status } from "../src/lib/schema/certification.ts";
import { ISSUER_TYPES, type IssuerInput } from "../src/lib/schema/issuer.ts";
import { ASSURANCE_KINDS } from "../src/lib/schema/assurance.ts";
import { SOURCE_KINDS } from "../src/lib/schema/source.ts";
import { ExchangeRates, PriceIndex } from "../src/lib/schema/money.ts";
import { STAGES, type CareerPathInput, type RoleInput } from "../src/lib/schema/roles.ts";
import { checkConvertible, rateTable, type RateTable } from "../src/lib/money/convert.ts";
import exchangeRatesData from "../_data/money/exchange-rates.ts";
import consumerPricesData from "../_data/money/consumer-prices.ts";

// ---------------------------------------------------------------------------------------
// Randomness: mulberry32, seeded per record from a string hash, so each record's content
// depends only on (seed, index) and files can be written in any order.

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string, then one avalanche round: a 32-bit seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

const rngFor = (seed: string, ...parts: (string | number)[]) => mulberry32(hashSeed([seed, ...parts].join(":")));

/** Integer in [min, max]. */
const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const chance = (r: Rng, p: number) => r() < p;
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
/** `n` distinct items in their original order. */
function sample<T>(r: Rng, items: readonly T[], n: number): T[] {
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx
    .slice(0, Math.min(n, items.length))
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}
const weighted = <T>(r: Rng, entries: readonly (readonly [T, number])[]): T => {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of entries) if ((x -= w) < 0) return v;
  return entries[entries.length - 1]![0];
};
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s: string) => s.replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

// ---------------------------------------------------------------------------------------
// Dates. Every date in a record falls in [1987-01-01, 2026-06-30] except `lastReviewed`,
// which falls within REVIEW_WINDOW days before the reference day. A source is read
// (`accessed`) on or before its record's review and at most SOURCE_READ_WINDOW days before
// the earlier of the review and 2026-06-30.

const EARLIEST = DateTime.fromISO("1987-01-01", { zone: "utc" });
const LATEST_CONTENT = DateTime.fromISO("2026-06-30", { zone: "utc" });
const REVIEW_WINDOW = 300;
const SOURCE_READ_WINDOW = 200;

const day = (d: DateTime) => d.toISODate()!;

function between(r: Rng, from: DateTime, to: DateTime): DateTime {
  const days = Math.max(0, Math.floor(to.diff(from, "days").days));
  return from.plus({ days: int(r, 0, days) });
}

/** A date at a random precision; the value it can mean never starts after `to`. */
function partialDate(r: Rng, from: DateTime, to: DateTime): { iso: string; at: DateTime } {
  const d = between(r, from, to);
  const precision = weighted(r, [["year", 3], ["month", 3], ["day", 4]] as const);
  if (precision === "year") return { iso: d.toFormat("yyyy"), at: d.startOf("year") };
  if (precision === "month") return { iso: d.toFormat("yyyy-MM"), at: d.startOf("month") };
  return { iso: day(d), at: d };
}

const yearStart = (y: number) => DateTime.fromObject({ year: y, month: 1, day: 1 }, { zone: "utc" });
const clampContent = (d: DateTime) => (d > LATEST_CONTENT ? LATEST_CONTENT : d < EARLIEST ? EARLIEST : d);

// ---------------------------------------------------------------------------------------
// Vocabulary. Descriptions and facts are assembled from these, so text varies between records.

const TOPICS = [
  "audit", "agent", "contact centre", "outsourcing", "customer", "quality", "information security",
  "workforce", "maturity", "complaint handling", "service level", "first-contact resolution",
  "escalation", "coaching", "scheduling", "forecasting", "knowledge management", "supplier management",
  "call monitoring", "data protection", "business continuity", "customer satisfaction",
  "performance measurement", "process improvement", "risk management", "training", "leadership",
  "back-office processing", "omnichannel service", "self-service", "help desk", "payment handling",
] as const;
const ADJECTIVES = [
  "documented", "independent", "periodic", "annual", "risk-based", "evidence-based", "structured",
  "measurable", "continual", "formal", "voluntary", "third-party", "sampled", "on-site", "remote",
  "staged", "competency-based", "proportionate", "consistent", "published",
] as const;
const ACTORS = [
  "buyers of outsourced service", "contact-centre managers", "auditors", "team leaders", "agents",
  "quality analysts", "workforce planners", "procurement teams", "outsourcing providers",
  "information-security officers", "service-desk staff", "clients", "regulators", "trainers",
] as const;
const VERBS = [
  "measures", "assesses", "audits", "reviews", "sets out", "defines", "describes", "checks",
  "rewards", "examines", "scores", "benchmarks",
] as const;
const ARTEFACTS = [
  "call recordings", "quality scorecards", "staffing forecasts", "complaint logs", "training records",
  "risk registers", "service-level reports", "customer surveys", "access-control records",
  "process maps", "coaching notes", "supplier contracts", "incident reports", "audit trails",
] as const;
const REGIONS = [
  "Worldwide", "India", "United Kingdom", "United States", "European Union", "Philippines",
  "South Africa", "Australia", "Latin America", "Canada", "Singapore", "Middle East",
] as const;
const CURRENCIES = ["USD", "EUR", "GBP", "INR", "JPY", "AUD", "CAD", "SGD", "PHP", "ZAR", "BRL", "CHF"] as const;
/** Rough size of one "unit" of each currency, so amounts look plausible. */
const CURRENCY_SCALE: Record<(typeof CURRENCIES)[number], number> = {
  USD: 1, EUR: 1, GBP: 1, CHF: 1, AUD: 1.5, CAD: 1.4, SGD: 1.3, BRL: 5, ZAR: 18, PHP: 56, INR: 83, JPY: 150,
};
const DOMAINS = ["example.org", "example.com", "example.net"] as const;
const PUBLISHERS = [
  "Synthetic Standards Review", "Example Contact Centre Journal", "Example Outsourcing News",
  "Synthetic Quality Quarterly", "Example Workforce Institute", "Example Service Desk Forum",
  "Synthetic Customer Operations Gazette", "Example Security Bulletin",
] as const;
const SOURCE_IDS = [
  "handbook", "scheme-rules", "faq", "register", "press-release", "annual-review", "article",
  "fee-schedule", "guide", "newsletter", "interview", "case-study",
] as const;
const LEVEL_LADDERS = [
  ["Foundation", "Practitioner", "Advanced Practitioner", "Expert", "Master", "Fellow"],
  ["Bronze", "Silver", "Gold", "Platinum", "Diamond", "Diamond Plus"],
  ["Yellow Belt", "Green Belt", "Black Belt", "Master Black Belt", "Champion", "Sponsor"],
  ["Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Level 6"],
  ["Associate", "Professional", "Senior Professional", "Principal", "Distinguished", "Honorary"],
] as const;

const ORG_NOUNS = ["Contact", "Service", "Quality", "Security", "Workforce", "Outsourcing", "Customer", "Complaints", "Operations"] as const;
const ORG_KINDS = ["Standard", "Scheme", "Framework", "Model", "Code", "Mark"] as const;
const PERSON_ROLES = ["Agent", "Supervisor", "Analyst", "Manager", "Coach", "Practitioner", "Specialist", "Planner"] as const;
const PERSON_KINDS = ["Credential", "Certificate", "Certification", "Diploma"] as const;
const ISSUER_FIELDS = ["Contact Centre", "Customer Service", "Quality", "Outsourcing", "Service Desk", "Workforce", "Information Security"] as const;
const ISSUER_KINDS = ["Institute", "Council", "Association", "Board", "Foundation", "Society", "Consortium"] as const;

const sentence = (s: string) => `${cap(s.trim())}.`;

/** One sentence of catalogue prose, assembled from the vocabulary. */
function prose(r: Rng, name: string): string {
  const t = () => pick(r, TOPICS);
  const a = () => pick(r, ADJECTIVES);
  const an = (w: string) => `${/^[aeiou]/i.test(w) ? "an" : "a"} ${w}`;
  const templates: (() => string)[] = [
    () => `${name} ${pick(r, VERBS)} ${t()} and ${t()} through ${a()} ${pick(r, ["assessment", "review", "audit", "examination"])}`,
    () => `the scheme was written with ${pick(r, ACTORS)} in mind, who wanted one way to compare ${t()} across sites`,
    () => `assessors look at ${pick(r, ARTEFACTS)} and ${pick(r, ARTEFACTS)} to judge ${t()}`,
    () => `${an(a())} ${t()} review is expected at least ${pick(r, ["once a year", "twice a year", "every quarter", "every three years"])}`,
    () => `the requirements on ${t()} are ${a()} rather than ${a()}, which ${pick(r, ACTORS)} often find easier to plan for`,
    () => `most of the effort goes into ${t()}, ${t()} and the ${a()} evidence that backs them`,
    () => `${pick(r, ACTORS)} use it to check a supplier's ${t()} before signing an outsourcing contract`,
    () => `unlike many schemes, it treats ${t()} as a question of ${t()}, not only of paperwork`,
    () => `the ${t()} section asks for ${a()} targets and ${pick(r, ARTEFACTS)} that show they are met`,
    () => `critics say the scheme says little about ${t()}, while supporters point to its ${a()} approach to ${t()}`,
    () => `${pick(r, ACTORS)} and ${pick(r, ACTORS)} both take part in the ${a()} ${pick(r, ["assessment", "audit", "interview"])}`,
    () => `the ${t()} maturity scale runs from ${pick(r, ["initial", "ad hoc", "basic"])} to ${pick(r, ["optimised", "leading", "world class"])}`,
    () => `information about ${t()} is kept in ${pick(r, ARTEFACTS)}, which are sampled during each visit`,
    () => `${an(a())} action plan is required for every finding on ${t()} or ${t()}`,
  ];
  return sentence(pick(r, templates)());
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** 150-400 words of Markdown: headings, a bulleted and sometimes a numbered list, links. */
function description(r: Rng, name: string, slug: string): string {
  const target = int(r, 150, 380);
  const blocks: string[] = [];
  const link = (label: string, p: string) => `[${label}](https://example.org/synthetic/${slug}/${p})`;
  const para = (n: number) => Array.from({ length: n }, () => prose(r, name)).join(" ");
  blocks.push(`${name} is a synthetic record made for testing the catalogue, not a real certification (${link("its synthetic page", "about")}). ${para(int(r, 2, 3))}`);
  const sections: (() => string[])[] = [
    () => ["### What it covers", Array.from({ length: int(r, 3, 5) }, () => `- **${cap(pick(r, TOPICS))}:** ${prose(r, "the scheme").replace(/\.$/, "")}`).join("\n")],
    () => ["### How assessment works", `${para(int(r, 2, 3))} See ${link("the synthetic assessment guide", "assessment")} for the steps.`],
    () => [
      "### Steps to certification",
      Array.from({ length: int(r, 3, 5) }, (_, i) => `${i + 1}. ${cap(pick(r, ["prepare", "document", "review", "train", "audit", "report on"]))} ${pick(r, TOPICS)} ${pick(r, ["with", "for", "across"])} ${pick(r, ACTORS)}.`).join("\n"),
    ],
    () => ["### Cost and time", `${para(int(r, 1, 2))} The ${link("fee schedule", "fees")} is synthetic too.`],
    () => ["### Checking a claim", `Ask for the certificate and the scope it covers, then compare it with ${link("the example register", "register")}. ${para(1)}`],
  ];
  const order = sample(r, sections, sections.length);
  let count = words(blocks.join("\n"));
  for (const section of order) {
    if (count >= target) break;
    const add = section();
    const n = words(add.join("\n"));
    if (count + n > 400) continue;
    blocks.push(...add);
    count += n;
  }
  // Top up with single sentences until the target length, never past 400 words.
  while (count < 150 || count < target) {
    const s = prose(r, name);
    if (count + words(s) > 400) break;
    blocks.push(s);
    count += words(s);
  }
  return blocks.join("\n\n");
}

// ---------------------------------------------------------------------------------------
// The skeleton: what records say about each other (issuers, lineage, related, status),
// generated in one pass from the seed. Everything else comes from each record's own RNG.

interface CertSkeleton {
  slug: string;
  name: string;
  shortName: string | undefined;
  kind: "organisation" | "individual";
  issuer: string;
  status: Status;
  startYear: number;
  supersedes: string[];
  supersededBy: string[];
  related: string[];
}

interface IssuerSkeleton {
  slug: string;
  name: string;
  shortName: string;
  status: "active" | "merged" | "defunct";
  successor: string | undefined;
}

export interface SynthPlan {
  seed: string;
  today: DateTime;
  issuers: IssuerSkeleton[];
  certs: CertSkeleton[];
}

/** Largest number of certifications one lineage (connected by supersedes) may hold. */
const MAX_LINEAGE = 6;

export function plan(count: number, seed: string, today: DateTime): SynthPlan {
  const r = rngFor(seed, "plan");
  const width = Math.max(4, String(count).length);
  const num = (i: number) => String(i + 1).padStart(width, "0");

  const issuerCount = Math.max(3, Math.round(count / 20));
  const issuers: IssuerSkeleton[] = [];
  for (let k = 0; k < issuerCount; k++) {
    const name = `Synthetic ${pick(r, ISSUER_FIELDS)} ${pick(r, ISSUER_KINDS)} ${num(k)}`;
    // The first issuer is always active, so merged and defunct ones have a successor to name.
    const status = k === 0 ? "active" : weighted(r, [["active", 8], ["merged", 1], ["defunct", 1]] as const);
    const actives = issuers.filter((i) => i.status === "active");
    issuers.push({
      slug: slugify(name),
      name,
      shortName: `S${name.split(" ").slice(1, -1).map((w) => w[0]).join("")}${num(k)}`,
      status,
      successor: status !== "active" && chance(r, 0.7) && actives.length ? pick(r, actives).slug : undefined,
    });
  }

  const certs: CertSkeleton[] = [];
  // Lineage as a union-find over components, so chains stay short (as real ones are)
  // and edges always run from an earlier record to a later one: no cycles.
  const parent: number[] = [];
  const size: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < count; i++) {
    const kind = chance(r, 0.55) ? "organisation" : "individual";
    const name =
      kind === "organisation"
        ? `Synthetic ${pick(r, ORG_NOUNS)} ${pick(r, ORG_KINDS)} ${num(i)}`
        : `Synthetic ${pick(r, PERSON_ROLES)} ${pick(r, PERSON_KINDS)} ${num(i)}`;
    const shortName = chance(r, 0.5) ? `S${name.split(" ").slice(1, -1).map((w) => w[0]).join("")}-${num(i)}` : undefined;
    // The first issuers each get one certification, so every issuer page lists something.
    const issuer = i < issuers.length ? issuers[i]! : pick(r, issuers);
    parent.push(i);
    size.push(1);
    const cert: CertSkeleton = {
      slug: slugify(name),
      name,
      shortName,
      kind,
      issuer: issuer.slug,
      status: "active",
      startYear: int(r, 1987, 2024),
      supersedes: [],
      supersededBy: [],
      related: [],
    };
    // About a quarter of records succeed one (sometimes two) earlier records nearby.
    if (i > 0 && chance(r, 0.28)) {
      const wanted = chance(r, 0.15) ? 2 : 1;
      for (let tries = 0; tries < 6 && cert.supersedes.length < wanted; tries++) {
        const j = int(r, Math.max(0, i - 40), i - 1);
        const pred = certs[j]!;
        if (cert.supersedes.includes(pred.slug) || pred.startYear > 2022) continue;
        const ci = find(i);
        const cj = find(j);
        if (ci !== cj && size[ci]! + size[cj]! > MAX_LINEAGE) continue;
        if (ci !== cj) {
          parent[ci] = cj;
          size[cj] = size[cj]! + size[ci]!;
        }
        cert.supersedes.push(pred.slug);
        pred.supersededBy.push(cert.slug);
        cert.startYear = Math.max(cert.startYear, Math.min(2025, pred.startYear + int(r, 2, 8)));
      }
    }
    certs.push(cert);
  }
  for (let i = 0; i < count; i++) {
    const c = certs[i]!;
    c.status = c.supersededBy.length
      ? weighted(r, [["superseded", 6], ["historic", 2], ["withdrawn", 1]] as const)
      : weighted<Status>(r, [["active", 10], ["dormant", 2], ["planned", 1], ["withdrawn", 2], ["historic", 2], ["superseded", 1]]);
    if (c.status === "planned") c.startYear = Math.max(c.startYear, 2023);
    const n = count > 1 ? weighted(r, [[0, 3], [1, 3], [2, 2], [3, 1], [4, 1]] as const) : 0;
    for (let k = 0; k < n; k++) {
      const other = certs[int(r, 0, count - 1)]!;
      if (other.slug !== c.slug && !c.related.includes(other.slug)) c.related.push(other.slug);
    }
  }
  // Every status at least once when there is room, so small catalogues still show them all.
  if (count >= STATUSES.length * 4) {
    const present = new Set(certs.map((c) => c.status));
    const free = certs.filter((c) => c.supersededBy.length === 0 && c.status === "active");
    for (const s of STATUSES) if (!present.has(s) && free.length) free.pop()!.status = s;
  }
  return { seed, today, issuers, certs };
}

// ---------------------------------------------------------------------------------------
// Money: cost figures use only a currency and year the project's tables can convert.

const RATES: RateTable = rateTable(ExchangeRates.parse(exchangeRatesData), PriceIndex.parse(consumerPricesData));
const LATEST_RATE_YEAR = Math.max(...RATES.unitsPerUsd.get("EUR")!.keys());

function convertible(currency: string, year: number): boolean {
  try {
    checkConvertible(RATES, currency, year);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------
// Careers: twelve synthetic roles on four ladders of three, each role leading to the next.

export const ROLE_COUNT = 12;
const LADDER = 3;
const roleSlug = (k: number) => `synthetic-role-${String(k + 1).padStart(2, "0")}`;

export function roleRecord(seed: string, k: number, today: DateTime): RoleInput {
  const r = rngFor(seed, "role", k);
  const src = sources(r, roleSlug(k), EARLIEST, today);
  const ids = src.map((x) => x.id);
  const next = k % LADDER < LADDER - 1 ? [{ role: roleSlug(k + 1), ...fact(r, ids) }] : [];
  return {
    slug: roleSlug(k),
    name: `Synthetic ${pick(r, PERSON_ROLES)} role ${String(k + 1).padStart(2, "0")}`,
    alternativeNames: chance(r, 0.5) ? [`Synthetic ${pick(r, PERSON_ROLES)} ${k + 1}`] : [],
    summary: `A synthetic role for testing. ${prose(r, "It")}`,
    description: description(r, `Synthetic role ${k + 1}`, roleSlug(k)),
    codes: [{ system: pick(r, ["isco-08", "onet-soc", "anzsco"] as const), code: String(4000 + k), title: `Synthetic occupation ${k + 1}`, ...fact(r, ids) }],
    leadsTo: next,
    sources: src,
    lastReviewed: day(today.minus({ days: int(r, 0, REVIEW_WINDOW) })),
  };
}

export function pathRecords(): CareerPathInput[] {
  return Array.from({ length: ROLE_COUNT / LADDER }, (_, n) => ({
    slug: `synthetic-path-${n + 1}`,
    name: `Synthetic path ${n + 1}`,
    summary: "A synthetic ladder of three roles, for testing.",
    roles: Array.from({ length: LADDER }, (_, i) => roleSlug(n * LADDER + i)),
    order: n + 1,
  }));
}

/** An individual certification's roles and prerequisites (which may name an earlier individual record). */
function careerFields(r: Rng, p: SynthPlan, s: CertSkeleton, index: number, ids: string[], levels: string[]): Partial<CertificationInput> {
  if (s.kind !== "individual") return {};
  const roles = sample(r, Array.from({ length: ROLE_COUNT }, (_, k) => roleSlug(k)), int(r, 1, 2)).map((role) => ({
    role,
    stage: pick(r, STAGES),
    ...(levels.length && chance(r, 0.3) ? { credential: pick(r, levels) } : {}),
    ...fact(r, ids),
  }));
  const earlier = p.certs.slice(Math.max(0, index - 50), index).filter((c) => c.kind === "individual");
  const items: NonNullable<Extract<CertificationInput["prerequisites"], { status: "published" }>["items"]> = [];
  if (chance(r, 0.5)) items.push({ type: "experience", requirement: pick(r, ["required", "recommended"] as const), text: `${int(r, 1, 5)} years in a ${pick(r, TOPICS)} role.`, ...fact(r, ids) });
  if (earlier.length && chance(r, 0.3)) {
    const before = pick(r, earlier);
    items.push({ type: "certification", requirement: "required", text: `Holding ${before.name}.`, certification: before.slug, ...fact(r, ids) });
  }
  return {
    roles,
    prerequisites: items.length ? { status: "published", items } : { status: "none-published", note: "The synthetic sources name no prerequisite." },
  };
}

/** Editions for about one record in five: each later one replaces the one before. */
function editions(r: Rng, s: CertSkeleton, index: number, ids: string[]): CertificationInput["editions"] {
  if (!chance(r, 0.2) || s.status === "planned") return [];
  const years = [...new Set(Array.from({ length: int(r, 2, 4) }, () => int(r, s.startYear, 2025)))].sort((a, b) => a - b);
  if (years.length < 2) return [];
  return years.map((year, k) => {
    const next = years[k + 1];
    const end = next === undefined ? undefined : chance(r, 0.8) ? String(next + int(r, 1, 3)) : { status: "not-published" as const, note: "No synthetic source gives the end." };
    return {
      id: `e${k + 1}`,
      name: `${s.shortName ?? s.name}:${year}`,
      claims: [`Synthetic edition ${index + 1}-${k + 1}`],
      published: String(year),
      ...(next !== undefined && typeof end === "string" && chance(r, 0.5) ? { newCertificationEnds: String(next + 1) } : {}),
      ...(end === undefined ? {} : { validUntil: end }),
      ...fact(r, ids),
    };
  });
}

// ---------------------------------------------------------------------------------------
// Records.

type SourceInput = CertificationInput["sources"][number];

function sources(r: Rng, slug: string, from: DateTime, reviewed: DateTime): SourceInput[] {
  const n = int(r, 2, 4);
  const kinds = sample(r, SOURCE_IDS, n);
  return kinds.map((kind, k) => {
    const readBy = reviewed < LATEST_CONTENT ? reviewed : LATEST_CONTENT;
    const accessed = between(r, readBy.minus({ days: SOURCE_READ_WINDOW }), readBy);
    const published = chance(r, 0.7) ? partialDate(r, clampContent(from), clampContent(accessed)).iso : undefined;
    const source: SourceInput = {
      id: kind,
      url: `https://${DOMAINS[k % DOMAINS.length]}/${pick(r, ["synthetic", "docs", "news", "library"])}/${slug}/${kind}`,
      title: `${cap(kind.replace(/-/g, " "))}: ${pick(r, TOPICS)} and ${pick(r, TOPICS)} (synthetic)`,
      publisher: pick(r, PUBLISHERS),
      kind: pick(r, SOURCE_KINDS),
      accessed: day(accessed),
    };
    if (published) source.published = published;
    return source;
  });
}

/** 1-2 source ids for a fact; sometimes the fact is unconfirmed and says why. */
function fact(r: Rng, ids: string[]): { cite: string[]; unconfirmed?: true; note?: string } {
  const cite = sample(r, ids, chance(r, 0.3) ? 2 : 1);
  if (chance(r, 0.04))
    return { cite, unconfirmed: true, note: `Only ${cite.length === 1 ? "one synthetic source states" : "weak synthetic sources state"} this; shown so the layout of unconfirmed claims is exercised.` };
  return { cite };
}

function durationRange(r: Rng): { min: string; max?: string } {
  const unit = pick(r, ["W", "M", "Y"] as const);
  const [lo, hi] = unit === "W" ? [2, 12] : unit === "M" ? [1, 18] : [1, 3];
  const min = int(r, lo, hi);
  if (chance(r, 0.35)) return { min: `P${min}${unit}` };
  return { min: `P${min}${unit}`, max: `P${min + int(r, 0, hi - lo + 1)}${unit}` };
}

export function certificationRecord(p: SynthPlan, index: number): CertificationInput {
  const s = p.certs[index]!;
  const r = rngFor(p.seed, "cert", index);
  const reviewed = p.today.minus({ days: int(r, 0, REVIEW_WINDOW) });
  const start = yearStart(s.startYear);
  const src = sources(r, s.slug, start.minus({ years: 2 }), reviewed);
  const ids = src.map((x) => x.id);
  const after = (from: DateTime) => partialDate(r, clampContent(from), LATEST_CONTENT);

  // History: a start event, sometimes preceded by a drafting event (then `start` marks the real start).
  const history: CertificationInput["history"] = [];
  const drafted = chance(r, 0.2) && s.startYear > 1988;
  if (drafted) history.push({ date: String(s.startYear - 1), event: `A working group of ${pick(r, ACTORS)} drafted the first text on ${pick(r, TOPICS)}.`, ...fact(r, ids) });
  history.push({
    date: partialDate(r, start, clampContent(start.endOf("year"))).iso,
    event: s.status === "planned" ? "Announced by its issuer; no certificates awarded yet." : `First edition published, centred on ${pick(r, TOPICS)}.`,
    ...(drafted ? { start: true } : {}),
    ...fact(r, ids),
  });
  const later = Array.from({ length: int(r, 0, 4) }, () => after(start.plus({ years: 1 })))
    .sort((a, b) => a.at.toMillis() - b.at.toMillis())
    .map((d) => ({ date: d.iso, event: `${pick(r, ["Revised", "Extended", "Reissued", "Renamed", "Simplified"])} to cover ${pick(r, TOPICS)}.`, ...fact(r, ids) }));
  history.push(...later);

  const ladder = pick(r, LEVEL_LADDERS);
  const levels = ladder.slice(0, int(r, 0, 6)).map((name) => ({
    name,
    ...(chance(r, 0.5) ? { description: prose(r, `The ${name} level`) } : {}),
    ...fact(r, ids),
  }));

  const cost: CertificationInput["cost"] = chance(r, 0.35)
    ? chance(r, 0.5)
      ? { status: "not-published", note: "No synthetic source gives a price." }
      : { status: "not-published" }
    : {
        status: "published",
        figures: Array.from({ length: int(r, 1, 3) }, () => {
          // Only a currency and year the money tables can convert: the build refuses any other.
          const asOf = after(start);
          const year = Number(asOf.iso.slice(0, 4));
          const usable = CURRENCIES.filter((c) => convertible(c, year));
          const currency = usable.length ? pick(r, usable) : "USD";
          const dated = usable.length ? asOf.iso : String(LATEST_RATE_YEAR);
          const base = pick(r, [50, 150, 400, 1200, 5000, 20000, 60000]) * CURRENCY_SCALE[currency];
          const min = Math.round(base * (0.5 + r()) / 10) * 10;
          return {
            min,
            ...(chance(r, 0.6) ? { max: min + Math.round(min * r()) } : {}),
            currency,
            basis: pick(r, COST_BASES),
            priceType: pick(r, PRICE_TYPES),
            ...(chance(r, 0.2) ? { approximate: true } : {}),
            ...(chance(r, 0.5) ? { context: `in ${pick(r, REGIONS)}` } : {}),
            ...(chance(r, 0.3) ? { covers: `the ${pick(r, ["audit", "exam", "application", "annual licence", "training course"])}` } : {}),
            asOf: dated,
            ...fact(r, ids),
          };
        }),
      };

  const timeToAchieve: CertificationInput["timeToAchieve"] = chance(r, 0.3)
    ? { status: "not-published" }
    : {
        status: "published",
        figures: Array.from({ length: int(r, 1, 2) }, () => ({
          ...durationRange(r),
          ...(chance(r, 0.2) ? { approximate: true } : {}),
          ...(chance(r, 0.4) ? { context: `for a ${pick(r, ["single site", "first-time candidate", "multi-site provider", "small team"])}` } : {}),
          asOf: after(start).iso,
          ...fact(r, ids),
        })),
      };

  const validity: CertificationInput["validity"] = chance(r, 0.3)
    ? { status: "not-published", ...(chance(r, 0.5) ? { note: "No synthetic source says how long it lasts." } : {}) }
    : chance(r, 0.15)
      ? { status: "published", rules: [{ lifetime: true, renewal: "Nothing: it does not expire.", ...fact(r, ids) }] }
      : {
          status: "published",
          rules: [
            {
              ...(chance(r, 0.3) ? { appliesTo: "Certificate" } : {}),
              period: pick(r, ["P1Y", "P2Y", "P3Y", "P4Y", "P5Y", "P18M"]),
              renewal: `${cap(pick(r, ADJECTIVES))} ${pick(r, ["surveillance audits", "recertification", "continuing-education credits", "a renewal exam"])}.`,
              ...fact(r, ids),
            },
            ...(chance(r, 0.2) ? [{ appliesTo: "Surveillance", period: "P1Y", renewal: "A yearly surveillance visit.", ...fact(r, ids) }] : []),
          ],
        };

  const aliases = Array.from({ length: weighted(r, [[0, 3], [1, 3], [2, 2], [3, 1]] as const) }, (_, k) => {
    const kind = pick(r, ["former-name", "abbreviation", "alternative"] as const);
    const name =
      kind === "abbreviation"
        ? `SYN-${String(index + 1)}${"ABC"[k]}`
        : `Synthetic ${titleCase(pick(r, TOPICS))} ${pick(r, ORG_KINDS)} ${index + 1}${"abc"[k]}`;
    return { name, kind, ...(chance(r, 0.3) ? { note: `Used in ${pick(r, REGIONS)} before ${s.startYear + int(r, 1, 5)}.` } : {}) };
  });

  const disagreements = Array.from({ length: weighted(r, [[0, 6], [1, 3], [2, 1]] as const) }, () => ({
    topic: pick(r, ["When the scheme was first published", "How long certification takes", "Whether the certificate covers every site", "What the audit samples", "Who may assess it"]),
    positions: Array.from({ length: int(r, 2, 3) }, () => ({ claim: prose(r, "the scheme"), cite: sample(r, ids, 1) })),
    ...(chance(r, 0.5) ? { note: "Both positions come from synthetic sources." } : {}),
  }));

  // Guidance cannot be certified against: it has no cost, time or validity of certification.
  const assurance = weighted(r, ASSURANCE_KINDS.map((k) => [k, k === "certification" ? 12 : 1] as const));
  const certifiable = assurance !== "guidance";

  const record: CertificationInput = {
    slug: s.slug,
    name: s.name,
    ...(s.shortName ? { shortName: s.shortName } : {}),
    aliases,
    kind: s.kind,
    categories: sample(r, CATEGORIES, int(r, 1, 3)),
    issuer: s.issuer,
    certifiers: chance(r, 0.15) ? sample(r, p.issuers.map((i) => i.slug).filter((i) => i !== s.issuer), int(r, 1, 2)) : [],
    ...(chance(r, 0.6) ? { website: `https://example.org/synthetic/${s.slug}/` } : {}),
    assurance,
    status: s.status,
    ...(chance(r, 0.05) ? { statusDetail: { note: "Judged from the synthetic sources; none says so outright.", unconfirmed: true } } : {}),
    supersedes: s.supersedes,
    supersededBy: s.supersededBy,
    related: s.related,
    summary: `A synthetic ${s.kind === "organisation" ? "organisational" : "individual"} certification for testing. ${prose(r, "It")}`,
    history,
    levels,
    cost: certifiable ? cost : { status: "not-published", note: "Guidance: nothing to certify." },
    timeToAchieve: certifiable ? timeToAchieve : { status: "not-published" },
    validity: certifiable ? validity : { status: "not-published" },
    editions: editions(r, s, index, ids),
    ...careerFields(r, p, s, index, ids, levels.map((l) => l.name)),
    requirements: Array.from({ length: int(r, 0, 4) }, () => ({ text: prose(r, "The candidate"), ...fact(r, ids) })),
    recognition: Array.from({ length: int(r, 0, 2) }, () => ({ text: `Accepted by ${pick(r, ACTORS)} in ${pick(r, REGIONS)}.`, ...fact(r, ids) })),
    regions: sample(r, REGIONS, int(r, 1, 3)),
    verify: {
      how: `Ask for the certificate and its scope, then check with the issuer. ${prose(r, "The register")}`,
      ...(chance(r, 0.4) ? { register: `https://example.net/registers/${s.slug}` } : {}),
      ...fact(r, ids),
    },
    disagreements,
    sources: src,
    description: description(r, s.name, s.slug),
    lastReviewed: day(reviewed),
  };
  return record;
}

export function issuerRecord(p: SynthPlan, index: number): IssuerInput {
  const s = p.issuers[index]!;
  const r = rngFor(p.seed, "issuer", index);
  const reviewed = p.today.minus({ days: int(r, 0, REVIEW_WINDOW) });
  const src = sources(r, s.slug, EARLIEST, reviewed);
  const ids = src.map((x) => x.id);
  const record: IssuerInput = {
    slug: s.slug,
    name: s.name,
    shortName: s.shortName,
    formerNames: chance(r, 0.3) ? [{ name: `Synthetic ${pick(r, ISSUER_FIELDS)} Group ${index + 1}`, ...fact(r, ids) }] : [],
    type: pick(r, ISSUER_TYPES),
    ...(chance(r, 0.8) ? { website: `https://example.com/synthetic/${s.slug}/` } : {}),
    ...(chance(r, 0.7) ? { country: pick(r, REGIONS.filter((x) => x !== "Worldwide")) } : {}),
    ...(chance(r, 0.7) ? { founded: { date: partialDate(r, yearStart(1987), yearStart(2015)).iso, ...fact(r, ids) } } : {}),
    status: s.status,
    ...(s.successor ? { successor: { issuer: s.successor, ...fact(r, ids) } } : {}),
    summary: `A synthetic issuing body for testing. ${prose(r, "It")}`,
    description: description(r, s.name, s.slug),
    sources: src,
    lastReviewed: day(reviewed),
  };
  return record;
}

// ---------------------------------------------------------------------------------------
// Files.

function fileText(record: { slug: string }, what: string, seed: string): string {
  return `// Synthetic ${what} generated by scripts/synth.ts (seed ${JSON.stringify(seed)}). Not a real ${what}.\nexport default ${JSON.stringify(record, null, 2)};\n`;
}

/** Run `task(i)` for i in [0, n) with at most `limit` running at once. */
async function pool(n: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
}

export interface SynthOptions {
  count: number;
  out: string;
  seed?: string;
  /** The reference "today": reviews fall within 300 days before it. Default 2026-11-29. */
  today?: string;
  /** Empty the certifications/, issuers/, roles/ and paths/ folders first. */
  clean?: boolean;
  concurrency?: number;
}

export async function synthesize(options: SynthOptions): Promise<{ certifications: number; issuers: number; dir: string }> {
  const { count, seed = "1", clean = false, concurrency = 32 } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer (got ${count})`);
  const today = DateTime.fromISO(options.today ?? "2026-11-29", { zone: "utc" });
  if (!today.isValid) throw new Error(`--today is not a date (got ${options.today})`);
  const dir = path.resolve(options.out);
  const certDir = path.join(dir, "certifications");
  const issuerDir = path.join(dir, "issuers");
  const roleDir = path.join(dir, "roles");
  const pathDir = path.join(dir, "paths");
  for (const folder of [certDir, issuerDir, roleDir, pathDir]) {
    if (clean) await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    if ((await readdir(folder)).length)
      throw new Error(`${folder} is not empty (use --clean to empty it, or another --out); stale records would mix with new ones`);
  }
  const manifest = path.join(dir, "package.json");
  if (!existsSync(manifest)) await writeFile(manifest, `${JSON.stringify({ private: true, type: "module", description: "Synthetic catalogue written by scripts/synth.ts" }, null, 2)}\n`);
  const p = plan(count, seed, today);
  await pool(p.issuers.length, concurrency, async (i) => {
    await writeFile(path.join(issuerDir, `${p.issuers[i]!.slug}.ts`), fileText(issuerRecord(p, i), "issuer", seed));
  });
  await pool(p.certs.length, concurrency, async (i) => {
    await writeFile(path.join(certDir, `${p.certs[i]!.slug}.ts`), fileText(certificationRecord(p, i), "certification", seed));
  });
  for (let k = 0; k < ROLE_COUNT; k++) await writeFile(path.join(roleDir, `${roleSlug(k)}.ts`), fileText(roleRecord(seed, k, today), "role", seed));
  for (const career of pathRecords()) await writeFile(path.join(pathDir, `${career.slug}.ts`), fileText(career, "career path", seed));
  // The project's own money tables: the synthetic figures are in currencies and years they convert.
  await rm(path.join(dir, "money"), { recursive: true, force: true });
  await cp(path.resolve(import.meta.dirname, "../_data/money"), path.join(dir, "money"), { recursive: true });
  return { certifications: p.certs.length, issuers: p.issuers.length, dir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      count: { type: "string" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
      today: { type: "string", default: "2026-11-29" },
      clean: { type: "boolean", default: false },
    },
  });
  if (!values.count || !values.out) {
    console.error("usage: tsx scripts/synth.ts --count N --out DIR [--seed S] [--today YYYY-MM-DD] [--clean]");
    process.exit(2);
  }
  const started = performance.now();
  try {
    const done = await synthesize({ count: Number(values.count), out: values.out, seed: values.seed!, today: values.today!, clean: values.clean! });
    const ms = Math.round(performance.now() - started);
    console.log(`Wrote ${done.certifications} certifications and ${done.issuers} issuers to ${path.relative(process.cwd(), done.dir) || done.dir} (seed ${values.seed}, ${ms} ms)`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
