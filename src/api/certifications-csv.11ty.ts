// /api/certifications.csv
import type { Catalog } from "../lib/catalog/index.ts";
import type { SiteSettings } from "../../_data/site.ts";
import { certificationsCsv } from "../lib/api/csv.ts";
import { apiContext } from "../lib/api/context.ts";

export const data = { permalink: "/api/certifications.csv", eleventyExcludeFromCollections: true };

export function render({ catalog, site }: { catalog: Catalog; site: SiteSettings }): string {
  return certificationsCsv(catalog.certifications, apiContext(site));
}
