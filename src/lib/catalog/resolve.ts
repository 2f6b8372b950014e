// Turn validated records into what pages need, computed once per build: references
// resolved to records, lineage chains, display strings and sort keys. Templates stay simple.
import type { Certification, CostFigure, DurationFigure } from "../schema/certification.ts";
import type { Issuer } from "../schema/issuer.ts";
import type { PartialDate } from "../schema/primitives.ts";
import type { Source } from "../schema/source.ts";
import { formatPartialDate } from "../format/dates.ts";
import { durationMonths, formatDuration, formatDurationRange } from "../format/duration.ts";
import { formatMoneyRange } from "../format/money.ts";
import { CATEGORY_LABELS, COST_BASIS_LABELS, KIND_LABELS, STATUS_LABELS } from "./labels.ts";
import type { ValidCatalog } from "./validate.ts";

export interface CertRef {
  slug: string;
  name: string;
  url: string;
  status: Certification["status"];
}

export interface LineageStep extends CertRef {
  /** Earliest dated event, shown on the timeline. */
  from?: PartialDate;
  fromText?: string;
  current: boolean;
}

export type ResolvedCostFigure = CostFigure & { amount: string; basisLabel: string; asOfText: string };
export type ResolvedDurationFigure = DurationFigure & { range: string; asOfText: string };

export interface ResolvedCertification extends Omit<Certification, "history"> {
  history: (Certification["history"][number] & { dateText: string })[];
  file: string;
  url: string;
  kindLabel: string;
  statusLabel: string;
  categoryLabels: { slug: string; label: string }[];
  issuerRecord: Issuer & { url: string };
  certifierRecords: (Issuer & { url: string })[];
  predecessors: CertRef[];
  successors: CertRef[];
  relatedRecords: CertRef[];
  lineage: LineageStep[];
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
  certifications: CertRef[];
  successorRecord?: Issuer & { url: string };
  descriptionHtml: string;
}

export interface Catalog {
  certifications: ResolvedCertification[];
  issuers: ResolvedIssuer[];
  certificationBySlug: Map<string, ResolvedCertification>;
  issuerBySlug: Map<string, ResolvedIssuer>;
}

const certUrl = (slug: string) => `/certifications/${slug}/`;
const issuerUrl = (slug: string) => `/issuers/${slug}/`;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en", { sensitivity: "base" });

function ref(c: Certification): CertRef {
  return { slug: c.slug, name: c.name, url: certUrl(c.slug), status: c.status };
}

function firstDate(c: Certification): PartialDate | undefined {
  return [...c.history].sort((a, b) => a.date.start.toMillis() - b.date.start.toMillis())[0]?.date;
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
  const dateKey = (c: Certification) => firstDate(c)?.start.toMillis() ?? Number.MAX_SAFE_INTEGER;
  const ready = [...members.values()].filter((c) => indegree.get(c.slug) === 0);
  const order: Certification[] = [];
  while (ready.length) {
    ready.sort((a, b) => dateKey(a) - dateKey(b) || a.slug.localeCompare(b.slug));
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
    return { ...ref(c), from, fromText: from && formatPartialDate(from), current: c.slug === start.slug };
  });
}

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
    return {
      ...c,
      file,
      url: certUrl(c.slug),
      kindLabel: KIND_LABELS[c.kind],
      statusLabel: STATUS_LABELS[c.status],
      categoryLabels: c.categories.map((slug) => ({ slug, label: CATEGORY_LABELS[slug] })),
      issuerRecord: issuerBase.get(c.issuer)!,
      certifierRecords: c.certifiers.map((s) => issuerBase.get(s)!),
      predecessors: refs(c.supersedes),
      successors: refs(c.supersededBy),
      relatedRecords: refs(c.related),
      lineage: lineageOf(c, certBySlug),
      sourceById: Object.fromEntries(c.sources.map((s) => [s.id, s])),
      costFigures: costFigures.map((f) => ({
        ...f,
        amount: formatMoneyRange(f.min, f.max, f.currency, f.approximate),
        basisLabel: COST_BASIS_LABELS[f.basis],
        asOfText: formatPartialDate(f.asOf),
      })),
      durationFigures: durationFigures.map((f) => ({
        ...f,
        range: formatDurationRange(f.min, f.max, f.approximate),
        asOfText: formatPartialDate(f.asOf),
      })),
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

  const byIssuer = new Map<string, CertRef[]>();
  for (const c of certifications)
    for (const s of new Set([c.issuer, ...c.certifiers])) {
      if (!byIssuer.has(s)) byIssuer.set(s, []);
      byIssuer.get(s)!.push(ref(c));
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

  return {
    certifications,
    issuers,
    certificationBySlug: new Map(certifications.map((c) => [c.slug, c])),
    issuerBySlug: new Map(issuers.map((i) => [i.slug, i])),
  };
}
