// /api/compare/<slug>.json: a certification's key facts as the compare page shows them, so the
// side-by-side view can load any record, whichever page of the matrix the visitor is on.
import type { ResolvedCertification } from "../lib/catalog/index.ts";
import type { SiteSettings } from "../../_data/site.ts";
import { compareFacts } from "../lib/format/compare.ts";

export const data = {
  pagination: { data: "catalog.certifications", size: 1, alias: "cert" },
  permalink: (d: { cert: ResolvedCertification }) => `/api/compare/${d.cert.slug}.json`,
  eleventyExcludeFromCollections: true,
};

export function render({ cert, site }: { cert: ResolvedCertification; site: SiteSettings }): string {
  return JSON.stringify({ slug: cert.slug, name: cert.name, url: `${site.pathPrefix}${cert.url.slice(1)}`, facts: compareFacts(cert) });
}
