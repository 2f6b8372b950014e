// Valid records to start each test from; tests change one thing and look at the result.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import type { CertificationInput, IssuerInput } from "../../src/lib/schema/index.ts";
import type { RawRecord } from "../../src/lib/catalog/load.ts";
import { validateCatalog } from "../../src/lib/catalog/validate.ts";
import { formatProblem } from "../../src/lib/catalog/problems.ts";

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
    sources: [{ id: "acme-home", url: "https://acme.example.org/", title: "Acme home", publisher: "Acme", accessed: "2026-11-01" }],
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
    status: "active",
    summary: "A certification for testing.",
    history: [{ date: "1995", event: "First published.", cite: ["acme-page"] }],
    levels: [
      { name: "Bronze", cite: ["acme-page"] },
      { name: "Gold", cite: ["acme-page"] },
    ],
    cost: {
      status: "published",
      figures: [{ min: 2000000, max: 2500000, currency: "INR", basis: "per-organisation", context: "in India", asOf: "2004", cite: ["acme-page"] }],
    },
    timeToAchieve: { status: "published", figures: [{ min: "P7M", max: "P8M", asOf: "2003-02-03", cite: ["acme-page"] }] },
    validity: { status: "published", period: "P3Y", renewal: "Annual surveillance audits.", cite: ["acme-page"] },
    requirements: [{ text: "A documented quality system.", cite: ["acme-page"] }],
    recognition: [],
    regions: ["Worldwide"],
    verify: { how: "Ask for the certificate.", cite: ["acme-page"] },
    disagreements: [],
    sources: [{ id: "acme-page", url: "https://acme.example.org/cert", title: "Acme certification", publisher: "Acme", accessed: "2026-11-01" }],
    description: "The Acme certification is *tested* here.",
    lastReviewed: "2026-11-01",
    ...overrides,
  };
}

export const certFile = (slug: string) => `_data/certifications/${slug}.ts`;
export const issuerFile = (slug: string) => `_data/issuers/${slug}.ts`;

/** Validate in memory, as if each record were `_data/<folder>/<slug>.ts`. */
export function check(certs: unknown[], issuers: unknown[] = [issuer()], today = TODAY) {
  const raw = (records: unknown[], file: (s: string) => string): RawRecord[] =>
    records.map((data, i) => {
      const slug = (data as { slug?: unknown }).slug;
      const stem = typeof slug === "string" && slug ? slug : `record-${i}`;
      return { file: file(stem), stem, data };
    });
  const result = validateCatalog({ certifications: raw(certs, certFile), issuers: raw(issuers, issuerFile) }, { today });
  const lines = (severity: "error" | "warning") => result.problems.filter((p) => p.severity === severity).map(formatProblem);
  return { ...result, errors: lines("error"), warnings: lines("warning") };
}

/** Write records as real `.ts` data files into a fresh catalog folder. */
export async function writeCatalog(certs: unknown[], issuers: unknown[] = [issuer()]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ccc-catalog-"));
  for (const [folder, records] of [["certifications", certs], ["issuers", issuers]] as const) {
    await mkdir(path.join(dir, folder), { recursive: true });
    for (const r of records)
      await writeFile(path.join(dir, folder, `${(r as { slug: string }).slug}.ts`), `export default ${JSON.stringify(r, null, 2)};\n`);
  }
  return dir;
}
