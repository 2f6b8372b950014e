import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "din",
  name: "DIN Deutsches Institut für Normung e. V.",
  shortName: "DIN",
  type: "standards-body",
  country: "Germany (Berlin)",
  status: "active",
  statusDetail: { note: "DIN continues to publish and revise standards: for example DIN EN ISO 18295-1 and -2 in October 2017, and a new edition of DIN 77200-1 in October 2022.", cite: ["qualidata-77200", "ccv-18295"] },
  summary: "Germany's national standards body; it published DIN SPEC 77224 on service excellence and, as a member of CEN and ISO, publishes European and international standards in Germany.",
  description: `DIN (Deutsches Institut für Normung) is Germany's national standards body. Besides purely German standards it publishes European and international standards in German editions; the contact-centre standards ISO 18295-1 and ISO 18295-2, for example, appeared in Germany as DIN EN ISO 18295-1:2017 and DIN EN ISO 18295-2:2017 in October 2017.

DIN also publishes **DIN SPEC** documents. **DIN SPEC 77224** (July 2011), on achieving customer delight through service excellence, is one of these; it was initiated by the Center for Service Excellence at the EBS Business School, funded by the Federal Ministry of Economics and drafted with around twenty companies and institutions.

Not every DIN number in the service field concerns contact centres: **DIN 77200**, for example, is the German standard for security services (guarding and patrol firms); its 2008 edition was replaced by DIN 77200-1 in November 2017.`,
  sources: [
    { id: "qualidata-77200", url: "http://qualidata.de/din-77200/", title: "DIN 77200: Sicherungsdienstleistung nach DIN 77200-1:2022-10 und DIN 77200-2:2020-07", publisher: "Qualidata GmbH", kind: "certification-body", accessed: "2026-11-30" },
    { id: "ccv-18295", url: "https://cc-verband.de/tag/zertifizierung", title: "Standards, Normen und Zertifizierung (tag page with 'Serviceanforderungen in Kundenkontaktzentren: DIN EN ISO 18295')", publisher: "Customer Service & Call Center Verband Deutschland (CCV)", kind: "press", accessed: "2026-11-30", note: "Pages of the German contact-centre industry association." },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
