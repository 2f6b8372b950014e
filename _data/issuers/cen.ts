import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cen",
  name: "European Committee for Standardization",
  shortName: "CEN",
  type: "standards-body",
  website: "https://www.cen.eu",
  country: "Belgium (Brussels)",
  founded: { date: "1961", cite: ["fullwiki-cen", "uncensored-cen"] },
  status: "active",
  summary: "The European standards body, made up of the national standards bodies of EU and EFTA countries and others; it published EN 15838 for customer contact centres.",
  description: `CEN (Comité Européen de Normalisation) was founded in 1961. Its members are national standards bodies, and together they write European Standards (ENs), which the members then publish as national standards: that is why one document appears as BS EN 15838 in the UK and DIN EN 15838 in Germany. CEN is one of three officially recognised European standards bodies, alongside CENELEC (electrotechnical) and ETSI (telecommunications).

For contact centres, CEN matters because of **EN 15838:2009**, *Customer contact centres – Requirements for service provision*, written under European Commission mandate M/378. Under the 1991 Vienna Agreement CEN and ISO cooperate to avoid duplicate standards, and CEN has adopted a number of ISO standards in place of its own; in 2017 EN 15838 gave way to EN ISO 18295-1 and EN ISO 18295-2.`,
  sources: [
    { id: "fullwiki-cen", url: "http://maps.thefullwiki.org/European_Committee_for_Standardization", title: "European Committee for Standardization (Wikipedia copy)", publisher: "The Full Wiki", accessed: "2026-11-29" },
    { id: "uncensored-cen", url: "http://the-uncensored-wiki.com:20072/e/u/r/European_Committee_for_Standardization_12c3.html", title: "European Committee for Standardization (Wikipedia copy)", publisher: "the-uncensored-wiki.com", accessed: "2026-11-29" },
    { id: "lockspecialists-cen", url: "https://lockspecialists.net/glossary/european-committee-for-standardization/", title: "European Committee for Standardization (glossary)", publisher: "lockspecialists.net", accessed: "2026-11-29" },
    { id: "bsi-shop-en15838", url: "https://shop.bsigroup.com/ProductDetail/?pid=000000000030174499", title: "BS EN 15838:2009 Customer contact centres. Requirements for service provision", publisher: "BSI Shop", accessed: "2026-11-29" },
    { id: "grokipedia-en15838", url: "https://grokipedia.com/page/en_15838", title: "EN 15838", publisher: "Grokipedia", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-29",
} satisfies IssuerInput;
