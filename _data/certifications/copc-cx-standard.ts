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
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "COPC Inc. published Release 8.0 of the CX Standard and describes certification options on its own site.",
    cite: ["copc-r8", "copc-standards"],
  },
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
      cite: ["siliconindia-2003", "copc-gold-2004"],
    },
    {
      date: "2011-01",
      event: "Release 5.0 of the COPC CSP Standard merges the two CSP standards (the standard and the 'Gold' standard) into one and drops the 'COPC-2000' name.",
      cite: ["copc-r50-changes", "copc-r51"],
    },
    {
      date: "2016-05",
      event: "Release 6.0 issued under the new name COPC Customer Experience (CX) Standard.",
      cite: ["copc-r60-osp", "copc-r60a-csp"],
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
    {
      date: "2026-02",
      event: "Release 8.0 of the CX Standard published, adding requirements for AI governance and one set of management requirements for people and technology.",
      cite: ["copc-r8", "wfmlabs-copc"],
      note: "COPC's own Release 8.0 page confirms the release but the part we read carries no date; the month is from the WFM Labs wiki.",
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
        priceType: "reported",
        context: "in India (Rs 20 to 25 lakh)",
        covers: "getting COPC certification, as quoted in the article",
        asOf: "2004",
        cite: ["bpmwatch"],
        note: "The article is undated (c. 2004); it gives about $50,000 as the equivalent. No newer figure was found on COPC's site, ACXPA's glossary, toolshero or in the trade press we searched (2026).",
      },
      {
        min: 50000,
        currency: "USD",
        basis: "per-organisation",
        priceType: "reported",
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
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certificate",
        period: "P2Y",
        renewal: "Recertification every two years; a practitioner describes recertification as more demanding than the first certification.",
        cite: ["callcentrehelper-forum", "toolshero"],
        note: "Neither source is COPC Inc.: one is a practitioner's post on the Call Centre Helper forum, the other a management-methods site. COPC's own pages that we read give no period.",
      },
    ],
  },
  editions: [
    {
      id: "copc-2000-r3-2",
      name: "COPC-2000 CSP Standard Release 3.2",
      claims: ["COPC-2000 Release 3.2", "COPC Release 3.2", "COPC 3.2", "COPC-2000 Release 3.2B"],
      published: "2002",
      unconfirmed: true,
      validUntil: { status: "not-published", note: "No end date for certificates to Release 3.2 was found on COPC's site or in the 2002–2004 Indian press we read." },
      cite: ["siliconindia-2002", "businessgyan"],
      note: "Publication date not found: siliconindia reports a centre certified to Release 3.2 in November 2002, so it was in use by then; BusinessGyan names a later sub-release, 3.2B.",
    },
    {
      id: "copc-2000-r4-3",
      name: "COPC-2000 CSP Standard Release 4.3",
      claims: ["COPC-2000 CSP Release 4.3", "COPC Release 4.3", "COPC R4.3", "COPC 4.3"],
      published: "2009",
      validUntil: { status: "not-published", note: "No date was found after which certificates to Release 4.3 lapsed; COPC's site no longer carries the COPC-2000 releases." },
      cite: ["copc-r43"],
      note: "The copy read is Version 1.1, copyright 1996–2009; when Release 4.3 was first issued was not found. It is the last release we found under the COPC-2000 name, which Release 5.0 replaced in 2011; a claim to plain 'COPC-2000' names the standard's former name, not this release.",
    },
    {
      id: "csp-r5-0",
      name: "COPC CSP Standard Release 5.0",
      claims: ["COPC CSP Release 5.0", "COPC Release 5.0", "COPC R5.0", "COPC 5.0"],
      published: "2011-01",
      validUntil: { status: "not-published", note: "No end date for certificates to Release 5.0 was found." },
      cite: ["copc-r50-changes"],
      note: "Dated by COPC's 'Summary of Changes' for Release 5.0 (January 2011), which merged the two CSP standards into one.",
    },
    {
      id: "csp-r5-1",
      name: "COPC CSP Standard Release 5.1",
      claims: ["COPC CSP Release 5.1", "COPC Release 5.1", "COPC R5.1", "COPC 5.1"],
      published: "2012-11",
      validUntil: { status: "not-published", note: "No end date for certificates to Release 5.1 was found." },
      cite: ["copc-r51"],
    },
    {
      id: "csp-r5-2",
      name: "COPC CSP Standard Release 5.2",
      claims: ["COPC CSP Release 5.2", "COPC Release 5.2", "COPC R5.2", "COPC 5.2"],
      published: "2014-01",
      validUntil: { status: "not-published", note: "No end date for certificates to Release 5.2 was found." },
      cite: ["copc-r52"],
    },
    {
      id: "cx-r6-0",
      name: "COPC Customer Experience Standard Release 6.0",
      claims: ["COPC CX Standard Release 6.0", "COPC Release 6.0", "COPC R6", "COPC 6.0", "COPC CX Standard Release 6.0a", "COPC Release 6.0a"],
      published: "2016-05",
      validUntil: { status: "not-published", note: "No end date for certificates to Release 6.0 was found; we did not find a dated Release 6.1 or 6.2 on COPC's site." },
      cite: ["copc-r60-osp", "copc-r60a-csp"],
      note: "The OSP version is dated May 2016; the CSP version, numbered 6.0a, is dated November 2016.",
    },
    {
      id: "cx-r7-0",
      name: "COPC CX Standard Release 7.0",
      claims: ["COPC Release 7.0", "COPC R7", "COPC R7.0", "COPC 7.0"],
      published: "2021-08",
      validUntil: { status: "not-published", note: "COPC's Release 8.0 page, as far as we read it, gives no date after which audits to Release 7.0 stop or Release 7.0 certificates lapse; dates on other sites came from spam pages and were not used." },
      cite: ["copc-blog-2022-05", "copc-r7-customer-operations", "copc-r7-contact-centers"],
      note: "Announced in August 2021 in versions for Customer Operations and for Contact Centers. We found no Release 7.1 on copc.com.",
    },
    {
      id: "cx-r8-0",
      name: "COPC CX Standard Release 8.0",
      claims: ["COPC Release 8.0", "COPC R8", "COPC R8.0", "COPC 8.0"],
      published: "2026-02",
      cite: ["copc-r8", "wfmlabs-copc"],
      note: "COPC's own page confirms Release 8.0 and its content; the month is from the WFM Labs wiki.",
    },
  ],
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
    { id: "copc-standards", url: "https://www.copc.com/copc-standards/", title: "COPC Standards: a performance management framework for call center and customer experience operations", publisher: "COPC Inc.", kind: "issuer", accessed: "2026-11-30" },
    { id: "copc-committee", url: "https://www.copc.com/copc-standards-committee/", title: "COPC Standards Committee", publisher: "COPC Inc.", kind: "issuer", accessed: "2026-11-30" },
    { id: "copc-blog-2022-05", url: "https://www.copc.com/the-role-of-research-on-cx-operations-best-practices/", title: "The Role of Research on CX Operations & Best Practices", publisher: "COPC Inc.", kind: "issuer", published: "2022-05-31", accessed: "2026-11-30" },
    { id: "copc-blog-2022-12", url: "https://www.copc.com/november-copc-standard-committee-meeting/", title: "November COPC Standards Committee Meeting", publisher: "COPC Inc.", kind: "issuer", published: "2022-12-01", accessed: "2026-11-30" },
    { id: "copc-r8", url: "https://www.copc.com/ko/copc-standards/r8-whats-new", title: "COPC CX Standard Release 8.0: what's new", publisher: "COPC Inc.", kind: "issuer", accessed: "2026-11-30", note: "Found under the Korean-language path of copc.com; the text we read is in English. The part we read carries no release date." },
    { id: "wfmlabs-copc", url: "https://wiki.wfmlabs.org/wiki/COPC_Standard", title: "COPC Standard", publisher: "WFM Labs (wiki)", kind: "reference", accessed: "2026-11-30", note: "A community wiki on workforce management, not a copy of Wikipedia; used only for the month of Release 8.0, which COPC's own page confirms without a date." },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", kind: "press", accessed: "2026-11-30" },
    { id: "businessgyan", url: "http://www.businessgyan.com/node/503", title: "COPC: the standard, its origin and objective (article by an IBackoffice India general manager)", publisher: "BusinessGyan", kind: "press", accessed: "2026-11-30" },
    { id: "siliconindia-2002", url: "http://www.siliconindia.com/shownews/Indian_enters_standards_panel_for_call_centers-nid-17483-cid-2.html", title: "Indian enters standards panel for call centers", publisher: "siliconindia", kind: "press", published: "2002-11-07", accessed: "2026-11-30" },
    { id: "siliconindia-2003", url: "http://www.siliconindia.com/shownews/COPC_chairman_rings_warning_bell_for_Indian_BPO_sector-nid-18420-cid-2.html", title: "COPC chairman rings warning bell for Indian BPO sector (IANS)", publisher: "siliconindia / IANS", kind: "press", published: "2003-02-03", accessed: "2026-11-30" },
    { id: "acxpa", url: "https://acxpa.com.au/glossary/copc", title: "COPC Definition: ACXPA Glossary Term", publisher: "Australian Customer Experience Professionals Association (ACXPA)", kind: "reference", accessed: "2026-11-30" },
    { id: "callcentrehelper-forum", url: "http://www.callcentrehelper.com/forum/topic/copc-any-one-here-got-it", title: "COPC - Any One Here Got It? (forum thread)", publisher: "Call Centre Helper", kind: "press", accessed: "2026-11-30", note: "A user's post on the trade magazine's forum, from someone who worked on a COPC certification and recertification at Citigroup Global Services in India; undated." },
    { id: "toolshero", url: "https://www.toolshero.com/management/copc/", title: "COPC standards", publisher: "Toolshero", kind: "consultancy", accessed: "2026-11-30" },
    { id: "copc-gold-2004", url: "https://scribd.com/document/81670427/Copc-2000-Csp-Gold", title: "COPC-2000 CSP Gold Standard (copy, copyright 1996–2004)", publisher: "Customer Operations Performance Center Inc. (copy hosted by Scribd)", kind: "issuer", accessed: "2026-11-30", note: "Scraped copy kept because COPC no longer publishes the COPC-2000 releases and we found no archived original." },
    { id: "copc-r43", url: "https://scribd.com/document/517834028/COPC-2000-Customer-Service-Provider-Standard", title: "COPC-2000 CSP Standard Release 4.3, Version 1.1 (copy)", publisher: "COPC Inc. (copy hosted by Scribd)", kind: "issuer", published: "2009", accessed: "2026-11-30", note: "Scraped copy kept because COPC no longer publishes old releases and we found no archived original." },
    { id: "copc-r50-changes", url: "https://dokumen.tips/documents/copc-2011-release-50-changes.html", title: "COPC CSP Standard Release 5.0: Summary of Changes (copy)", publisher: "COPC Inc. (copy hosted by dokumen.tips)", kind: "issuer", published: "2011-01", accessed: "2026-11-30", note: "Scraped copy kept because COPC no longer publishes old releases and we found no archived original." },
    { id: "copc-r51", url: "https://ro.scribd.com/document/228236846/COPC-2012-CSP-Standard-Release-5-1-Version-1-0-5X-IRI-6-Feb-13", title: "COPC CSP Standard Release 5.1, Version 1.0 (copy)", publisher: "COPC Inc. (copy hosted by Scribd)", kind: "issuer", published: "2012-11", accessed: "2026-11-30", note: "Scraped copy kept because COPC no longer publishes old releases and we found no archived original." },
    { id: "copc-r52", url: "https://dokumen.tips/documents/copc-2014-csp-standard-release-5-2-version-1-0.html", title: "COPC CSP Standard Release 5.2, Version 1.0 (copy)", publisher: "COPC Inc. (copy hosted by dokumen.tips)", kind: "issuer", published: "2014-01", accessed: "2026-11-30", note: "Scraped copy kept because COPC no longer publishes old releases and we found no archived original." },
    { id: "copc-r60-osp", url: "https://ja.scribd.com/document/350032272/COPC-Inc-CX-Standard-for-OSPs-Rel-6-0-V-1-0-English-docx", title: "COPC Customer Experience Standard for Outsource Service Providers, Release 6.0, Version 1.0 (copy)", publisher: "COPC Inc. (copy hosted by Scribd)", kind: "issuer", published: "2016-05", accessed: "2026-11-30", note: "Scraped copy kept because COPC no longer publishes old releases and we found no archived original." },
    { id: "copc-r60a-csp", url: "https://de.scribd.com/document/377947871/COPC-CX-Standard-for-CSPs-Rel-6-0a-English", title: "COPC Customer Experience Standard for Customer Service Providers, Release 6.0a, Version 1.0 (copy)", publisher: "COPC Inc. (copy hosted by Scribd)", kind: "issuer", published: "2016-11", accessed: "2026-11-30", note: "Scraped copy kept because COPC no longer publishes old releases and we found no archived original." },
    { id: "copc-r7-customer-operations", url: "https://pdfcoffee.com/download/copc-2021-cx-standard-for-customer-operations-release-70-pdf-free.html", title: "COPC CX Standard for Customer Operations, Release 7.0 (copy of the table of contents)", publisher: "COPC Inc. (copy hosted by pdfcoffee)", kind: "issuer", accessed: "2026-11-30", note: "Scraped copy kept because COPC's site now offers Release 8.0 and we found no public original of Release 7.0." },
    { id: "copc-r7-contact-centers", url: "https://scribd.com/document/699772135/COPC-2021-CX-Standard-for-Contact-Centers-Release-7-0", title: "COPC CX Standard for Contact Centers, Release 7.0, version 1.2 (copy of the table of contents)", publisher: "COPC Inc. (copy hosted by Scribd)", kind: "issuer", accessed: "2026-11-30", note: "Scraped copy kept because COPC's site now offers Release 8.0 and we found no public original of Release 7.0." },
  ],
  description: `The COPC standard measures how well a customer-contact operation actually **performs**, not only whether its processes are written down. It was created by large buyers of call-centre services who wanted one yardstick for judging their outsourcers, and it borrowed its structure from the Malcolm Baldrige criteria.

A single company, COPC Inc., writes the standard and also audits against it. The Customer Experience (CX) Standard comes in versions for in-house customer service providers, outsourced providers and the vendor-management teams that buy outsourced service. The standards themselves can be downloaded free from COPC; certification is a paid audit.

### Releases
The standard is revised through numbered releases. Under the name **COPC-2000** it ran to Release 4.x (Release 3.2 was in use in 2002; Release 4.3 dates from 2009). Release 5.0 (2011) merged the ordinary and 'Gold' provider standards and dropped the COPC-2000 name; Release 6.0 (2016) introduced the name Customer Experience Standard; Release 7.0 was announced in August 2021; and COPC's site now presents **Release 8.0** (2026), which adds requirements for governing AI and other technology alongside staff. We found no Release 7.1. COPC does not say publicly when certificates to an older release stop counting.

### Cost and time
Only old figures are public, and they differ by source:

- **India, c. 2004:** the bpmwatch article puts the cost at **Rs 20–25 lakh (about $50,000)** and the effort at **about a year**.
- **February 2003:** COPC's chairman Cliff Moore told the IANS news agency (reported by siliconindia) that certification took **12–18 months in the United States** but only **7–8 months in India**.

No current price or timeline is published.

### Renewal
Secondary sources say a certified centre must be **recertified every two years**; COPC's own pages that we read do not state a period.

### Checking a claim
Ask which release of the standard the audit used and which sites and programmes it covered, then confirm with COPC Inc.; there is no public register of certified sites. A claim that still says "COPC-2000" refers to a release from before 2011.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
