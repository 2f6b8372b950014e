import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "icss",
  name: "International Customer Service Standard",
  shortName: "ICSS",
  aliases: [
    { name: "ICSS", kind: "abbreviation" },
    { name: "Certified Customer Service Organisation", kind: "alternative", note: "The title and logo that certified organisations may use." },
    { name: "CSIA certification", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["customer-experience", "quality-management"],
  issuer: "csia",
  website: "https://www.csia.com.au/icss-certification",
  assurance: "certification",
  status: "active",
  statusDetail: { note: "CSIA's website offers certification against the current edition, ICSS: 2020-2025.", cite: ["csia-icss-cert"] },
  related: ["customer-service-excellence", "servicemark", "iso-18295-1", "iso-10002"],
  summary: "A customer-service management standard, built on the balanced scorecard, against which the Customer Service Institute of Australia (and the Customer Service Institute of America in the US) certify whole organisations. Despite its name it is not an ISO standard.",
  history: [
    { date: "1997", event: "The International Customer Service Standard is developed, based on the balanced-scorecard method; the Customer Service Institute of Australia is established in the same year.", cite: ["csiamerica-what-is", "lgfocus-melville"] },
    {
      date: "2009-05-01",
      event: "The City of Melville in Western Australia is reported certified by CSIA against ICSS 2003–2006 after a two-day on-site assessment.",
      cite: ["lgfocus-melville"],
      note: "The date is the report's; the City's own 2018 news release says it has been certified against the standard since 2008.",
    },
    { date: "2017-05-11", event: "The City of Melville is reported reaccredited against ICSS: 2015-2020 with an \"outstanding\" rating; its mayor says CSIA found it scoring better than any other organisation assessed against the updated edition.", cite: ["lgfocus-melville-2017"] },
    { date: "2018-11-13", event: "The City of Melville's news release names ICSS:2015-2020, \"a framework of 27 specific measures\", as the basis of the Australian Service Excellence Awards' selection criteria.", cite: ["melville-2018"] },
    { date: "2020", event: "The edition ICSS: 2020-2025 comes into use, with 24 elements under four perspectives.", cite: ["csia-icss-cert"], unconfirmed: true, note: "The year is taken from the edition's name; no publication date was found." },
  ],
  levels: [],
  cost: {
    status: "not-published",
    note: "Looked at CSIA's certification pages (current and older), its ICSS self-assessment guide (as a copy), its November 2007 journal, the Customer Service Institute of America's ICSS and certification pages, the ICCSO standards page, the 2009 report on the City of Melville's certification and searches for council papers recording a CSIA certification payment (2026); none gives a fee for assessment or certification.",
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P2D", context: "on-site assessment by a CSIA team at the City of Melville, after review of the council's self-assessment workbook", asOf: "2009", cite: ["lgfocus-melville"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certified Customer Service Organisation logo",
        period: "P1Y",
        renewal: "After one year the organisation must be re-certified; certification involves annual audits to the ICSS.",
        cite: ["csiamerica-certified"],
        note: "Stated on the Customer Service Institute of America's site, in text that also refers to CSIA and to Australian states and territories.",
      },
    ],
  },
  editions: [
    {
      id: "2003-2006",
      name: "ICSS 2003–2006",
      claims: ["International Customer Service Standard 2003-2006"],
      published: "2003",
      validUntil: { status: "not-published", note: "No end date or transition rule found on CSIA's or the Customer Service Institute of America's pages, or in press reports." },
      cite: ["lgfocus-melville"],
      unconfirmed: true,
      note: "Known from the City of Melville's 2009 certification; the year is taken from the edition's name. Editions between 2006 and 2015 may exist but are not documented in our sources.",
    },
    {
      id: "2015-2020",
      name: "ICSS:2015-2020",
      claims: ["ICSS 2015-2020", "International Customer Service Standard 2015-2020"],
      published: "2015",
      validUntil: { status: "not-published", note: "Followed by ICSS: 2020-2025; no end date or transition rule found." },
      cite: ["lgfocus-melville-2017", "melville-2018"],
      unconfirmed: true,
      note: "Known from the City of Melville's reaccreditation against it, reported in May 2017, and its 2018 news release, which describes it as 27 specific measures; the year is taken from the edition's name.",
    },
    {
      id: "2020-2025",
      name: "ICSS: 2020-2025",
      claims: ["International Customer Service Standard 2020-2025"],
      published: "2020",
      cite: ["csia-icss-cert"],
      unconfirmed: true,
      note: "CSIA calls it the current standard; the year is taken from the edition's name. We found no successor edition for 2026 onwards.",
    },
  ],
  requirements: [
    { text: "ICSS: 2020-2025 has 24 elements grouped under four perspectives: a learning and growth perspective and an operational perspective, plus two that ask how the organisation delivers high-quality customer service and how customer service affects business performance.", cite: ["csia-icss-cert"] },
    { text: "Each of the 24 attributes is scored on a 0–10 scale across three metrics, starting with evidence that it is to be addressed in the current or next business-planning phase and evidence that it has been addressed.", cite: ["csia-icss-cert"] },
    { text: "The organisation first completes a self-assessment against the standard; CSIA assessors then review it and visit on site, interviewing staff at several locations.", cite: ["lgfocus-melville", "csia-icss-cert"] },
    { text: "Organisations with offices in more than one Australian state or territory must certify the main office in each; autonomous divisions can be certified separately.", cite: ["csiamerica-certified"] },
  ],
  recognition: [
    { text: "The standard applies to for-profit, government and not-for-profit organisations alike; Australian local councils such as the City of Melville have been certified.", cite: ["csia-icss-old", "lgfocus-melville"] },
    { text: "ICSS is maintained under the International Council of Customer Service Organizations, which its member institutes describe as accrediting organisations to it and revising it.", cite: ["csiamerica-what-is"] },
  ],
  regions: ["Australia", "United States"],
  verify: {
    how: "Ask the organisation for its CSIA (or Customer Service Institute of America) certificate, the edition of the ICSS it was assessed against (for example ICSS: 2020-2025), the date and the offices covered, and confirm with the issuing institute. Certification lasts one year, so check that it has been renewed.",
    cite: ["csiamerica-certified", "csia-icss-cert"],
    unconfirmed: true,
    note: "We found no public register of certified organisations.",
  },
  disagreements: [],
  sources: [
    { id: "csia-icss-cert", url: "https://www.csia.com.au/icss-certification", title: "Become a Certified Customer Service Organisation", publisher: "Customer Service Institute of Australia", kind: "issuer", accessed: "2026-11-30" },
    { id: "csia-icss-old", url: "http://www.csia.com.au/service-standards-iccs-certification/icss", title: "The International Customer Service Standard (ICSS)", publisher: "Customer Service Institute of Australia", kind: "issuer", accessed: "2026-11-30", note: "An older page of CSIA's site." },
    { id: "csiamerica-certified", url: "http://www.serviceinstitute.com/certified.htm", title: "Becoming certified to the International Customer Service Standard", publisher: "Customer Service Institute of America", kind: "certification-body", accessed: "2026-11-30", note: "An older page; its text also names CSIA and refers to Australian states and territories." },
    { id: "csiamerica-what-is", url: "https://www.serviceinstitute.com/international-customer-service-standard/what-is-the-international-customer-service-standard/", title: "What is the International Customer Service Standard?", publisher: "Customer Service Institute of America", kind: "certification-body", accessed: "2026-11-30" },
    { id: "melville-2018", url: "https://www.melvillecity.com.au/our-city/news/latest-news/2018/november/melville-recognised-nationally-for-great-customer", title: "Melville Recognised Nationally for Great Customer Service", publisher: "City of Melville", kind: "government", published: "2018-11-13", accessed: "2026-11-30" },
    { id: "lgfocus-melville-2017", url: "https://lgfocus.com.au/news/2017/05/11/outstanding-customer-service/", title: "Outstanding customer service", publisher: "LG Focus", kind: "press", published: "2017-05-11", accessed: "2026-11-30" },
    { id: "lgfocus-melville", url: "https://lgfocus.com.au/news/2009/05/01/melville-achieves-customer-service-accreditation/", title: "Melville achieves customer service accreditation", publisher: "LG Focus", kind: "press", published: "2009-05-01", accessed: "2026-11-30" },
  ],
  description: `The **International Customer Service Standard (ICSS)** is a standard for how an organisation manages customer service as a whole: its strategy, structure, systems, people and processes. It was developed in 1997 on the balanced-scorecard model. In Australia, the Customer Service Institute of Australia (CSIA) certifies organisations against it; in the United States the Customer Service Institute of America does the same. The standard is maintained under the International Council of Customer Service Organizations. Despite the word "international", it is **not an ISO standard**, and no accreditation body stands behind it. The institutes that certify against it also maintain it.

### What is assessed
The current edition, **ICSS: 2020-2025**, has 24 elements in four perspectives, from learning and growth and day-to-day operations to service quality and its effect on business performance. Assessors score each element from 0 to 10 on three metrics, starting with whether it is planned and whether it has been addressed. An organisation first assesses itself. CSIA's assessors then review the self-assessment, visit on site and interview staff. For one Australian council in 2009 the on-site part took two days.

### Cost and validity
No fee is published. Certified organisations may use the "Certified Customer Service Organization" logo for **one year**, after which they must be re-certified.

### Editions
Editions are named by the years they cover. ICSS 2003–2006 was in use in 2009, and ICSS:2015-2020, with 27 measures, in 2017 and 2018; ICSS: 2020-2025, with 24 elements, is current. We found no edition for 2026 onwards yet, nor rules for moving between editions.

### Checking a claim
Ask which edition and offices the certificate covers and when it was issued, and confirm with the institute that issued it.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
