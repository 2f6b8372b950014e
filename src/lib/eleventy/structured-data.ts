// schema.org JSON-LD for certification pages (EducationalOccupationalCredential), written
// so it can never close its own <script> element.
import type { ResolvedCertification } from "../catalog/resolve.ts";
import type { SiteSettings } from "../../../_data/site.ts";
import { apiContext } from "../api/context.ts";
import { absolute } from "../api/records.ts";

export function credentialJsonLd(c: ResolvedCertification, site: SiteSettings): Record<string, unknown> {
  const offers = c.costFigures
    .filter((f) => !f.unconfirmed)
    .map((f) => ({
      "@type": "Offer",
      ...(f.max === undefined || f.max === f.min
        ? { price: f.min }
        : { priceSpecification: { "@type": "PriceSpecification", minPrice: f.min, maxPrice: f.max, priceCurrency: f.currency } }),
      priceCurrency: f.currency,
      description: `${f.basisLabel}${f.context ? `, ${f.context}` : ""}, as of ${f.asOf.iso}`,
    }));
  return {
    "@context": "https://schema.org",
    "@type": "EducationalOccupationalCredential",
    name: c.name,
    ...(c.shortName ? { alternateName: [c.shortName, ...c.aliases.map((a) => a.name)] } : c.aliases.length ? { alternateName: c.aliases.map((a) => a.name) } : {}),
    description: c.summary,
    url: absolute(apiContext(site), c.url),
    credentialCategory: c.kind === "organisation" ? "organisational certification" : "professional certification",
    recognizedBy: { "@type": "Organization", name: c.issuerRecord.name, ...(c.issuerRecord.website ? { url: c.issuerRecord.website } : {}) },
    ...(c.validity.status === "published" && c.validity.period ? { validFor: c.validity.period } : {}),
    ...(c.durationFigures[0] ? { timeToComplete: c.durationFigures[0].max ?? c.durationFigures[0].min } : {}),
    ...(offers.length ? { offers } : {}),
    ...(c.regions.length ? { validIn: c.regions.map((r) => ({ "@type": "AdministrativeArea", name: r })) } : {}),
    dateModified: c.lastReviewed.iso,
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" is escaped so no "</script>" can appear. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export default function structuredDataPlugin(eleventyConfig: any): void {
  eleventyConfig.addFilter("credentialJsonLd", (c: ResolvedCertification, site: SiteSettings) => scriptJson(credentialJsonLd(c, site)));
}
