// Validate every record and every reference between records, collecting all problems
// (never stopping at the first) so a maintainer sees the whole list in one build.
import type { DateTime } from "luxon";
import type { z } from "zod";
import { Certification } from "../schema/certification.ts";
import { Issuer } from "../schema/issuer.ts";
import { CareerPath, Role } from "../schema/roles.ts";
import { PartialDate, ScheduledDate } from "../schema/primitives.ts";
import { checkAssurance } from "./assurance.ts";
import { findCycles } from "./cycles.ts";
import { checkEditions } from "./editions.ts";
import type { RawCatalog, RawRecord } from "./load.ts";
import { formatPath, issueToProblems, type Problem } from "./problems.ts";
import { checkCareers, type Failed } from "./roles.ts";
import { allowedKeysAt } from "./schema-keys.ts";

export interface Located<T> {
  file: string;
  record: T;
}

export interface ValidCatalog {
  certifications: Located<Certification>[];
  issuers: Located<Issuer>[];
  roles: Located<Role>[];
  paths: Located<CareerPath>[];
}

export interface ValidateOptions {
  /** "Today" for the future-date and staleness checks. */
  today: DateTime;
  /** Records last reviewed longer ago than this many days get a warning. */
  staleAfterDays?: number;
}

/**
 * Parse each record; the slugs (file names) of records that fail go into `failed`, so a
 * reference to one from another record is not reported a second time as pointing nowhere.
 */
function parseRecords<S extends z.ZodType>(schema: S, raws: RawRecord[], problems: Problem[], failed: Set<string>): Located<z.output<S>>[] {
  const out: Located<z.output<S>>[] = [];
  for (const raw of raws) {
    const result = schema.safeParse(raw.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(...issueToProblems(issue, raw.file, (p) => allowedKeysAt(schema, p)));
      failed.add(raw.stem);
      continue;
    }
    const record = result.data as z.output<S> & { slug: string };
    if (record.slug !== raw.stem)
      problems.push({ severity: "error", file: raw.file, path: "slug", message: `is "${record.slug}" but the file is named ${raw.stem} (expected the slug to equal the file name)` });
    out.push({ file: raw.file, record });
  }
  return out;
}

type Visit = (value: unknown, path: PropertyKey[]) => void;

/** Depth-first walk over a parsed record, with the path of each value. */
function walk(value: unknown, visit: Visit, path: PropertyKey[] = []): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, [...path, i]));
  else if (value && typeof value === "object" && !(value instanceof PartialDate))
    for (const [k, v] of Object.entries(value)) walk(v, visit, [...path, k]);
}

/** Checks inside one record: citations resolve, unconfirmed claims explain themselves, no future dates. */
function checkRecord(
  file: string,
  record: { sources: { id: string }[] },
  options: ValidateOptions,
  problems: Problem[],
): void {
  const err = (path: PropertyKey[], message: string) =>
    problems.push({ severity: "error", file, path: formatPath(path), message });
  const ids = new Set<string>();
  record.sources.forEach((s, i) => {
    if (ids.has(s.id)) err(["sources", i, "id"], `is "${s.id}", used by an earlier source (expected ids unique within the record)`);
    ids.add(s.id);
  });
  const known = [...ids].join(", ");
  // ISO dates compare as strings: "2027" and "2026-12" sort after "2026-11-29", "2026" before it,
  // exactly as the first day each can mean falls after or before today.
  const today = options.today.toISODate()!;
  walk(record, (value, path) => {
    if (value instanceof ScheduledDate) return; // the end of a transition may lie ahead
    if (value instanceof PartialDate) {
      if (value.iso > today) err(path, `is ${value.iso}, in the future (expected a date on or before ${today})`);
      return;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) return;
    const fact = value as { cite?: unknown; unconfirmed?: unknown; note?: unknown };
    if (Array.isArray(fact.cite))
      fact.cite.forEach((id, i) => {
        if (!ids.has(id as string)) err([...path, "cite", i], `is "${String(id)}", which is not a source of this record (expected one of: ${known})`);
      });
    if (fact.unconfirmed === true && fact.note === undefined)
      err([...path, "note"], "is missing (expected a note saying why an unconfirmed claim is shown)");
  });
}

function duplicates<T extends { slug: string }>(items: Located<T>[], what: string, problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const { file, record } of items) {
    const first = seen.get(record.slug);
    if (first) problems.push({ severity: "error", file, path: "slug", message: `is "${record.slug}", already used by ${first} (expected each ${what} slug once)` });
    else seen.set(record.slug, file);
  }
}

/** Lineage must run one way: following `supersededBy` never leads back to where it started. */
function lineageCycles(certs: Located<Certification>[], problems: Problem[]): void {
  for (const { file, slugs } of findCycles(certs, (c) => c.slug, (c) => c.supersededBy))
    problems.push({ severity: "error", file, path: "supersededBy", message: `forms a lineage cycle ${slugs.join(" -> ")} (expected successors never to lead back)` });
}

interface FailedRecords extends Failed {
  issuers: Set<string>;
}

function crossCheck(catalog: ValidCatalog, failed: FailedRecords, problems: Problem[]): void {
  const { certifications: certs, issuers } = catalog;
  duplicates(certs, "certification", problems);
  duplicates(issuers, "issuer", problems);
  duplicates(catalog.roles, "role", problems);
  duplicates(catalog.paths, "path", problems);
  const issuerSlugs = new Set(issuers.map((i) => i.record.slug));
  const certBySlug = new Map(certs.map((c) => [c.record.slug, c.record]));
  const issuerList = [...issuerSlugs].sort().join(", ");
  const err = (file: string, path: PropertyKey[], message: string) =>
    problems.push({ severity: "error", file, path: formatPath(path), message });
  // A reference to a record whose own file failed validation is not a second mistake.
  const unknownIssuer = (s: string) => !issuerSlugs.has(s) && !failed.issuers.has(s);
  const unknownCert = (s: string) => !certBySlug.has(s) && !failed.certifications.has(s);

  for (const { file, record: c } of certs) {
    if (unknownIssuer(c.issuer)) err(file, ["issuer"], `is "${c.issuer}", which is not an issuer (expected one of: ${issuerList})`);
    for (const field of ["certifiers", "formerIssuers"] as const)
      c[field].forEach((s, i) => {
        if (unknownIssuer(s)) err(file, [field, i], `is "${s}", which is not an issuer (expected one of: ${issuerList})`);
      });
    for (const field of ["supersedes", "supersededBy", "related"] as const) {
      c[field].forEach((s, i) => {
        if (s === c.slug) err(file, [field, i], `is the record itself (expected another certification)`);
        else if (unknownCert(s)) err(file, [field, i], `is "${s}", which is not a certification (expected the slug of a file in certifications/)`);
      });
    }
    // Lineage is stated on both sides so each page can show it; the two must agree.
    c.supersededBy.forEach((s, i) => {
      const successor = certBySlug.get(s);
      if (successor && !successor.supersedes.includes(c.slug))
        err(file, ["supersededBy", i], `is "${s}", but ${s} does not list "${c.slug}" in supersedes (expected both records to agree)`);
    });
    c.supersedes.forEach((s, i) => {
      const predecessor = certBySlug.get(s);
      if (predecessor && !predecessor.supersededBy.includes(c.slug))
        err(file, ["supersedes", i], `is "${s}", but ${s} does not list "${c.slug}" in supersededBy (expected both records to agree)`);
    });
  }
  for (const { file, record: i } of issuers) {
    if (i.successor === undefined) continue;
    if (i.successor.issuer === i.slug) err(file, ["successor", "issuer"], "is the issuer itself (expected another issuer)");
    else if (unknownIssuer(i.successor.issuer))
      err(file, ["successor", "issuer"], `is "${i.successor.issuer}", which is not an issuer (expected one of: ${issuerList})`);
  }
  lineageCycles(certs, problems);
  checkEditions(certs, failed.certifications, problems);
  checkCareers(catalog.roles, catalog.paths, certs, failed, problems);
}

function staleness(catalog: ValidCatalog, options: ValidateOptions, problems: Problem[]): void {
  const limit = options.staleAfterDays ?? 365;
  for (const { file, record } of [...catalog.certifications, ...catalog.issuers, ...catalog.roles]) {
    const age = Math.floor(options.today.diff(record.lastReviewed.start, "days").days);
    if (age > limit)
      problems.push({ severity: "warning", file, path: "lastReviewed", message: `is ${record.lastReviewed.iso}, ${age} days ago (expected a review within ${limit} days)` });
  }
}

export function validateCatalog(raw: RawCatalog, options: ValidateOptions): { catalog: ValidCatalog; problems: Problem[] } {
  const problems: Problem[] = [];
  const failed: FailedRecords = { certifications: new Set(), issuers: new Set(), roles: new Set() };
  const catalog: ValidCatalog = {
    certifications: parseRecords(Certification, raw.certifications, problems, failed.certifications),
    issuers: parseRecords(Issuer, raw.issuers, problems, failed.issuers),
    roles: parseRecords(Role, raw.roles ?? [], problems, failed.roles),
    paths: parseRecords(CareerPath, raw.paths ?? [], problems, new Set()),
  };
  for (const { file, record } of [...catalog.certifications, ...catalog.issuers, ...catalog.roles]) checkRecord(file, record, options, problems);
  for (const { file, record } of catalog.certifications) checkAssurance(file, record, problems);
  crossCheck(catalog, failed, problems);
  staleness(catalog, options, problems);
  return { catalog, problems };
}
