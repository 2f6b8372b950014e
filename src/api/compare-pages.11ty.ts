// /api/compare/pages/<n>.json: each compare page's cost figures with their conversions into
// every display currency, at their year's rates and in today's money. The compare page's
// script fetches it when a visitor picks another currency, to rewrite the table and redraw
// the cost chart; the page itself carries only the default (US dollars).
import type { Page } from "../lib/catalog/paging.ts";
import type { ResolvedCertification } from "../lib/catalog/resolve.ts";
import { costEntries } from "../lib/format/compare.ts";

interface Data {
  listing: { page: Page<ResolvedCertification> };
  catalog: { money: { priceYear: number } };
}

export const data = {
  pagination: { data: "listings.compare", size: 1, alias: "listing" },
  permalink: (d: Data) => `/api/compare/pages/${d.listing.page.number}.json`,
  eleventyExcludeFromCollections: true,
};

export function render({ listing, catalog }: Data): string {
  return JSON.stringify({
    priceYear: catalog.money.priceYear,
    rows: listing.page.items.map((c) => ({
      slug: c.slug,
      label: c.shortName ?? c.name,
      url: c.url,
      figures: costEntries(c).map(({ amount, basisLabel, priceType, min, max, conversions }) => ({ amount, basisLabel, priceType, min, max, conversions })),
    })),
  });
}
