import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "copc-cx-standard",
  name: "COPC Customer Experience Standard",
  shortName: "COPC CX Standard",
  aliases: [
    { name: "COPC-2000", kind: "former-name", note: "The name under which the standard spread in the late 1990s and 2000s." },
    { name: "COPC-2000 CSP Standard", kind: "former-name", note: "Customer Service Provider version; a stricter 'Gold' variant was approved in December 2002." },
    { name: "COPC Customer Service Provider Standard", kind: "former-name" },
    { name: "COPC", kind: "abbreviation", note: "Customer Operations Performance Center." },
    { name: "Customer Operations Performance Center standard", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["quality-management", "customer-experience", "outsourcing"],
  issuer: "copc-inc",
  website: "https://www.copc.com/copc-standards/",
  status: "active",
  related: ["iso-18295-1", "escm-sp", "iso-9001", "scp-standards"],
  summary: "A proprietary performance-management standard for customer-contact operations, in-house or outsourced, written and audited by COPC Inc.",
  history: [
    {
      date: "1995",
      event: "Standard written by a core group of buyers of call-centre services, including American Express, Dell, Microsoft, Novell and L.L.Bean, using the Malcolm Baldrige criteria as its basis (as reported; COPC itself gives 1996).",
      cite: ["businessgyan", "bpmwatch"],
    },
    {
      date: "1996",
      event: "According to COPC, its founders and leaders from companies such as Microsoft, Dell, American Express, Motorola, Adobe and Intel met six times over a year to draft the first COPC Customer Service Provider Standard.",
      cite: ["copc-standards", "copc-blog-2022-12"],
    },
    {
      date: "2002-11",
      event: "TransWorks' Mumbai centre reported as certified to COPC-2000 Release 3.2; its CEO becomes the first Indian on the COPC Standards Committee.",
      cite: ["siliconindia-2002"],
    },
    {
      date: "2002-12",
      event: "COPC Standards Committee approves the stricter COPC-2000 CSP 'Gold' standard.",
      cite: ["siliconindia-2003"],
    },
    {
      date: "2021-08",
      event: "Release 7.0 of the Customer Experience (CX) Standard announced, in versions for Customer Operations and for Contact Centers.",
      cite: ["copc-blog-2022-05"],
    },
    {
      date: "2022-12-01",
      event: "COPC's blog still describes Release 7.0 as the latest version of the CX Standard.",
      cite: ["copc-blog-2022-12"],
    },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      {
        min: 2000000,
        max: 2500000,
        currency: "INR",
        basis: "per-organisation",
        context: "in India (Rs 20 to 25 lakh)",
        covers: "getting COPC certification, as quoted in the article",
        asOf: "2004",
        cite: ["bpmwatch"],
        note: "The article is undated (c. 2004); it gives about $50,000 as the equivalent.",
      },
      {
        min: 50000,
        currency: "USD",
        basis: "per-organisation",
        approximate: true,
        context: "the article's dollar equivalent of the Indian figure",
        asOf: "2004",
        cite: ["bpmwatch"],
        note: "Undated article, c. 2004.",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P1Y", approximate: true, context: "in India, per the bpmwatch article", asOf: "2004", cite: ["bpmwatch"], note: "Undated article, c. 2004." },
      { min: "P12M", max: "P18M", context: "in the United States, per COPC chairman Cliff Moore speaking to IANS", asOf: "2003-02-03", cite: ["siliconindia-2003"] },
      { min: "P7M", max: "P8M", context: "in India, per COPC chairman Cliff Moore speaking to IANS", asOf: "2003-02-03", cite: ["siliconindia-2003"] },
    ],
  },
  validity: { status: "not-published", note: "No public source found for how long COPC certification lasts or how it is renewed." },
  requirements: [
    {
      text: "The standard covers four areas: leadership and planning, processes, people and performance; organisations can self-assess, train staff in it or seek external certification by COPC Inc.",
      cite: ["acxpa"],
    },
    {
      text: "Release 7.0 scores each category in points, e.g. Leadership and Planning 400 points; Processes 1,000 points in the Customer Operations version and 1,360 points in the Contact Centers version.",
      cite: ["copc-r7-customer-operations", "copc-r7-contact-centers"],
    },
    {
      text: "The CX Standard has versions for customer service providers (CSP), outsourced service providers (OSP) and vendor-management organisations (VMO); five COPC standards can be downloaded free.",
      cite: ["copc-standards"],
    },
    {
      text: "The COPC Standards Committee, made up of member companies, meets twice a year to review and update the standards.",
      cite: ["copc-standards", "copc-committee"],
    },
  ],
  recognition: [
    {
      text: "In 2003 COPC's chairman said India held the record for the fastest certifications and that at least three Indian call centres were aiming for the Gold standard.",
      cite: ["siliconindia-2003"],
    },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask the provider for its COPC certificate, the release of the standard it was audited against (for example Release 7.0), and the sites and programmes it covers, then confirm the certification directly with COPC Inc.",
    cite: ["copc-standards"],
    unconfirmed: true,
    note: "COPC describes its certification options but publishes no public register of certified sites that we could find.",
  },
  disagreements: [
    {
      topic: "When the standard was first written",
      positions: [
        { claim: "1995, by a core group of users of call-centre services (American Express, Dell, Microsoft, Novell, L.L.Bean).", cite: ["businessgyan", "bpmwatch"] },
        { claim: "1996, by COPC's founders and industry leaders (Microsoft, Dell, American Express, Motorola, Adobe, Intel).", cite: ["copc-standards", "copc-blog-2022-12", "acxpa"] },
      ],
      note: "Both dates are shown in the history above; COPC's own pages consistently say 1996.",
    },
  ],
  sources: [
    { id: "copc-standards", url: "https://www.copc.com/copc-standards/", title: "COPC Standards: a performance management framework for call center and customer experience operations", publisher: "COPC Inc.", accessed: "2026-11-29" },
    { id: "copc-committee", url: "https://www.copc.com/copc-standards-committee/", title: "COPC Standards Committee", publisher: "COPC Inc.", accessed: "2026-11-29" },
    { id: "copc-blog-2022-05", url: "https://www.copc.com/the-role-of-research-on-cx-operations-best-practices/", title: "The Role of Research on CX Operations & Best Practices", publisher: "COPC Inc.", published: "2022-05-31", accessed: "2026-11-29" },
    { id: "copc-blog-2022-12", url: "https://www.copc.com/november-copc-standard-committee-meeting/", title: "November COPC Standards Committee Meeting", publisher: "COPC Inc.", published: "2022-12-01", accessed: "2026-11-29" },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", accessed: "2026-11-29" },
    { id: "businessgyan", url: "http://www.businessgyan.com/node/503", title: "COPC: the standard, its origin and objective (article by an IBackoffice India general manager)", publisher: "BusinessGyan", accessed: "2026-11-29" },
    { id: "siliconindia-2002", url: "http://www.siliconindia.com/shownews/Indian_enters_standards_panel_for_call_centers-nid-17483-cid-2.html", title: "Indian enters standards panel for call centers", publisher: "siliconindia", published: "2002-11-07", accessed: "2026-11-29" },
    { id: "siliconindia-2003", url: "http://www.siliconindia.com/shownews/COPC_chairman_rings_warning_bell_for_Indian_BPO_sector-nid-18420-cid-2.html", title: "COPC chairman rings warning bell for Indian BPO sector (IANS)", publisher: "siliconindia / IANS", published: "2003-02-03", accessed: "2026-11-29" },
    { id: "acxpa", url: "https://acxpa.com.au/glossary/copc", title: "COPC Definition: ACXPA Glossary Term", publisher: "Australian Customer Experience Professionals Association (ACXPA)", accessed: "2026-11-29" },
    { id: "copc-r7-customer-operations", url: "https://pdfcoffee.com/download/copc-2021-cx-standard-for-customer-operations-release-70-pdf-free.html", title: "COPC CX Standard for Customer Operations, Release 7.0 (copy of the table of contents)", publisher: "COPC Inc. (copy hosted by pdfcoffee)", accessed: "2026-11-29" },
    { id: "copc-r7-contact-centers", url: "https://scribd.com/document/699772135/COPC-2021-CX-Standard-for-Contact-Centers-Release-7-0", title: "COPC CX Standard for Contact Centers, Release 7.0, version 1.2 (copy of the table of contents)", publisher: "COPC Inc. (copy hosted by Scribd)", accessed: "2026-11-29" },
  ],
  description: `The COPC standard measures how well a customer-contact operation actually **performs**, not only whether its processes are written down. It was created by large buyers of call-centre services who wanted one yardstick for judging their outsourcers, and it borrowed its structure from the Malcolm Baldrige criteria.

A single company, COPC Inc., writes the standard and also audits against it. The Customer Experience (CX) Standard comes in versions for in-house customer service providers, outsourced providers and the vendor-management teams that buy outsourced service. The standards themselves can be downloaded free from COPC; certification is a paid audit.

### Cost and time
Only old figures are public, and they differ by source:

- **India, c. 2004:** the bpmwatch article puts the cost at **Rs 20–25 lakh (about $50,000)** and the effort at **about a year**.
- **February 2003:** COPC's chairman Cliff Moore told the IANS news agency (reported by siliconindia) that certification took **12–18 months in the United States** but only **7–8 months in India**.

No current price or timeline is published, and we found no public rule on how long a certificate stays valid.

### Checking a claim
Ask which release of the standard the audit used and which sites and programmes it covered, then confirm with COPC Inc.; there is no public register of certified sites.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
