// schema.org JSON-LD for certification pages (EducationalOccupationalCredential), written
// so it can never close its own <script> element.
import type { ResolvedCertification } from "../catalog/resolve.ts";
import type { ResolvedRole } from "../catalog/careers.ts";
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
    credentialCategory: `${c.kind === "organisation" ? "organisational" : "professional"} ${c.assurance}`,
    recognizedBy: { "@type": "Organization", name: c.issuerRecord.name, ...(c.issuerRecord.website ? { url: c.issuerRecord.website } : {}) },
    ...(c.validityRules.length === 1 && c.validityRules[0]!.period ? { validFor: c.validityRules[0]!.period } : {}),
    ...(c.durationFigures[0] ? { timeToComplete: c.durationFigures[0].max ?? c.durationFigures[0].min } : {}),
    ...(offers.length ? { offers } : {}),
    ...(c.regions.length ? { validIn: c.regions.map((r) => ({ "@type": "AdministrativeArea", name: r })) } : {}),
    ...competencies(c),
    dateModified: c.lastReviewed.iso,
  };
}

/** What the data says a candidate needs: experience and other credentials as competencies, education as a level. */
function competencies(c: ResolvedCertification): Record<string, unknown> {
  const required = c.prerequisiteItems.filter((p) => p.requirement === "required");
  const competency = required.filter((p) => p.type !== "education").map((p) => p.text);
  const education = required.filter((p) => p.type === "education").map((p) => p.text);
  return {
    ...(competency.length ? { competencyRequired: competency } : {}),
    ...(education.length ? { educationalLevel: education.join("; ") } : {}),
  };
}

/** schema.org Occupation for a role page, with its codes in the public classifications. */
export function occupationJsonLd(r: ResolvedRole, site: SiteSettings): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: r.name,
    ...(r.alternativeNames.length ? { alternateName: r.alternativeNames } : {}),
    description: r.summary,
    url: absolute(apiContext(site), r.url),
    ...(r.codesBySystem.length
      ? {
          occupationalCategory: r.codesBySystem.map((code) => ({
            "@type": "CategoryCode",
            codeValue: code.code,
            name: code.title,
            inCodeSet: { "@type": "CategoryCodeSet", name: code.systemLong },
            ...(code.url ? { url: code.url } : {}),
          })),
        }
      : {}),
    dateModified: r.lastReviewed.iso,
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" is escaped so no "</script>" can appear. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export default function structuredDataPlugin(eleventyConfig: any): void {
  eleventyConfig.addFilter("credentialJsonLd", (c: ResolvedCertification, site: SiteSettings) => scriptJson(credentialJsonLd(c, site)));
  eleventyConfig.addFilter("occupationJsonLd", (r: ResolvedRole, site: SiteSettings) => scriptJson(occupationJsonLd(r, site)));
}
