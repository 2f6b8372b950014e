// The open-data shape of the catalogue: each record exactly as the schema describes it
// (dates as strings), plus where it lives on the site. Validated against /api/schema.json.
import { Certification } from "../schema/certification.ts";
import { Issuer } from "../schema/issuer.ts";
import { Role } from "../schema/roles.ts";
import { Source } from "../schema/source.ts";
import { Edition } from "../schema/editions.ts";
import type { ResolvedCertification, ResolvedIssuer } from "../catalog/resolve.ts";
import type { ResolvedRole } from "../catalog/careers.ts";

const CERT_KEYS = Object.keys(Certification.shape) as (keyof typeof Certification.shape)[];
const ISSUER_KEYS = Object.keys(Issuer.shape) as (keyof typeof Issuer.shape)[];
const ROLE_KEYS = Object.keys(Role.shape) as (keyof typeof Role.shape)[];
const SOURCE_KEYS = Object.keys(Source.shape) as (keyof typeof Source.shape)[];
const EDITION_KEYS = Object.keys(Edition.shape) as (keyof typeof Edition.shape)[];

/** A resolved record's sources and editions carry display fields (archive links, standings): the API keeps the schema's. */
const schemaSources = (sources: object[]) => sources.map((x) => pick(x as Record<string, unknown>, SOURCE_KEYS));

/** Plain JSON: PartialDate objects become their ISO strings, undefined fields disappear. */
const plain = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

function pick<K extends string>(record: Record<string, unknown>, keys: readonly K[]): Record<K, unknown> {
  return Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k]])) as Record<K, unknown>;
}

export interface ApiContext {
  /** Absolute URL of the site root, with the path prefix: https://example.org/certs/ */
  base: string;
}

export const absolute = (ctx: ApiContext, path: string) => new URL(path.replace(/^\//, ""), ctx.base).href;

/**
 * A record's open-data document, for JSON.stringify: dates serialise through their toJSON and
 * undefined fields drop out there, so it is not first copied to plain JSON (one stringify and
 * parse saved for each of tens of thousands of records).
 */
export function apiCertification(c: ResolvedCertification, ctx: ApiContext) {
  return {
    ...pick(c as unknown as Record<string, unknown>, CERT_KEYS),
    // history carries display strings in the resolved record; publish the schema's fields only
    history: c.history.map(({ dateText: _, ...h }) => h),
    sources: schemaSources(c.sources),
    editions: c.editions.map((e) => pick(e as unknown as Record<string, unknown>, EDITION_KEYS)),
    url: absolute(ctx, c.url),
    json: absolute(ctx, `/api/certifications/${c.slug}.json`),
    issuerName: c.issuerRecord.name,
  } as Record<string, unknown>;
}

export function apiIssuer(i: ResolvedIssuer, ctx: ApiContext) {
  return plain({
    ...pick(i as unknown as Record<string, unknown>, ISSUER_KEYS),
    sources: schemaSources(i.sources),
    url: absolute(ctx, i.url),
    certifications: i.certifications.map((c) => c.slug),
  }) as Record<string, unknown>;
}

export function apiRole(r: ResolvedRole, ctx: ApiContext) {
  return plain({
    ...pick(r as unknown as Record<string, unknown>, ROLE_KEYS),
    sources: schemaSources(r.sources),
    url: absolute(ctx, r.url),
    certifications: r.fits.map((f) => f.cert.slug),
    paths: r.paths.map((p) => p.slug),
  }) as Record<string, unknown>;
}
