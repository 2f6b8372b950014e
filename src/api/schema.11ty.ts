// /api/schema.json: the JSON Schema generated from the one zod schema.
import type { SiteSettings } from "../../_data/site.ts";
import { jsonSchema } from "../lib/schema/index.ts";
import { apiContext } from "../lib/api/context.ts";

export const data = { permalink: "/api/schema.json", eleventyExcludeFromCollections: true };

export function render({ site }: { site: SiteSettings }): string {
  return JSON.stringify(jsonSchema(`${apiContext(site).base}api/schema.json`), null, 1);
}
