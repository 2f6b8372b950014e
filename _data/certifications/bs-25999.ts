import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "bs-25999",
  name: "BS 25999 Business continuity management (Parts 1 and 2)",
  shortName: "BS 25999",
  aliases: [
    { name: "BS25999", kind: "alternative" },
    { name: "BS 25999-2", kind: "alternative", note: "Part 2, the certifiable specification for a business continuity management system; replaced by ISO 22301." },
    { name: "BS 25999 Part 2", kind: "alternative" },
    { name: "BS 25999-1:2006", kind: "alternative", note: "Part 1, the code of practice (guidance only, not certifiable); replaced by ISO 22313." },
    { name: "BS 25999-1", kind: "alternative" },
    { name: "PAS 56", kind: "former-name", note: "BSI's 2003 Publicly Available Specification on business continuity management, which BS 25999 replaced." },
  ],
  kind: "organisation",
  categories: ["information-security"],
  issuer: "bsi",
  assurance: "certification",
  status: "superseded",
  statusDetail: {
    note: "Part 2 was withdrawn in November 2012 after ISO 22301 was published; Part 1 was withdrawn in early 2013 and replaced by ISO 22313. All BS 25999-2 certificates had to move to ISO 22301 by the end of May 2014.",
    cite: ["wikipedia-bs25999", "continuityforum-2012b", "bsi-shop-25999-1", "bsi-sg-transition"],
  },
  supersededBy: ["iso-22301"],
  related: [],
  summary: "The British business continuity standard of 2006–2012; its certifiable Part 2 (BS 25999-2:2007) was replaced by ISO 22301 in 2012, and the last BS 25999-2 certificates lapsed at the end of May 2014.",
  history: [
    { date: "2003", event: "BSI publishes PAS 56, a Publicly Available Specification on business continuity management, the forerunner of BS 25999.", cite: ["riskmanagementstudio-25999", "bsi-shop-25999-1"] },
    { date: "2006-11", event: "BS 25999-1:2006, the code of practice, is published (BSI's shop gives November 2006).", cite: ["bsi-shop-25999-1"], note: "Wikipedia gives December 2006; see the disagreement." },
    { date: "2006-12", event: "BS 25999-1:2006 is published (Wikipedia's date).", cite: ["wikipedia-bs25999"], note: "BSI's shop gives November 2006; see the disagreement." },
    { date: "2007-11", event: "BS 25999-2:2007, the specification against which organisations are certified, is published.", cite: ["wikipedia-bs25999"] },
    { date: "2012-05", event: "ISO publishes ISO 22301:2012, which supersedes BS 25999-2; UKAS sets a two-year transition from publication.", cite: ["bsi-sg-transition", "ukas-2013"] },
    { date: "2012-10-31", event: "UKAS stops accepting new applications from certification bodies for accreditation to BS 25999-2.", cite: ["ukas-2013"] },
    { date: "2012-11", event: "BSI withdraws BS 25999-2.", cite: ["wikipedia-bs25999", "continuityforum-2012b"] },
    { date: "2013", event: "BS 25999-1 is withdrawn, replaced by ISO 22313 (BSI's shop lists BS EN ISO 22313:2014 as the replacement).", cite: ["wikipedia-bs25999", "bsi-shop-25999-1"] },
    { date: "2014-05", event: "End of the transition: BS 25999-2 certificates expire (30 or 31 May 2014, depending on the source; see the edition).", cite: ["bsi-sg-transition", "lrqa-transition", "ukas-2013"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Historic; no cost figure found in the sources read." },
  timeToAchieve: { status: "not-published", note: "Historic; no time figure found in the sources read." },
  validity: { status: "not-published", note: "Historic: certification moved to ISO 22301, and no BS 25999-2 certificate was valid after May 2014." },
  editions: [
    {
      id: "bs-25999-2-2007",
      name: "BS 25999-2:2007",
      claims: ["BS25999-2:2007", "BS 25999 Part 2:2007"],
      published: "2007-11",
      validUntil: "2014-05-31",
      cite: ["wikipedia-bs25999", "bsi-sg-transition"],
      note: "The certifiable part. ISO 22301:2012 replaced it.",
      disagreements: [
        {
          field: "validUntil",
          positions: [
            { date: "2014-05-31", claim: "BSI: certificates not transitioned by 31 May 2014 expire.", cite: ["bsi-sg-transition", "opscentre-25999"] },
            { date: "2014-05-30", claim: "LRQA: no BS 25999 certificates valid after 30 May 2014; UKAS: certification bodies to complete transition by 30 May 2014.", cite: ["lrqa-transition", "ukas-2013"] },
          ],
          note: "A one-day difference between certification bodies' wording; either way the standard ceased to be certifiable at the end of May 2014.",
        },
      ],
    },
  ],
  requirements: [
    { text: "Part 1 (2006) was a code of practice giving guidance (\"should\"); Part 2 (2007) specified requirements (\"shall\") for a documented business continuity management system that could be independently audited, and certification was against Part 2.", cite: ["riskmanagementstudio-25999", "bcrm-25999"] },
    { text: "One comparison counts 56 requirements in BS 25999-2 against 105 in ISO 22301:2012, which kept the core elements (policy, business impact analysis, risk assessment, continuity strategy, plans, exercising) but made business impact analysis and response procedures more precise.", cite: ["opscentre-25999", "certificationeurope-25999"] },
  ],
  recognition: [
    { text: "Certification uptake was small: a 2012 search of media and websites found fewer than 100 organisations worldwide that had announced BS 25999 certification, though the standard was widely used as good practice.", cite: ["cambridge-risk-2012"] },
    { text: "About half of BS 25999-2 certifications were held by organisations outside Britain, according to one consultancy.", cite: ["opscentre-25999"] },
  ],
  regions: ["United Kingdom", "Worldwide"],
  verify: {
    how: "BS 25999 can no longer be certified; every BS 25999-2 certificate lapsed by the end of May 2014. A supplier quoting it is quoting an old certificate: ask for a current ISO 22301:2019 certificate and check it as described on that page.",
    cite: ["bsi-sg-transition", "lrqa-transition"],
  },
  disagreements: [
    {
      topic: "When BS 25999-1:2006 was published",
      positions: [
        { claim: "November 2006.", cite: ["bsi-shop-25999-1"] },
        { claim: "December 2006.", cite: ["wikipedia-bs25999"] },
      ],
    },
  ],
  sources: [
    { id: "bsi-shop-25999-1", url: "https://shop.bsigroup.com/en/ProductDetail/?pid=000000000030157563", title: "BS 25999-1:2006 Business continuity management. Code of practice", publisher: "BSI", kind: "issuer", accessed: "2026-11-30" },
    { id: "bsi-sg-transition", url: "https://www.bsigroup.com/en-SG/ISO-22301-Business-Continuity-Management/ISO-22301-Transition/", title: "Transitioning from BS 25999 to ISO 22301", publisher: "BSI", kind: "issuer", accessed: "2026-11-30", note: "BSI writing as a certification body to its clients." },
    { id: "wikipedia-bs25999", url: "https://en.wikipedia.org/wiki/BS_25999", title: "BS 25999", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
    { id: "ukas-2013", url: "https://www.ukas.com/news/business-continuity-management/", title: "BS 25999 to ISO 22301 Transition Update", publisher: "UKAS", kind: "accreditation-body", published: "2013-05-31", accessed: "2026-11-30" },
    { id: "lrqa-transition", url: "http://www.lrqa.co.uk/standards-and-schemes/ISO-22301/BS-25999-Transition.aspx", title: "Transition from BS 25999 to ISO 22301", publisher: "LRQA", kind: "certification-body", accessed: "2026-11-30" },
    { id: "continuityforum-2012b", url: "http://www.continuityforum.org/content/news/168024/business-continuity-bs-25999-iso-22301-and-iso-22313", title: "Business Continuity - BS 25999, ISO 22301 and ISO 22313", publisher: "Continuity Forum", kind: "press", published: "2012", accessed: "2026-11-30" },
    { id: "riskmanagementstudio-25999", url: "http://www.riskmanagementstudio.com/index.php/rm-studio/tutorialsandguides/standards/bs-25999", title: "BS 25999-2:2007", publisher: "RM Studio", kind: "consultancy", accessed: "2026-11-30" },
    { id: "bcrm-25999", url: "http://bcrm.co.uk/ms_bs25999.php", title: "BS 25999", publisher: "BCRM", kind: "consultancy", accessed: "2026-11-30" },
    { id: "opscentre-25999", url: "https://www.opscentre.com/bs-25999-2-to-iso-22301-will-your-business-continuity-certification-still-be-valid/", title: "BS 25999-2 to ISO 22301: Will Your Business Continuity Certification Still Be Valid?", publisher: "Opscentre", kind: "consultancy", accessed: "2026-11-30" },
    { id: "certificationeurope-25999", url: "https://www.certificationeurope.com/insights/bs-25999-is-to-be-replaced-by-iso-22301/", title: "BS 25999 is to be replaced by ISO 22301", publisher: "Certification Europe", kind: "certification-body", accessed: "2026-11-30" },
    { id: "cambridge-risk-2012", url: "https://www.cambridge-risk.com/2012/iso-22301-final-draft-released-end-of-bs-25999-era-in-sight/", title: "ISO 22301 Final Draft Released – End of BS 25999 Era in Sight", publisher: "Cambridge Risk Solutions", kind: "consultancy", published: "2012", accessed: "2026-11-30" },
  ],
  description: `BS 25999 was BSI's standard for **business continuity management**: how an organisation keeps its critical activities going, or restores them quickly, after a disruption. It came in two parts. **Part 1** (BS 25999-1:2006) was a code of practice, guidance only. **Part 2** (BS 25999-2:2007) was the specification for a business continuity management system, and it was Part 2 that certification bodies audited. It replaced BSI's 2003 PAS 56.

### What happened to it
When ISO published **ISO 22301** in May 2012, built largely on BS 25999-2 and written in the new common structure for management-system standards, BSI withdrew Part 2 (November 2012) and later Part 1 (early 2013, replaced by ISO 22313). UKAS set a two-year transition: certification bodies moved their clients to ISO 22301 at ordinary visits, and **no BS 25999-2 certificate was valid after the end of May 2014** (30 or 31 May, as bodies worded it).

### Why it still turns up
Certification uptake was modest, but the standard shaped practice in contact centres, banks and public bodies, and old tenders, policies and CVs still cite it. A BS 25999 claim today proves only that an organisation once had a continuity system certified; for current assurance ask for an ISO 22301:2019 certificate.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
