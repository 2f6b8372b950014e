// Turn validated records into what pages need, computed once per build: references
// resolved to records, lineage chains, display strings and sort keys. Templates stay simple.
import type { Certification, CostFigure, DurationFigure } from "../schema/certification.ts";
import type { Issuer } from "../schema/issuer.ts";
import type { PartialDate } from "../schema/primitives.ts";
import type { Source } from "../schema/source.ts";
import { formatPartialDate, timeBetween } from "../format/dates.ts";
import { lineageTimeline, type Timeline } from "../format/timeline.ts";
import { durationMonths, formatDuration, formatDurationRange } from "../format/duration.ts";
import { formatMoneyRange } from "../format/money.ts";
import { CATEGORY_HELP, CATEGORY_LABELS, COST_BASIS_LABELS, KIND_HELP, KIND_LABELS, STATUS_HELP, STATUS_LABELS } from "./labels.ts";
import type { ValidCatalog } from "./validate.ts";

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
}

/** `phrase`: the figure in one line, as lists, the compare page and the CSV show it. */
export type ResolvedCostFigure = CostFigure & { amount: string; basisLabel: string; asOfText: string; phrase: string };
export type ResolvedDurationFigure = DurationFigure & { range: string; asOfText: string; phrase: string };

export interface ResolvedCertification extends Omit<Certification, "history"> {
  history: (Certification["history"][number] & { dateText: string })[];
  file: string;
  url: string;
  kindLabel: string;
  statusLabel: string;
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
  sourceById: Record<string, Source>;
  costFigures: ResolvedCostFigure[];
  durationFigures: ResolvedDurationFigure[];
  validityText: string;
  descriptionHtml: string;
  sortKeys: { name: string; monthsMin: number | null };
}

export interface ResolvedIssuer extends Issuer {
  file: string;
  url: string;
  /** Certifications it owns, awards or once owned, by name. */
  certifications: ResolvedCertification[];
  successorRecord?: Issuer & { url: string };
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
  certificationBySlug: Map<string, ResolvedCertification>;
  issuerBySlug: Map<string, ResolvedIssuer>;
  facets: { kinds: Facet[]; categories: Facet[]; statuses: Facet[]; all: Facet[] };
  /** The newest review date in the catalogue: "today" for this edition of the site. */
  editionDate: PartialDate | undefined;
  recentlyReviewed: ResolvedCertification[];
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
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en", { sensitivity: "base" });

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
  if (members.size === 1) return [];
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
    return { ...ref(c), label: c.shortName ?? c.name, from, fromText: from && formatPartialDate(from), current: c.slug === start.slug };
  });
}

const inContext = (context?: string) => (context ? ` (${context})` : "");

function validityText(v: Certification["validity"]): string {
  if (v.status === "not-published") return "Not published";
  if (v.lifetime) return "Does not expire";
  return v.period ? formatDuration(v.period) : "No fixed period";
}

export function resolveCatalog(valid: ValidCatalog, renderMarkdown: (md: string) => string): Catalog {
  const certBySlug = new Map(valid.certifications.map((c) => [c.record.slug, c.record]));
  const issuerBase = new Map(valid.issuers.map(({ record }) => [record.slug, { ...record, url: issuerUrl(record.slug) }]));
  const refs = (slugs: string[]) => slugs.flatMap((s) => (certBySlug.has(s) ? [ref(certBySlug.get(s)!)] : []));

  const certifications: ResolvedCertification[] = valid.certifications.map(({ file, record: c }) => {
    const costFigures = c.cost.status === "published" ? c.cost.figures : [];
    const durationFigures = c.timeToAchieve.status === "published" ? c.timeToAchieve.figures : [];
    const minMonths = durationFigures.map((f) => durationMonths(f.min));
    const lineage = lineageOf(c, certBySlug);
    return {
      ...c,
      file,
      url: certUrl(c.slug),
      kindLabel: KIND_LABELS[c.kind],
      statusLabel: STATUS_LABELS[c.status],
      categoryLabels: c.categories.map((slug) => ({ slug, label: CATEGORY_LABELS[slug] })),
      issuerRecord: issuerBase.get(c.issuer)!,
      certifierRecords: c.certifiers.map((s) => issuerBase.get(s)!),
      formerIssuerRecords: c.formerIssuers.map((s) => issuerBase.get(s)!),
      predecessors: refs(c.supersedes),
      successors: refs(c.supersededBy),
      relatedRecords: refs(c.related),
      lineage,
      timeline: lineage.length > 1 ? lineageTimeline(lineage) : undefined,
      reviewedPhrase: "",
      sourceById: Object.fromEntries(c.sources.map((s) => [s.id, s])),
      costFigures: costFigures.map((f) => {
        const amount = formatMoneyRange(f.min, f.max, f.currency, f.approximate);
        const basisLabel = COST_BASIS_LABELS[f.basis];
        return { ...f, amount, basisLabel, asOfText: formatPartialDate(f.asOf), phrase: `${amount} ${basisLabel}${inContext(f.context)}` };
      }),
      durationFigures: durationFigures.map((f) => {
        const range = formatDurationRange(f.min, f.max, f.approximate);
        return { ...f, range, asOfText: formatPartialDate(f.asOf), phrase: `${range}${inContext(f.context)}` };
      }),
      validityText: validityText(c.validity),
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
  const issuers: ResolvedIssuer[] = valid.issuers.map(({ file, record: i }) => ({
    ...i,
    file,
    url: issuerUrl(i.slug),
    certifications: byIssuer.get(i.slug) ?? [],
    successorRecord: i.successor ? issuerBase.get(i.successor) : undefined,
    descriptionHtml: renderMarkdown(i.description),
  }));
  issuers.sort(byName);

  const kinds = facets(certifications, KIND_LABELS, KIND_HELP, (c) => [c.kind], (s) => `/certifications/kind/${s}/`, (l) => `${l} certifications`);
  const statuses = facets(certifications, STATUS_LABELS, STATUS_HELP, (c) => [c.status], (s) => `/certifications/status/${s}/`, (l) => `Status: ${l}`);
  const categories = facets(certifications, CATEGORY_LABELS, CATEGORY_HELP, (c) => c.categories, (s) => `/categories/${s}/`, (l) => l);
  const byReview = [...certifications].sort((a, b) => b.lastReviewed.iso.localeCompare(a.lastReviewed.iso) || byName(a, b));
  const edition = byReview[0]?.lastReviewed;
  for (const c of certifications) {
    const gap = edition ? timeBetween(c.lastReviewed, edition) : "the same day";
    c.reviewedPhrase = gap === "the same day" ? "the date of this edition of the catalogue" : `${gap} before this edition of the catalogue`;
  }
  return {
    certifications,
    issuers,
    certificationBySlug: new Map(certifications.map((c) => [c.slug, c])),
    issuerBySlug: new Map(issuers.map((i) => [i.slug, i])),
    facets: { kinds, categories, statuses, all: [...kinds, ...statuses, ...categories] },
    editionDate: edition,
    recentlyReviewed: byReview.slice(0, 6),
  };
}
