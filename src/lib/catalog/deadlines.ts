// Every dated end in the catalogue's editions, in one list: the last day for new certificates
// to an edition, the end of its transition, a version's retirement. /deadlines/, the iCalendar
// feed and the Atom feed all read this list.
import type { Certification } from "../schema/certification.ts";
import type { PartialDate } from "../schema/primitives.ts";
import type { Source } from "../schema/source.ts";
import { lastDay } from "../claims/standing.ts";
import { wordingFor, type ResolvedEdition } from "./editions.ts";

export type DeadlineKind = "new-certification-ends" | "transition-ends" | "retired";

export interface Deadline {
  /** Stable id for feeds: <record>/<edition>/<kind>. */
  id: string;
  kind: DeadlineKind;
  date: PartialDate;
  /** The last day the date can mean, YYYY-MM-DD: what "passed" is judged on. */
  day: string;
  dateText: string;
  /** "Certificates to ISO/IEC 27001:2013 lapse", "PCI DSS v3.2.1 is retired". */
  title: string;
  certification: { slug: string; name: string; url: string };
  edition: { name: string; url: string };
  sources: Source[];
  /** The newest date any of its sources was read: when the deadline entered the catalogue as it stands. */
  recorded: PartialDate;
}

interface EditionHolder {
  slug: string;
  name: string;
  url: string;
  editions: ResolvedEdition[];
  sourceById: Record<string, Source>;
  kind: Certification["kind"];
  assurance: Certification["assurance"];
}

const TITLES: Record<DeadlineKind, (edition: string) => string> = {
  "new-certification-ends": (e) => `Last day for new certificates to ${e}`,
  "transition-ends": (e) => `Certificates to ${e} lapse after this day`,
  retired: (e) => `${e} is retired`,
};

export function deadlinesOf(certs: EditionHolder[]): Deadline[] {
  const out: Deadline[] = [];
  for (const c of certs)
    for (const e of c.editions) {
      const sources = e.cite.map((id) => c.sourceById[id]!).filter(Boolean);
      const recorded = sources.reduce((a, s) => (s.accessed.iso > a.iso ? s.accessed : a), sources[0]!.accessed);
      const add = (kind: DeadlineKind, date: PartialDate, dateText: string) =>
        out.push({
          id: `${c.slug}/${e.id}/${kind}`,
          kind,
          date,
          day: lastDay(date.iso),
          dateText,
          title: TITLES[kind](e.name),
          certification: { slug: c.slug, name: c.name, url: c.url },
          edition: { name: e.name, url: `${c.url}#${e.anchor}` },
          sources,
          recorded,
        });
      const certificates = wordingFor(c) === "certificates";
      if (e.newCertificationEnds && certificates) add("new-certification-ends", e.newCertificationEnds, e.newCertificationEndsText!);
      if (e.validUntil && !("status" in e.validUntil)) add(certificates ? "transition-ends" : "retired", e.validUntil, e.validUntilText!);
    }
  return out.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
}

/** Coming deadlines first (soonest first), then past ones (most recent first), as of `today`. */
export function comingFirst(deadlines: Deadline[], today: string): { coming: Deadline[]; past: Deadline[] } {
  return {
    coming: deadlines.filter((d) => d.day >= today),
    past: deadlines.filter((d) => d.day < today).reverse(),
  };
}
