// Editions: the checks the schema alone cannot make (dates in order, only the newest without
// an end, claim spellings unique across the catalogue, supersessions that stay in the
// lineage), and each edition's standing on a given day.
import type { Certification } from "../schema/certification.ts";
import type { Edition } from "../schema/editions.ts";
import type { PartialDate } from "../schema/primitives.ts";
import { normalise } from "../claims/normalise.ts";
import { formatIsoDate, standing, type EditionDates, type Standing, type StandingContext } from "../claims/standing.ts";
import { formatPartialDate } from "../format/dates.ts";
import { formatPath, type Problem } from "./problems.ts";
import type { Located } from "./validate.ts";

/** The edition's own end date, when it has one (not "not published"). */
export function endDate(e: Edition): PartialDate | undefined {
  return e.validUntil && !("status" in e.validUntil) ? e.validUntil : undefined;
}

/** True when `a` certainly falls before `b`: the last day `a` can mean is before the first `b` can. */
const before = (a: PartialDate, b: PartialDate) => a.end < b.start;

/** Record-level names a claim can use: the name, the short name and every alias. */
export function recordSpellings(c: Certification): string[] {
  return [c.name, ...(c.shortName ? [c.shortName] : []), ...c.aliases.map((a) => a.name)];
}

export function checkEditions(certs: Located<Certification>[], failed: Set<string>, problems: Problem[]): void {
  const err = (file: string, path: PropertyKey[], message: string) => problems.push({ severity: "error", file, path: formatPath(path), message });
  const bySlug = new Map(certs.map((c) => [c.record.slug, c.record]));
  // Normalised spelling -> the edition (or record) that first used it.
  const editionSpellings = new Map<string, { slug: string; id: string; name: string }>();
  const recordNames = new Map<string, string[]>();
  for (const { record: c } of certs)
    for (const s of recordSpellings(c)) {
      const key = normalise(s);
      recordNames.set(key, [...(recordNames.get(key) ?? []), c.slug]);
    }

  for (const { file, record: c } of certs) {
    const ids = new Set<string>();
    const newest = c.editions.length - 1;
    c.editions.forEach((e, i) => {
      const at = (...rest: PropertyKey[]) => ["editions", i, ...rest];
      if (ids.has(e.id)) err(file, at("id"), `is "${e.id}", used by an earlier edition (expected ids unique within the record)`);
      ids.add(e.id);
      const previous = c.editions[i - 1];
      if (previous && before(e.published, previous.published))
        err(file, at("published"), `is ${e.published.iso}, before ${previous.name} (${previous.published.iso}) (expected editions oldest first)`);
      if (e.newCertificationEnds && before(e.newCertificationEnds, e.published))
        err(file, at("newCertificationEnds"), `is ${e.newCertificationEnds.iso}, before publication on ${e.published.iso} (expected on or after publication)`);
      const end = endDate(e);
      if (end && before(end, e.published))
        err(file, at("validUntil"), `is ${end.iso}, before publication on ${e.published.iso} (expected the transition to end on or after publication)`);
      if (end && e.newCertificationEnds && before(end, e.newCertificationEnds))
        err(file, at("validUntil"), `is ${end.iso}, before new certification ended on ${e.newCertificationEnds.iso} (expected certificates to stay valid at least that long)`);
      if (i < newest && e.validUntil === undefined)
        err(file, at("validUntil"), `is missing (expected the last day certificates to ${e.name} were valid, or { status: "not-published", note }: only the newest edition may lack an end)`);

      [e.name, ...e.claims].forEach((spelling, k) => {
        const key = normalise(spelling);
        const path = k === 0 ? at("name") : at("claims", k - 1);
        if (!key) return err(file, path, `is "${spelling}", which has no letters or digits to match (expected a name as claims spell it)`);
        const first = editionSpellings.get(key);
        if (first?.slug === c.slug && first.id === e.id) return; // the same edition, spelt twice: harmless
        if (first) return err(file, path, `is "${spelling}", which reads the same as ${first.name} in ${first.slug} (expected each claim spelling once in the catalogue, case and punctuation aside)`);
        const others = (recordNames.get(key) ?? []).filter((s) => s !== c.slug);
        if (others.length) return err(file, path, `is "${spelling}", which reads the same as the name of ${others.join(", ")} (expected a spelling that names only this edition)`);
        editionSpellings.set(key, { slug: c.slug, id: e.id, name: e.name });
      });

      e.supersedes.forEach((ref, k) => {
        const where = ref.certification ?? c.slug;
        if (failed.has(where)) return; // reported in that record's own file
        const linked = where === c.slug || c.supersedes.includes(where) || c.supersededBy.includes(where);
        if (!linked)
          return err(file, at("supersedes", k, "certification"), `is "${where}", which is not in this record's lineage (expected this record or one it lists in supersedes or supersededBy)`);
        const target = bySlug.get(where);
        if (target && !target.editions.some((x) => x.id === ref.edition))
          err(file, at("supersedes", k, "edition"), `is "${ref.edition}", which is not an edition of ${where} (expected one of: ${target.editions.map((x) => x.id).join(", ") || "none; that record lists no editions"})`);
      });
    });
  }
}

/** Where an edition stands, and what replaced it: resolved once per build for pages and the claims index. */
export interface ResolvedEdition extends Edition {
  /** Anchor on the record's page: edition-<id>. */
  anchor: string;
  publishedText: string;
  newCertificationEndsText?: string;
  /** The end date in words, "not published", or undefined when there is none (current). */
  validUntilText?: string;
  /** The edition that replaced it, in this record or another. */
  newer?: { name: string; url: string; certification: string };
  /** As of the catalogue's edition date. */
  standing: Standing;
}

/** An edition is worded by what lapses: an organisation's certificates, or a version that is retired. */
export const wordingFor = (c: Pick<Certification, "kind" | "assurance">): StandingContext["wording"] =>
  c.kind === "organisation" && c.assurance === "certification" ? "certificates" : "version";

/**
 * Each edition's successor: the next one in its own record, or one in another record that
 * lists it in `supersedes` (ISO/IEC 27001:2005 replacing BS 7799-2:2002).
 */
export function successorsOf(certs: Certification[]): Map<string, { slug: string; edition: Edition }> {
  const key = (slug: string, id: string) => `${slug}#${id}`;
  const next = new Map<string, { slug: string; edition: Edition }>();
  for (const c of certs) {
    c.editions.forEach((e, i) => {
      const after = c.editions[i + 1];
      if (after) next.set(key(c.slug, e.id), { slug: c.slug, edition: after });
      for (const ref of e.supersedes) if (ref.certification && ref.certification !== c.slug) next.set(key(ref.certification, ref.edition), { slug: c.slug, edition: e });
    });
  }
  return next;
}

export function resolveEditions(
  c: Certification,
  successors: Map<string, { slug: string; edition: Edition }>,
  names: Map<string, string>,
  today: string,
): ResolvedEdition[] {
  const date = (d: PartialDate) => formatPartialDate(d);
  return c.editions.map((e) => {
    const after = successors.get(`${c.slug}#${e.id}`);
    const end = endDate(e);
    const newer = after && {
      name: after.edition.name,
      url: `/certifications/${after.slug}/#edition-${after.edition.id}`,
      certification: names.get(after.slug) ?? after.slug,
    };
    return {
      ...e,
      anchor: `edition-${e.id}`,
      publishedText: date(e.published),
      newCertificationEndsText: e.newCertificationEnds && date(e.newCertificationEnds),
      validUntilText: end ? date(end) : e.validUntil ? "Not published" : undefined,
      newer,
      standing: standing(editionDates(e), { today, newer: newer?.name, wording: wordingFor(c) }, formatIsoDate),
    };
  });
}

/** The dates of an edition as plain strings, for the standing rule and the claims index. */
export function editionDates(e: Edition): EditionDates {
  const end = endDate(e);
  return {
    name: e.name,
    published: e.published.iso,
    ...(e.newCertificationEnds ? { newCertificationEnds: e.newCertificationEnds.iso } : {}),
    ...(end ? { validUntil: end.iso } : {}),
    ...(e.validUntil && !end ? { endNotPublished: true } : {}),
  };
}
