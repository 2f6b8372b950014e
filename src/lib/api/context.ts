import type { SiteSettings } from "../../../_data/site.ts";
import type { ApiContext } from "./records.ts";

/** The absolute base of the deployed site, e.g. https://example.org/certs/ */
export function apiContext(site: SiteSettings): ApiContext {
  return { base: `${site.url}${site.pathPrefix}` };
}
