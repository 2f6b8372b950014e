// The search page's facets, written into the page by the build with every value and its count,
// so the page does not move when Pagefind's filter index arrives (the script only updates the
// counts). The values are exactly the text each record page marks with data-pagefind-filter.
import type { Catalog } from "../catalog/resolve.ts";
import { loadCatalog } from "./catalog-data.ts";

export interface SearchFacet {
  key: string;
  legend: string;
  values: { value: string; count: number }[];
}

const sorted = (values: { value: string; count: number }[]) => values.filter((v) => v.count > 0).sort((a, b) => a.value.localeCompare(b.value));

export function searchFacets(catalog: Catalog): SearchFacet[] {
  const owned = new Map<string, number>();
  for (const c of catalog.certifications) owned.set(c.issuerRecord.name, (owned.get(c.issuerRecord.name) ?? 0) + 1);
  const of = (facets: Catalog["facets"]["kinds"]) => sorted(facets.map((f) => ({ value: f.label, count: f.certifications.length })));
  return [
    { key: "kind", legend: "For", values: of(catalog.facets.kinds) },
    { key: "assurance", legend: "What it is", values: of(catalog.facets.assurances) },
    { key: "category", legend: "Category", values: of(catalog.facets.categories) },
    { key: "status", legend: "Status", values: of(catalog.facets.statuses) },
    { key: "role", legend: "Role", values: sorted(catalog.roles.map((r) => ({ value: r.name, count: r.fits.length }))) },
    { key: "issuer", legend: "Issuer", values: sorted([...owned].map(([value, count]) => ({ value, count }))) },
  ].filter((f) => f.values.length);
}

export default function searchFacetsPlugin(eleventyConfig: any): void {
  eleventyConfig.addGlobalData("searchFacets", async () => searchFacets((await loadCatalog()).catalog));
}
