// /api/issuers.json: every issuing body.
import type { Catalog } from "../lib/catalog/index.ts";
import type { SiteSettings } from "../../_data/site.ts";
import { apiIssuer } from "../lib/api/records.ts";
import { apiContext } from "../lib/api/context.ts";

export const data = { permalink: "/api/issuers.json", eleventyExcludeFromCollections: true };

export function render({ catalog, site }: { catalog: Catalog; site: SiteSettings }): string {
  const ctx = apiContext(site);
  return JSON.stringify({
    schema: `${ctx.base}api/schema.json#/$defs/ApiIssuer`,
    count: catalog.issuers.length,
    issuers: catalog.issuers.map((i) => apiIssuer(i, ctx)),
  }, null, 1);
}
