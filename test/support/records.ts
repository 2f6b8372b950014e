// Valid records to start each test from; tests change one thing and look at the result.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import type { CareerPathInput, CertificationInput, ExchangeRatesInput, IssuerInput, PriceIndexInput, RoleInput } from "../../src/lib/schema/index.ts";
import type { RawRecord } from "../../src/lib/catalog/load.ts";
import { validateCatalog } from "../../src/lib/catalog/validate.ts";
import { formatProblem } from "../../src/lib/catalog/problems.ts";
import { tempDir } from "./temp.ts";

export const TODAY = DateTime.fromISO("2026-11-29", { zone: "utc" });

export function issuer(slug = "acme-standards", overrides: Partial<IssuerInput> = {}): IssuerInput {
  return {
    slug,
    name: "Acme Standards Board",
    type: "standards-body",
    website: "https://acme.example.org",
    status: "active",
    summary: "Writes the Acme standard.",
    description: "The **Acme Standards Board** writes standards.",
    sources: [{ id: "acme-home", url: "https://acme.example.org/", title: "Acme home", publisher: "Acme", kind: "issuer", accessed: "2026-11-01" }],
    lastReviewed: "2026-11-01",
    ...overrides,
  };
}

export function certification(slug = "acme-cert", overrides: Partial<CertificationInput> = {}): CertificationInput {
  return {
    slug,
    name: `Acme Certification ${slug}`,
    aliases: [{ name: "ACME-2000", kind: "former-name" }],
    kind: "organisation",
    categories: ["quality-management"],
    issuer: "acme-standards",
    assurance: "certification",
    status: "active",
    summary: "A certification for testing.",
    history: [{ date: "1995", event: "First published.", cite: ["acme-page"] }],
    levels: [
      { name: "Bronze", cite: ["acme-page"] },
      { name: "Gold", cite: ["acme-page"] },
    ],
    cost: {
      status: "published",
      figures: [{ min: 2000000, max: 2500000, currency: "INR", basis: "per-organisation", priceType: "reported", context: "in India", asOf: "2004", cite: ["acme-page"] }],
    },
    timeToAchieve: { status: "published", figures: [{ min: "P7M", max: "P8M", asOf: "2003-02-03", cite: ["acme-page"] }] },
    validity: { status: "published", rules: [{ period: "P3Y", renewal: "Annual surveillance audits.", cite: ["acme-page"] }] },
    requirements: [{ text: "A documented quality system.", cite: ["acme-page"] }],
    recognition: [],
    regions: ["Worldwide"],
    verify: { how: "Ask for the certificate.", cite: ["acme-page"] },
    disagreements: [],
    sources: [{ id: "acme-page", url: "https://acme.example.org/cert", title: "Acme certification", publisher: "Acme", kind: "issuer", accessed: "2026-11-01" }],
    description: "The Acme certification is *tested* here.",
    lastReviewed: "2026-11-01",
    ...overrides,
  };
}

/** An individual certification: it must say which roles it fits and what it asks for first. */
export function individual(slug = "acme-person", overrides: Partial<CertificationInput> = {}): CertificationInput {
  return certification(slug, {
    name: `Acme Professional ${slug}`,
    kind: "individual",
    roles: [{ role: "acme-agent", stage: "entry", cite: ["acme-page"] }],
    prerequisites: { status: "none-published", note: "Open to anyone.", cite: ["acme-page"] },
    ...overrides,
  });
}

export function role(slug = "acme-agent", overrides: Partial<RoleInput> = {}): RoleInput {
  return {
    slug,
    name: `Acme role ${slug}`,
    summary: "Answers customers.",
    description: "Answers customers on the phone.",
    codes: [{ system: "isco-08", code: "4222", title: "Contact centre information clerks", cite: ["acme-isco"] }],
    leadsTo: [],
    sources: [{ id: "acme-isco", url: "https://acme.example.org/isco", title: "ISCO-08", publisher: "Acme", kind: "reference", accessed: "2026-11-01" }],
    lastReviewed: "2026-11-01",
    ...overrides,
  };
}

export function careerPath(slug = "acme-path", roles: string[] = ["acme-agent", "acme-lead"], overrides: Partial<CareerPathInput> = {}): CareerPathInput {
  return { slug, name: `Acme path ${slug}`, summary: "From the phones up.", roles, order: 1, ...overrides };
}

/**
 * Test money tables with round numbers, so conversions can be worked by hand: 50 rupees, 0.8
 * euros and 0.5 pounds to the dollar in 2004; 80 rupees, 0.9 euros and 0.8 pounds in 2025; US
 * prices 100 in 2004 and 150 in 2025; 2026 converted at 2025 rates.
 */
export function exchangeRates(overrides: Partial<ExchangeRatesInput> = {}): ExchangeRatesInput {
  const cite = ["test-rates"];
  return {
    description: "Round test rates.",
    rates: [
      { year: 2004, currency: "INR", unitsPerUsd: 50, cite },
      { year: 2004, currency: "EUR", usdPerUnit: 1.25, cite },
      { year: 2004, currency: "GBP", usdPerUnit: 2, cite },
      { year: 2025, currency: "INR", unitsPerUsd: 80, cite },
      { year: 2025, currency: "EUR", unitsPerUsd: 0.9, cite },
      { year: 2025, currency: "GBP", usdPerUnit: 1.25, cite },
    ],
    carryForward: [{ year: 2026, ratesOf: 2025, note: "Test: the 2026 averages are not out yet." }],
    sources: [{ id: "test-rates", url: "https://acme.example.org/rates", title: "Test rates", publisher: "Acme", kind: "government", accessed: "2026-11-01" }],
    lastReviewed: "2026-11-01",
    ...overrides,
  };
}

export function consumerPrices(overrides: Partial<PriceIndexInput> = {}): PriceIndexInput {
  const cite = ["test-cpi"];
  return {
    currency: "USD",
    series: "Test index",
    values: [
      { year: 2004, value: 100, cite },
      { year: 2025, value: 150, cite },
    ],
    sources: [{ id: "test-cpi", url: "https://acme.example.org/cpi", title: "Test CPI", publisher: "Acme", kind: "government", accessed: "2026-11-01" }],
    lastReviewed: "2026-11-01",
    ...overrides,
  };
}

export const certFile = (slug: string) => `_data/certifications/${slug}.ts`;
export const issuerFile = (slug: string) => `_data/issuers/${slug}.ts`;

/** Validate in memory, as if each record were `_data/<folder>/<slug>.ts`. */
export function check(certs: unknown[], issuers: unknown[] = [issuer()], today = TODAY, careers: { roles?: unknown[]; paths?: unknown[] } = {}) {
  const raw = (records: unknown[], file: (s: string) => string): RawRecord[] =>
    records.map((data, i) => {
      const slug = (data as { slug?: unknown }).slug;
      const stem = typeof slug === "string" && slug ? slug : `record-${i}`;
      return { file: file(stem), stem, data };
    });
  const result = validateCatalog(
    {
      certifications: raw(certs, certFile),
      issuers: raw(issuers, issuerFile),
      roles: raw(careers.roles ?? [role()], (s) => `_data/roles/${s}.ts`),
      paths: raw(careers.paths ?? [], (s) => `_data/paths/${s}.ts`),
    },
    { today },
  );
  const lines = (severity: "error" | "warning") => result.problems.filter((p) => p.severity === severity).map(formatProblem);
  return { ...result, errors: lines("error"), warnings: lines("warning") };
}

export interface CatalogFiles {
  roles?: unknown[];
  paths?: unknown[];
  /** money/exchange-rates.ts and money/consumer-prices.ts; the round test tables unless given. */
  money?: { "exchange-rates"?: unknown; "consumer-prices"?: unknown };
}

/** Write records as real `.ts` data files into a fresh catalog folder (removed when the tests end). */
export async function writeCatalog(certs: unknown[], issuers: unknown[] = [issuer()], files: CatalogFiles = {}): Promise<string> {
  const dir = await tempDir("catalog");
  const money = { "exchange-rates": exchangeRates(), "consumer-prices": consumerPrices(), ...files.money };
  const folders: [string, unknown[]][] = [
    ["certifications", certs],
    ["issuers", issuers],
    ["roles", files.roles ?? [role()]],
    ["paths", files.paths ?? []],
    ["money", Object.entries(money).map(([slug, data]) => ({ slug, data }))],
  ];
  for (const [folder, records] of folders) {
    await mkdir(path.join(dir, folder), { recursive: true });
    for (const r of records) {
      const { slug, data } = folder === "money" ? (r as { slug: string; data: unknown }) : { slug: (r as { slug: string }).slug, data: r };
      if (data !== undefined) await writeFile(path.join(dir, folder, `${slug}.ts`), `export default ${JSON.stringify(data, null, 2)};\n`);
    }
  }
  return dir;
}
