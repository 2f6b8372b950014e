// The browse lists (all certifications, each kind, status and category), the issuer list and
// the compare matrix, cut into pages of site.listPageSize so each page stays small however
// large the catalogue grows. One template per list paginates over these.
import type { SiteSettings } from "../../../_data/site.ts";
import type { Catalog, Facet, ResolvedCertification, ResolvedIssuer } from "../catalog/resolve.ts";
import { paginate, type Page } from "../catalog/paging.ts";
import { comingFirst } from "../catalog/deadlines.ts";
import { loadCatalog } from "./catalog-data.ts";

export interface Listing {
  facet: Facet;
  page: Page<ResolvedCertification>;
  title: string;
}

const ALL: Omit<Facet, "certifications"> = {
  slug: "all",
  label: "All",
  heading: "All certifications",
  description: "Every contact-centre and BPO certification in the catalogue, organisational and individual, with issuer, status and time to achieve.",
  url: "/certifications/",
};

const titled = (heading: string, page: Page<unknown>) => (page.count > 1 ? `${heading}, page ${page.number} of ${page.count}` : heading);

export function listings(catalog: Catalog, size: number) {
  const facets: Facet[] = [{ ...ALL, certifications: catalog.certifications }, ...catalog.facets.all];
  return {
    browse: facets.flatMap((facet) => paginate(facet.certifications, facet.url, size).map((page): Listing => ({ facet, page, title: titled(facet.heading, page) }))),
    issuers: paginate<ResolvedIssuer>(catalog.issuers, "/issuers/", size).map((page) => ({ page, title: titled("Issuers", page) })),
    compare: paginate(catalog.certifications, "/compare/", size).map((page) => ({ page, title: titled("Compare certifications", page) })),
    deadlines: deadlinePages(catalog, size),
    // A role page lists the certifications that fit it; a large catalogue pages them.
    roles: catalog.roles.flatMap((role) => paginate(role.fits, role.url, size).map((page) => ({ role, page, title: titled(role.name, page) }))),
  };
}

/** Coming deadlines first (soonest first), then past ones (latest first), as of the catalogue's date. */
function deadlinePages(catalog: Catalog, size: number) {
  const today = catalog.editionDate?.iso ?? "";
  const { coming, past } = comingFirst(catalog.deadlines, today);
  return paginate([...coming, ...past], "/deadlines/", size).map((page) => ({ page, today, title: titled("Deadlines", page) }));
}

// A batched build asks for the listings once per Eleventy run; they are cut once per catalogue.
const cut = new WeakMap<Catalog, ReturnType<typeof listings>>();

export default function listingsPlugin(eleventyConfig: any, { site }: { site: SiteSettings }): void {
  eleventyConfig.addGlobalData("listings", async () => {
    const { catalog } = await loadCatalog();
    let lists = cut.get(catalog);
    if (!lists) cut.set(catalog, (lists = listings(catalog, site.listPageSize)));
    return lists;
  });
}
