// /api/certifications/<slug>.json: one certification.
import type { ResolvedCertification } from "../lib/catalog/index.ts";
import type { SiteSettings } from "../../_data/site.ts";
import { apiCertification } from "../lib/api/records.ts";
import { apiContext } from "../lib/api/context.ts";

export const data = {
  pagination: { data: "catalog.certifications", size: 1, alias: "cert" },
  permalink: (d: { cert: ResolvedCertification }) => `/api/certifications/${d.cert.slug}.json`,
  eleventyExcludeFromCollections: true,
};

export function render({ cert, site }: { cert: ResolvedCertification; site: SiteSettings }): string {
  return JSON.stringify(apiCertification(cert, apiContext(site)), null, 1);
}
