// Old addresses that should reach today's pages: every former name of a certification,
// as a slug, points to the certification that carries that name now.
import type { Catalog } from "../catalog/resolve.ts";
import { SLUG_PATTERN } from "../schema/primitives.ts";
import { slugify } from "../format/slug.ts";

export interface Redirect {
  from: string;
  to: string;
  /** The former name the old address stood for. */
  name: string;
  targetName: string;
}

const computed = new WeakMap<Catalog, Redirect[]>();

/** Once per catalogue: the hosting plugin asks for them as page data and again for _redirects. */
export function redirectsFor(catalog: Catalog): Redirect[] {
  let redirects = computed.get(catalog);
  if (!redirects) computed.set(catalog, (redirects = findRedirects(catalog)));
  return redirects;
}

function findRedirects(catalog: Catalog): Redirect[] {
  const taken = new Set(catalog.certifications.map((c) => c.slug));
  const out = new Map<string, Redirect>();
  for (const c of catalog.certifications)
    for (const alias of c.aliases) {
      if (alias.kind !== "former-name") continue;
      const slug = slugify(alias.name);
      // A former name that is itself a record (BS 7799 has its own page) or that two records
      // claim is not redirected: it would be ambiguous.
      if (!SLUG_PATTERN.test(slug) || taken.has(slug)) continue;
      if (out.has(slug)) {
        out.delete(slug);
        taken.add(slug);
        continue;
      }
      out.set(slug, { from: `/certifications/${slug}/`, to: c.url, name: alias.name, targetName: c.name });
    }
  return [...out.values()].sort((a, b) => a.from.localeCompare(b.from));
}
