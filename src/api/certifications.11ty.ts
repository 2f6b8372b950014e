// /api/certifications.json: every certification, as the schema describes it.
import type { Catalog } from "../lib/catalog/index.ts";
import type { SiteSettings } from "../../_data/site.ts";
import { apiCertification } from "../lib/api/records.ts";
import { apiContext } from "../lib/api/context.ts";

export const data = { permalink: "/api/certifications.json", eleventyExcludeFromCollections: true };

export function render({ catalog, site }: { catalog: Catalog; site: SiteSettings }): string {
  const ctx = apiContext(site);
  return JSON.stringify({
    schema: `${ctx.base}api/schema.json#/$defs/ApiCertification`,
    count: catalog.certifications.length,
    certifications: catalog.certifications.map((c) => apiCertification(c, ctx)),
  }, null, 1);
}
