// Careers resolved for pages: each role with its classification codes, the certifications that
// fit it in the order people usually take them, where it leads; each path as a ladder of rungs
// with an indication of what the certifications along it cost and take, in one currency.
import type { CareerPath, Role, RoleFit } from "../schema/roles.ts";
import type { z } from "zod";
import type { OccupationCode } from "../schema/roles.ts";
import type { Source } from "../schema/source.ts";
import { durationMonths } from "../format/duration.ts";
import { formatMoneyEstimate } from "../format/money.ts";
import { ladder, type Ladder } from "../format/ladder.ts";
import { OCCUPATION_SYSTEM_LABELS, STAGE_LABELS } from "./labels.ts";
import type { ResolvedCostFigure, ResolvedDurationFigure } from "./figures.ts";

/** What careers need of a resolved certification. */
export interface CareerCert {
  slug: string;
  name: string;
  shortName?: string;
  url: string;
  roles: RoleFit[];
  prerequisites?: { status: string; items?: { certification?: string }[] };
  costFigures: ResolvedCostFigure[];
  durationFigures: ResolvedDurationFigure[];
}

export interface Range {
  min: number;
  max: number;
}

/** A certification at a rung: what one person pays and spends on it, as far as its figures say. */
export interface Fit {
  cert: CareerCert;
  stage: RoleFit["stage"];
  stageLabel: string;
  credential?: string;
  cite: string[];
  note?: string;
  /** US dollars at the rates of each figure's year, from figures paid by one person. */
  usd?: Range;
  costText: string;
  /** Months. */
  months?: Range;
  timeText: string;
}

export interface RoleRef {
  slug: string;
  name: string;
  url: string;
}

export interface ResolvedRole extends Role {
  /** The record's data file. */
  file: string;
  url: string;
  codesBySystem: (z.output<typeof OccupationCode> & { systemName: string; systemLong: string })[];
  leadsToRoles: (RoleRef & { cite: string[] })[];
  leadsFrom: RoleRef[];
  fits: Fit[];
  paths: RoleRef[];
  sourceById: Record<string, Source>;
  descriptionHtml: string;
}

export interface Rung {
  role: ResolvedRole;
  fits: Fit[];
  /** The cheapest and dearest certification at this rung; undefined when none has a figure. */
  usd?: Range;
  months?: Range;
  /** Running totals from the first rung to this one. */
  totalUsd?: Range;
  totalMonths?: Range;
  totalText: string;
}

export interface ResolvedPath extends CareerPath {
  url: string;
  rungs: Rung[];
  ladder: Ladder;
}

const PERSONAL_BASES = new Set(["per-exam", "per-person", "application-fee", "per-course"]);
const STAGE_ORDER = { entry: 0, intermediate: 1, advanced: 2 } as const;

export const roleUrl = (slug: string) => `/careers/${slug}/`;

function spread(values: Range[]): Range | undefined {
  if (!values.length) return undefined;
  return { min: Math.min(...values.map((v) => v.min)), max: Math.max(...values.map((v) => v.max)) };
}

const add = (a: Range | undefined, b: Range | undefined): Range | undefined => (a && b ? { min: a.min + b.min, max: a.max + b.max } : a ?? b);

export const usdText = (r: Range | undefined) => (r ? `≈ ${formatMoneyEstimate(r.min, r.max, "USD")}` : "No published cost");
export const monthsText = (r: Range | undefined) => {
  if (!r) return "no published time";
  const m = (v: number) => (v < 1 ? `${Math.max(1, Math.round(v * 4.35))} wk` : `${Math.round(v * 10) / 10} mo`);
  return r.min === r.max ? m(r.min) : `${m(r.min)}–${m(r.max)}`;
};

/** One person's cost of a certification in US dollars, from its per-person figures. */
function personalUsd(c: CareerCert): Range | undefined {
  return spread(
    c.costFigures
      .filter((f) => PERSONAL_BASES.has(f.basis))
      .map((f) => {
        const usd = f.conversions.USD;
        const at = usd.atRates ?? { min: f.min, max: f.max };
        return { min: at.min, max: at.max ?? at.min };
      }),
  );
}

function months(c: CareerCert): Range | undefined {
  return spread(c.durationFigures.map((f) => ({ min: durationMonths(f.min), max: durationMonths(f.max ?? f.min) })));
}

/** Certifications in the order people take them: by stage, then prerequisites first, then name. */
function ordered(fits: Fit[]): Fit[] {
  const slugs = new Set(fits.map((f) => f.cert.slug));
  const depth = new Map<string, number>();
  const depthOf = (c: CareerCert, seen: Set<string> = new Set()): number => {
    if (depth.has(c.slug)) return depth.get(c.slug)!;
    seen.add(c.slug);
    const before = (c.prerequisites?.items ?? []).map((p) => p.certification).filter((s): s is string => !!s && slugs.has(s) && !seen.has(s));
    const d = before.length ? 1 + Math.max(...before.map((s) => depthOf(fits.find((f) => f.cert.slug === s)!.cert, seen))) : 0;
    depth.set(c.slug, d);
    return d;
  };
  return [...fits].sort(
    (a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || depthOf(a.cert) - depthOf(b.cert) || a.cert.name.localeCompare(b.cert.name, "en"),
  );
}

export function resolveCareers(
  roles: (Role & { file: string })[],
  paths: CareerPath[],
  certs: CareerCert[],
  renderMarkdown: (md: string) => string,
): { roles: ResolvedRole[]; paths: ResolvedPath[] } {
  const byRole = new Map<string, Fit[]>();
  for (const c of certs) {
    const usd = personalUsd(c);
    const time = months(c);
    for (const fit of c.roles) {
      const list = byRole.get(fit.role) ?? byRole.set(fit.role, []).get(fit.role)!;
      list.push({
        cert: c,
        stage: fit.stage,
        stageLabel: STAGE_LABELS[fit.stage],
        ...(fit.credential ? { credential: fit.credential } : {}),
        cite: fit.cite,
        ...(fit.note ? { note: fit.note } : {}),
        usd,
        costText: usd ? `${usdText(usd)} in published fees` : "No published fee",
        months: time,
        timeText: monthsText(time),
      });
    }
  }
  const ref = (r: Role): RoleRef => ({ slug: r.slug, name: r.name, url: roleUrl(r.slug) });
  const roleBySlug = new Map(roles.map((r) => [r.slug, r]));
  const resolved: ResolvedRole[] = roles.map((r) => ({
    ...r,
    url: roleUrl(r.slug),
    codesBySystem: r.codes.map((code) => ({ ...code, systemName: OCCUPATION_SYSTEM_LABELS[code.system].name, systemLong: OCCUPATION_SYSTEM_LABELS[code.system].long })),
    leadsToRoles: r.leadsTo.filter((l) => roleBySlug.has(l.role)).map((l) => ({ ...ref(roleBySlug.get(l.role)!), cite: l.cite })),
    leadsFrom: roles.filter((o) => o.leadsTo.some((l) => l.role === r.slug)).map(ref),
    fits: ordered(byRole.get(r.slug) ?? []),
    paths: [],
    sourceById: Object.fromEntries(r.sources.map((s) => [s.id, s])),
    descriptionHtml: renderMarkdown(r.description),
  }));
  resolved.sort((a, b) => a.name.localeCompare(b.name, "en"));
  const resolvedBySlug = new Map(resolved.map((r) => [r.slug, r]));

  const resolvedPaths: ResolvedPath[] = [...paths]
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, "en"))
    .map((p) => {
      let totalUsd: Range | undefined;
      let totalMonths: Range | undefined;
      const rungs = p.roles.map((slug): Rung => {
        const role = resolvedBySlug.get(slug)!;
        role.paths.push({ slug: p.slug, name: p.name, url: `/careers/#path-${p.slug}` });
        const usd = spread(role.fits.flatMap((f) => (f.usd ? [f.usd] : [])));
        const time = spread(role.fits.flatMap((f) => (f.months ? [f.months] : [])));
        totalUsd = add(totalUsd, usd);
        totalMonths = add(totalMonths, time);
        return { role, fits: role.fits, usd, months: time, totalUsd, totalMonths, totalText: `${usdText(totalUsd)}; ${monthsText(totalMonths)}` };
      });
      const drawn = ladder(
        rungs.map((r) => ({
          name: r.role.name,
          // How many of the rung's certifications the range rests on: one certificate fee is not the cost of a career step.
          detail: r.usd
            ? `${usdText(r.usd)} (${r.fits.filter((f) => f.usd).length} of ${r.fits.length} priced)`
            : `${r.fits.length} certification${r.fits.length === 1 ? "" : "s"}, none priced`,
          url: r.role.url,
        })),
      );
      return { ...p, url: `/careers/#path-${p.slug}`, rungs, ladder: drawn };
    });
  return { roles: resolved, paths: resolvedPaths };
}
