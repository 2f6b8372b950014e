// /api/roles.json: every role, with its classification codes, where it leads, and the
// individual certifications that fit it in the order people usually take them.
import type { Catalog } from "../lib/catalog/index.ts";
import type { SiteSettings } from "../../_data/site.ts";
import { apiRole } from "../lib/api/records.ts";
import { apiContext } from "../lib/api/context.ts";

export const data = { permalink: "/api/roles.json", eleventyExcludeFromCollections: true };

export function render({ catalog, site }: { catalog: Catalog; site: SiteSettings }): string {
  const ctx = apiContext(site);
  return JSON.stringify(
    {
      schema: `${ctx.base}api/schema.json#/$defs/ApiRole`,
      count: catalog.roles.length,
      roles: catalog.roles.map((r) => apiRole(r, ctx)),
      paths: catalog.paths.map((p) => ({ slug: p.slug, name: p.name, summary: p.summary, roles: p.roles })),
    },
    null,
    1,
  );
}
