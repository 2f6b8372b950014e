// Turn validated records into what pages need, computed once per build: references
// resolved to records, lineage chains, display strings and sort keys. Templates stay simple.
import type { Certification } from "../schema/certification.ts";
import type { Issuer } from "../schema/issuer.ts";
import type { PartialDate } from "../schema/primitives.ts";
import type { Prerequisite } from "../schema/roles.ts";
import type { Source } from "../schema/source.ts";
import { formatPartialDate, timeBetween } from "../format/dates.ts";
import { lineageTimeline, type Timeline } from "../format/timeline.ts";
import { durationMonths } from "../format/duration.ts";
import { DISPLAY_CURRENCIES } from "../money/convert.ts";
import type { MoneyTables } from "./money.ts";
import { archiveUrl } from "../format/archive.ts";
import { resolveCareers, roleUrl, type ResolvedPath, type ResolvedRole, type RoleRef } from "./careers.ts";
import { coverage, type CoverageRow } from "./coverage.ts";
import { deadlinesOf, type Deadline } from "./deadlines.ts";
import { resolveEditions, successorsOf, type ResolvedEdition } from "./editions.ts";
import {
  resolveCostFigures,
  resolveDurationFigures,
  resolveValidity,
  type ResolvedCostFigure,
  type ResolvedDurationFigure,
  type ResolvedValidityRule,
} from "./figures.ts";
import {
  ASSURANCE_HELP,
  ASSURANCE_HELP_SHORT,
  ASSURANCE_HOLDER,
  ASSURANCE_LABELS,
  CATEGORY_HELP,
  CATEGORY_LABELS,
  KIND_HELP,
  KIND_LABELS,
  PREREQUISITE_TYPE_LABELS,
  STAGE_LABELS,
  STATUS_HELP,
  STATUS_LABELS,
} from "./labels.ts";
import type { ValidCatalog } from "./validate.ts";

export type { ResolvedCostFigure, ResolvedDurationFigure } from "./figures.ts";

export interface CertRef {
  slug: string;
  name: string;
  url: string;
  status: Certification["status"];
}

export interface LineageStep extends CertRef {
  /** The short name where there is one: the timeline has little room. */
  label: string;
  /** Earliest dated event, shown on the timeline. */
  from?: PartialDate;
  fromText?: string;
  current: boolean;
  /** Its editions' names, oldest first, and the years they were published (for the timeline). */
  editions: string[];
  editionYears: string[];
}

/** A source as pages list it: with the archived copy nearest the day it was read. */
export type ResolvedSource = Source & { archiveUrl: string };

export interface ResolvedCertification extends Omit<Certification, "history" | "editions" | "sources"> {
  history: (Certification["history"][number] & { dateText: string })[];
  file: string;
  url: string;
  kindLabel: string;
  statusLabel: string;
  assuranceLabel: string;
  /** What this kind of assurance proves, in a sentence. */
  assuranceHelp: string;
  assuranceHelpShort: string;
  /** "is certified", "holds an auditor's report". */
  assuranceHolder: string;
  /** Guidance cannot be certified against: pages say "not certifiable" instead of cost, time and validity. */
  certifiable: boolean;
  categoryLabels: { slug: string; label: string }[];
  issuerRecord: Issuer & { url: string };
  certifierRecords: (Issuer & { url: string })[];
  formerIssuerRecords: (Issuer & { url: string })[];
  predecessors: CertRef[];
  successors: CertRef[];
  relatedRecords: CertRef[];
  lineage: LineageStep[];
  timeline?: Timeline;
  /** "4 weeks before this edition" style phrase, filled once the edition date is known. */
  reviewedPhrase: string;
  sources: ResolvedSource[];
  sourceById: Record<string, ResolvedSource>;
  costFigures: ResolvedCostFigure[];
  durationFigures: ResolvedDurationFigure[];
  validityRules: ResolvedValidityRule[];
  validityText: string;
  editions: ResolvedEdition[];
  /** Roles it fits, for "Who it is for". */
  roleFits: (RoleRef & { stageLabel: string; credential?: string; cite: string[]; note?: string; unconfirmed?: boolean })[];
  /** Prerequisites with any certification they name resolved to its page. */
  prerequisiteItems: (Prerequisite & { typeLabel: string; certificationRef?: CertRef })[];
  /** Certifications whose prerequisites name this one: derived, never written twice. */
  leadsTo: CertRef[];
  descriptionHtml: string;
  sortKeys: { name: string; monthsMin: number | null };
}

export interface ResolvedIssuer extends Issuer {
  file: string;
  url: string;
  /** Certifications it owns, awards or once owned, by name. */
  certifications: ResolvedCertification[];
  successorRecord?: Issuer & { url: string };
  sourceById: Record<string, ResolvedSource>;
  descriptionHtml: string;
}

/** One way of narrowing the list (a kind, a category, a status), with its own page. */
export interface Facet {
  slug: string;
  label: string;
  /** The browse page's heading, e.g. "Individual certifications", "Status: Historic". */
  heading: string;
  description: string;
  url: string;
  certifications: ResolvedCertification[];
}

export interface Catalog {
  certifications: ResolvedCertification[];
  issuers: ResolvedIssuer[];
  roles: ResolvedRole[];
  paths: ResolvedPath[];
  certificationBySlug: Map<string, ResolvedCertification>;
  issuerBySlug: Map<string, ResolvedIssuer>;
  roleBySlug: Map<string, ResolvedRole>;
  facets: { kinds: Facet[]; assurances: Facet[]; categories: Facet[]; statuses: Facet[]; all: Facet[] };
  /** The newest review date in the catalogue: "today" for this edition of the site. */
  editionDate: PartialDate | undefined;
  recentlyReviewed: ResolvedCertification[];
  /** Every dated end of an edition, soonest first. */
  deadlines: Deadline[];
  /** The records with editions, by name. */
  withEditions: ResolvedCertification[];
  coverage: CoverageRow[];
  /** The money tables as the about page shows them, and how conversions are made. */
  money: {
    /** The year whose prices "today's money" means. */
    priceYear: number;
    /** Years converted at another year's rates. */
    carriedForward: { year: number; ratesOf: number; note: string }[];
    description: string;
    series: string;
    /** One row per year: units of each display currency per US dollar, and the price index. */
    years: { year: number; perUsd: Record<string, number | undefined>; prices?: number; partial?: string }[];
    sources: ResolvedSource[];
  };
}

function facets<K extends string>(
  certs: ResolvedCertification[],
  labels: Record<K, string>,
  help: Record<K, string>,
  keysOf: (c: ResolvedCertification) => readonly K[],
  url: (slug: K) => string,
  heading: (label: string) => string,
): Facet[] {
  const groups = new Map<K, ResolvedCertification[]>();
  for (const c of certs) for (const k of keysOf(c)) (groups.get(k) ?? groups.set(k, []).get(k)!).push(c);
  // In the order the schema lists the values; values no record uses get no page.
  return (Object.keys(labels) as K[])
    .filter((slug) => groups.has(slug))
    .map((slug) => ({ slug, label: labels[slug], heading: heading(labels[slug]), description: help[slug], url: url(slug), certifications: groups.get(slug)! }));
}

const certUrl = (slug: string) => `/certifications/${slug}/`;
const issuerUrl = (slug: string) => `/issuers/${slug}/`;
// One collator for every name sort: localeCompare with options builds a collator per call,
// which cost about half a second per sort of 10,000 records.
const nameCollator = new Intl.Collator("en", { sensitivity: "base" });
const byName = (a: { name: string }, b: { name: string }) => nameCollator.compare(a.name, b.name);

function ref(c: Certification): CertRef {
  return { slug: c.slug, name: c.name, url: certUrl(c.slug), status: c.status };
}

/** When the certification itself began: its event marked `start`, else its earliest event. */
function firstDate(c: Certification): PartialDate | undefined {
  const marked = c.history.find((h) => h.start);
  if (marked) return marked.date;
  // ISO strings sort as their first days do ("2003" before "2003-02").
  let first: PartialDate | undefined;
  for (const h of c.history) if (!first || h.date.iso < first.iso) first = h.date;
  return first;
}

/** Every certification connected to `start` by supersedes/supersededBy, predecessors first. */
function lineageOf(start: Certification, bySlug: Map<string, Certification>): LineageStep[] {
  const members = new Map<string, Certification>();
  const queue = [start];
  while (queue.length) {
    const c = queue.pop()!;
    if (members.has(c.slug)) continue;
    members.set(c.slug, c);
    for (const s of [...c.supersedes, ...c.supersededBy]) {
      const next = bySlug.get(s);
      if (next && !members.has(s)) queue.push(next);
    }
  }
  // A record alone still gets a timeline when it has editions to mark.
  if (members.size === 1 && start.editions.length < 2) return [];
  // Kahn's algorithm over "predecessor before successor", ties broken by first date.
  const indegree = new Map([...members.keys()].map((s) => [s, 0]));
  for (const c of members.values()) for (const s of c.supersededBy) if (members.has(s)) indegree.set(s, indegree.get(s)! + 1);
  const dateKey = (c: Certification) => firstDate(c)?.iso ?? "9999";
  const ready = [...members.values()].filter((c) => indegree.get(c.slug) === 0);
  const order: Certification[] = [];
  while (ready.length) {
    ready.sort((a, b) => dateKey(a).localeCompare(dateKey(b)) || a.slug.localeCompare(b.slug));
    const c = ready.shift()!;
    order.push(c);
    for (const s of c.supersededBy) {
      if (!members.has(s)) continue;
      indegree.set(s, indegree.get(s)! - 1);
      if (indegree.get(s) === 0) ready.push(members.get(s)!);
    }
  }
  return order.map((c) => {
    const from = firstDate(c);
    return {
      ...ref(c),
      label: c.shortName ?? c.name,
      from,
      fromText: from && formatPartialDate(from),
      current: c.slug === start.slug,
      editions: c.editions.map((e) => e.name),
      editionYears: [...new Set(c.editions.map((e) => e.published.iso.slice(0, 4)))],
    };
  });
}

const withArchive = (sources: Source[]): ResolvedSource[] => sources.map((s) => ({ ...s, archiveUrl: archiveUrl(s.url, s.accessed) }));

export function resolveCatalog(valid: ValidCatalog, renderMarkdown: (md: string) => string, money: MoneyTables): Catalog {
  const rates = money.table;
  const certBySlug = new Map(valid.certifications.map((c) => [c.record.slug, c.record]));
  const issuerBase = new Map(valid.issuers.map(({ record }) => [record.slug, { ...record, url: issuerUrl(record.slug) }]));
  const refs = (slugs: string[]) => slugs.flatMap((s) => (certBySlug.has(s) ? [ref(certBySlug.get(s)!)] : []));
  // "Today" for this edition of the site: the newest review date (never the clock, so rebuilds match).
  const edition = valid.certifications.reduce<PartialDate | undefined>((a, { record }) => (!a || record.lastReviewed.iso > a.iso ? record.lastReviewed : a), undefined);
  const today = edition?.iso ?? "0000-01-01";
  const editionSuccessors = successorsOf(valid.certifications.map((c) => c.record));
  const names = new Map(valid.certifications.map(({ record }) => [record.slug, record.name]));
  const roleNames = new Map(valid.roles.map(({ record }) => [record.slug, record.name]));
  // "What this leads to": the records whose prerequisites name each one.
  const leadsTo = new Map<string, Set<string>>();
  for (const { record } of valid.certifications)
    if (record.prerequisites?.status === "published")
      for (const p of record.prerequisites.items)
        if (p.certification && certBySlug.has(p.certification)) {
          if (!leadsTo.has(p.certification)) leadsTo.set(p.certification, new Set());
          leadsTo.get(p.certification)!.add(record.slug);
        }

  const certifications: ResolvedCertification[] = valid.certifications.map(({ file, record: c }) => {
    const sources = withArchive(c.sources);
    const sourceById = Object.fromEntries(sources.map((s) => [s.id, s]));
    const durationFigures = resolveDurationFigures(c);
    const minMonths = durationFigures.map((f) => durationMonths(f.min));
    const lineage = lineageOf(c, certBySlug);
    const validity = resolveValidity(c);
    return {
      ...c,
      file,
      url: certUrl(c.slug),
      kindLabel: KIND_LABELS[c.kind],
      statusLabel: STATUS_LABELS[c.status],
      assuranceLabel: ASSURANCE_LABELS[c.assurance],
      assuranceHelp: ASSURANCE_HELP[c.assurance],
      assuranceHelpShort: ASSURANCE_HELP_SHORT[c.assurance],
      assuranceHolder: ASSURANCE_HOLDER[c.assurance],
      certifiable: c.assurance !== "guidance",
      categoryLabels: c.categories.map((slug) => ({ slug, label: CATEGORY_LABELS[slug] })),
      issuerRecord: issuerBase.get(c.issuer)!,
      certifierRecords: c.certifiers.map((s) => issuerBase.get(s)!),
      formerIssuerRecords: c.formerIssuers.map((s) => issuerBase.get(s)!),
      predecessors: refs(c.supersedes),
      successors: refs(c.supersededBy),
      relatedRecords: refs(c.related),
      lineage,
      timeline: lineage.length ? lineageTimeline(lineage) : undefined,
      reviewedPhrase: "",
      sources,
      sourceById,
      costFigures: resolveCostFigures(c, sourceById, rates),
      durationFigures,
      validityRules: validity.rules,
      validityText: validity.text,
      editions: resolveEditions(c, editionSuccessors, names, today),
      roleFits: c.roles
        .filter((fit) => roleNames.has(fit.role))
        .map((fit) => ({
          slug: fit.role,
          name: roleNames.get(fit.role)!,
          url: roleUrl(fit.role),
          stageLabel: STAGE_LABELS[fit.stage],
          ...(fit.credential ? { credential: fit.credential } : {}),
          cite: fit.cite,
          ...(fit.note ? { note: fit.note } : {}),
          ...(fit.unconfirmed ? { unconfirmed: fit.unconfirmed } : {}),
        })),
      prerequisiteItems:
        c.prerequisites?.status === "published"
          ? c.prerequisites.items.map((p) => ({
              ...p,
              typeLabel: PREREQUISITE_TYPE_LABELS[p.type],
              ...(p.certification && certBySlug.has(p.certification) ? { certificationRef: ref(certBySlug.get(p.certification)!) } : {}),
            }))
          : [],
      leadsTo: refs([...(leadsTo.get(c.slug) ?? [])]).sort(byName),
      history: c.history.map((h) => ({ ...h, dateText: formatPartialDate(h.date) })),
      descriptionHtml: renderMarkdown(c.description),
      sortKeys: {
        name: c.name.toLocaleLowerCase("en"),
        monthsMin: minMonths.length ? Math.min(...minMonths) : null,
      },
    };
  });
  certifications.sort(byName);

  const byIssuer = new Map<string, ResolvedCertification[]>();
  for (const c of certifications)
    for (const s of new Set([c.issuer, ...c.certifiers, ...c.formerIssuers])) {
      if (!byIssuer.has(s)) byIssuer.set(s, []);
      byIssuer.get(s)!.push(c);
    }
  const issuers: ResolvedIssuer[] = valid.issuers.map(({ file, record: i }) => {
    const sources = withArchive(i.sources);
    return {
      ...i,
      file,
      url: issuerUrl(i.slug),
      sources,
      certifications: byIssuer.get(i.slug) ?? [],
      successorRecord: i.successor ? issuerBase.get(i.successor.issuer) : undefined,
      sourceById: Object.fromEntries(sources.map((s) => [s.id, s])),
      descriptionHtml: renderMarkdown(i.description),
    };
  });
  issuers.sort(byName);

  const careers = resolveCareers(
    valid.roles.map((r) => ({ ...r.record, file: r.file, sources: withArchive(r.record.sources) })),
    valid.paths.map((p) => p.record),
    certifications,
    renderMarkdown,
  );

  const kinds = facets(certifications, KIND_LABELS, KIND_HELP, (c) => [c.kind], (s) => `/certifications/kind/${s}/`, (l) => `${l} certifications`);
  const assurances = facets(certifications, ASSURANCE_LABELS, ASSURANCE_HELP, (c) => [c.assurance], (s) => `/certifications/assurance/${s}/`, (l) => `Assurance: ${l}`);
  const statuses = facets(certifications, STATUS_LABELS, STATUS_HELP, (c) => [c.status], (s) => `/certifications/status/${s}/`, (l) => `Status: ${l}`);
  const categories = facets(certifications, CATEGORY_LABELS, CATEGORY_HELP, (c) => c.categories, (s) => `/categories/${s}/`, (l) => l);
  const byReview = [...certifications].sort((a, b) => b.lastReviewed.iso.localeCompare(a.lastReviewed.iso) || byName(a, b));
  for (const c of certifications) {
    const gap = edition ? timeBetween(c.lastReviewed, edition) : "the same day";
    c.reviewedPhrase = gap === "the same day" ? "the date of this edition of the catalogue" : `${gap} before this edition of the catalogue`;
  }
  return {
    certifications,
    issuers,
    roles: careers.roles,
    paths: careers.paths,
    certificationBySlug: new Map(certifications.map((c) => [c.slug, c])),
    issuerBySlug: new Map(issuers.map((i) => [i.slug, i])),
    roleBySlug: new Map(careers.roles.map((r) => [r.slug, r])),
    facets: { kinds, assurances, categories, statuses, all: [...kinds, ...assurances, ...statuses, ...categories] },
    editionDate: edition,
    recentlyReviewed: byReview.slice(0, 6),
    deadlines: deadlinesOf(certifications),
    withEditions: certifications.filter((c) => c.editions.length > 0),
    coverage: coverage(valid.certifications.map((c) => c.record)),
    money: moneySummary(money),
  };
}

/** The money tables for the about page: display currencies by year, beside the price index. */
function moneySummary({ rates, prices, table }: MoneyTables): Catalog["money"] {
  const years = [...new Set([...rates.rates.map((r) => r.year), ...prices.values.map((v) => v.year)])].sort((a, b) => a - b);
  const byYear = new Map(prices.values.map((v) => [v.year, v]));
  return {
    priceYear: table.priceYear,
    carriedForward: rates.carryForward,
    description: rates.description,
    series: prices.series,
    years: years.map((year) => ({
      year,
      perUsd: Object.fromEntries(DISPLAY_CURRENCIES.filter((c) => c !== "USD").map((c) => [c, table.unitsPerUsd.get(c)?.get(year)])),
      prices: byYear.get(year)?.value,
      ...(byYear.get(year)?.partial ? { partial: byYear.get(year)!.partial } : {}),
    })),
    sources: withArchive([...rates.sources, ...prices.sources]),
  };
}
