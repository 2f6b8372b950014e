import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "copc-cx-standard",
  name: "COPC Customer Experience Standard",
  shortName: "COPC CX Standard",
  aliases: [
    { name: "COPC-2000", kind: "former-name", note: "The name under which the standard spread in the late 1990s and 2000s." },
    { name: "COPC Customer Service Provider Standard", kind: "former-name" },
    { name: "COPC", kind: "abbreviation" },
  ],
  kind: "organisation",
  categories: ["quality-management", "customer-experience", "outsourcing"],
  issuer: "copc-inc",
  website: "https://www.copc.com/copc-standards/",
  status: "active",
  summary: "A proprietary performance-management standard for customer-contact operations, in-house or outsourced, audited by COPC Inc.",
  history: [
    { date: "1995", event: "Standard written by a group of buyers of call-centre services, including American Express, Dell, Microsoft, Novell and L.L.Bean (as reported; COPC itself gives 1996).", cite: ["businessgyan"] },
    { date: "1996", event: "Founders and industry leaders develop the COPC Customer Service Provider Standard, according to COPC.", cite: ["copc-standards"] },
    { date: "2002-11", event: "COPC-2000 Release 3.2 in use at Indian providers.", cite: ["siliconindia-2002"] },
    { date: "2021-08", event: "Release 7.0 of the Customer Experience (CX) Standard announced, in versions for customer operations and for contact centres.", cite: ["copc-blog-2022"] },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      { min: 2000000, max: 2500000, currency: "INR", basis: "per-organisation", context: "in India", covers: "getting certified, as quoted in the article", asOf: "2004", cite: ["bpmwatch"], note: "Undated article, c. 2004; the article gives about $50,000 as the equivalent." },
      { min: 50000, currency: "USD", basis: "per-organisation", approximate: true, context: "the article's dollar equivalent of the Indian figure", asOf: "2004", cite: ["bpmwatch"] },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P1Y", approximate: true, context: "in India, per the article", asOf: "2004", cite: ["bpmwatch"] },
      { min: "P12M", max: "P18M", context: "in the United States, per COPC's chairman", asOf: "2003-02-03", cite: ["siliconindia-2003"] },
      { min: "P7M", max: "P8M", context: "in India, per COPC's chairman", asOf: "2003-02-03", cite: ["siliconindia-2003"] },
    ],
  },
  validity: { status: "not-published", note: "No public source found for how long certification lasts or how it is renewed." },
  requirements: [
    { text: "Release 7.0 is organised in categories covering leadership and planning, processes, people and performance, each scored in points.", cite: ["acxpa"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: { how: "Ask the provider for its COPC certificate, the release of the standard and the sites and programmes it covers, then confirm with COPC Inc.", cite: ["copc-standards"], unconfirmed: true, note: "COPC publishes no public register of certified sites that we could find." },
  disagreements: [
    {
      topic: "When the standard was first written",
      positions: [
        { claim: "1995, by a core group of users of call-centre services.", cite: ["businessgyan"] },
        { claim: "1996, by COPC's founders and industry leaders.", cite: ["copc-standards"] },
      ],
    },
  ],
  sources: [
    { id: "copc-standards", url: "https://www.copc.com/copc-standards/", title: "COPC Standards", publisher: "COPC Inc.", accessed: "2026-11-29" },
    { id: "copc-blog-2022", url: "https://www.copc.com/blog/", title: "COPC blog", publisher: "COPC Inc.", published: "2022-12-01", accessed: "2026-11-29" },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", accessed: "2026-11-29" },
    { id: "businessgyan", url: "http://www.businessgyan.com/node/503", title: "COPC-2000 article", publisher: "BusinessGyan", accessed: "2026-11-29" },
    { id: "siliconindia-2002", url: "https://www.siliconindia.com/", title: "TransWorks gets COPC-2000 certification", publisher: "siliconindia", published: "2002-11-07", accessed: "2026-11-29" },
    { id: "siliconindia-2003", url: "https://www.siliconindia.com/", title: "COPC certification takes 7-8 months in India (IANS)", publisher: "siliconindia / IANS", published: "2003-02-03", accessed: "2026-11-29" },
    { id: "acxpa", url: "https://acxpa.com.au", title: "COPC CX Standard overview", publisher: "ACXPA", accessed: "2026-11-29" },
  ],
  description: `The COPC standard measures how well a customer-contact operation is **run**, not only whether it has documented processes. It was created by large buyers of call-centre services who wanted one yardstick for their outsourcers, and it drew on the Malcolm Baldrige criteria.

It is owned by a single company, COPC Inc., which both maintains the standard and audits against it. Versions exist for customer service providers, outsourced providers and vendor-management organisations. The standards can be downloaded free from COPC.

### Cost and time
The figures found in public sources are old and differ by country: an Indian article of about 2004 quotes Rs 20–25 lakh (about $50,000) and about a year, while COPC's chairman said in 2003 that certification took 12–18 months in the US and 7–8 months in India. No current price is published.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
