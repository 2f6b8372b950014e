import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-iec-27701",
  name: "ISO/IEC 27701 Privacy information management systems – Requirements and guidance",
  shortName: "ISO/IEC 27701",
  aliases: [
    { name: "ISO 27701", kind: "abbreviation" },
    { name: "ISO/IEC 27701:2025", kind: "alternative", note: "The current, stand-alone edition." },
    { name: "ISO/IEC 27701:2019", kind: "former-name", note: "The first edition, an extension to ISO/IEC 27001 and 27002." },
    { name: "Extension to ISO/IEC 27001 and ISO/IEC 27002 for privacy information management", kind: "former-name", note: "Part of the 2019 edition's title." },
    { name: "PIMS certification", kind: "alternative", note: "Privacy Information Management System." },
  ],
  kind: "organisation",
  categories: ["information-security"],
  issuer: "iso",
  assurance: "certification",
  status: "active",
  related: ["iso-iec-27001", "iso-iec-27002", "soc-2"],
  summary: "The certifiable international standard for a privacy information management system, for organisations that control or process personal data; the 2019 edition could only be certified on top of ISO/IEC 27001, the 2025 edition stands alone.",
  history: [
    { start: true, date: "2019-08-06", event: "ISO and IEC publish ISO/IEC 27701:2019, an extension to ISO/IEC 27001 and ISO/IEC 27002 for privacy information management, with a mapping to the EU General Data Protection Regulation; it is the first ISO standard to reference an external regulation of this kind.", cite: ["ccinsights-2019", "isoreg-27701"] },
    { date: "2025-10", event: "The second edition, ISO/IEC 27701:2025, is published as a stand-alone management-system standard that no longer depends on ISO/IEC 27001; conformity is certified under ISO/IEC 27706.", cite: ["iso27001security-27701", "wikipedia-27701"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Looked at certification bodies' and consultancies' ISO/IEC 27701 guides (Glocert International, MSECB, DQS, QMS Cert, Pacific Certifications, Scrut, CertiKit, Bastion, Vanta, Cranium, SecComply, PrecisionTech, Dipeeo), Dutch and Indian pages on ISO certification costs, and searched for certification bodies' price pages and day rates naming ISO/IEC 27701 (2026). None of the pages read states a fee, a day rate or a typical cost range for ISO/IEC 27701; pages titled as giving costs (Scrut, Dipeeo) showed no figure in the text we could read. Unattributed content-farm articles and a page on a vercel.app host were not used." },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P6M", max: "P9M", context: "typical time to ISO/IEC 27701:2019 certification for an organisation that already has ISO/IEC 27001, per an Indian consultancy's PIMS certification page", asOf: "2026", cite: ["precisiontech-27701"], note: "Undated page, read in 2026; the figure is shown as \"6–9 Months (existing 27001)\". No source read gives a duration for organisations without ISO/IEC 27001 or for the 2025 edition. Also looked at Glocert International, MSECB, DQS, Scrut, CertiKit, Bastion, Vanta and Cranium (2026), which give none." },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { appliesTo: "Certificate", period: "P3Y", renewal: "A three-year cycle: initial certification (stage 1 and stage 2), surveillance audits in the second and third years, and recertification. Under the 2019 edition it is issued as an extension of the ISO/IEC 27001 certificate, with the same expiry, and audits are usually held together.", cite: ["glocert-27701", "bastion-27701"] },
    ],
  },
  editions: [
    {
      id: "2019",
      name: "ISO/IEC 27701:2019",
      claims: ["ISO 27701:2019", "27701:2019", "ISO27701:2019"],
      published: "2019-08-06",
      validUntil: { status: "not-published", note: "Looked for a transition period from the 2019 to the 2025 edition (IAF and Global Accreditation Cooperation news, UKAS's transitions page, certification bodies' 27701 pages, 2026); none of the sources read states when 2019-edition certificates stop being valid." },
      cite: ["ccinsights-2019", "isoreg-27701", "msecb-27701"],
      note: "An extension to ISO/IEC 27001 and 27002: certification was only possible together with, or on top of, an ISO/IEC 27001 certificate.",
    },
    {
      id: "2025",
      name: "ISO/IEC 27701:2025",
      claims: ["ISO 27701:2025", "27701:2025", "ISO27701:2025"],
      published: "2025-10",
      cite: ["iso27001security-27701", "wikipedia-27701"],
      note: "Second edition, titled Information security, cybersecurity and privacy protection – Privacy information management systems – Requirements and guidance; a stand-alone management system.",
    },
  ],
  requirements: [
    { text: "Under the 2019 edition, certification to ISO/IEC 27701 is always linked to ISO/IEC 27001: it is added to an existing ISO/IEC 27001 certificate or obtained at the same time, and the management system must conform to both.", cite: ["msecb-27701", "glocert-27701"] },
    { text: "The organisation must determine whether it acts as a PII controller, a PII processor or both; separate sets of controls apply to controllers and to processors.", cite: ["certikit-27701", "isoreg-27701"] },
    { text: "The 2025 edition has its own full set of management-system clauses (4–10) for privacy and can be implemented and certified without ISO/IEC 27001, though it can still be integrated with an information security management system.", cite: ["wikipedia-27701", "iso27001security-27701"] },
    { text: "The standard helps show compliance with privacy laws such as the GDPR but does not by itself guarantee legal compliance.", cite: ["isoreg-27701"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the certificate and check: the edition (2019 or 2025); for a 2019-edition certificate, the ISO/IEC 27001 certificate it extends, with the same scope and expiry; whether the organisation is certified as a PII controller, a processor or both (a contact centre handling your customers' data is normally your processor); the scope (sites, services and systems); the certification body and its accreditation; and the expiry date. Confirm it in the certification body's own register.",
    cite: ["glocert-27701", "msecb-27701", "certikit-27701"],
  },
  disagreements: [],
  sources: [
    { id: "ccinsights-2019", url: "https://www.corporatecomplianceinsights.com/iso-27701-gdpr-certification/", title: "ISO 27701 and GDPR certification", publisher: "Corporate Compliance Insights", kind: "press", published: "2019", accessed: "2026-11-30", note: "Article by David Forman of Coalfire." },
    { id: "isoreg-27701", url: "https://isoreg.org/sqa/27701.html", title: "Introduction of Privacy Information Management System", publisher: "ISOREG", kind: "certification-body", accessed: "2026-11-30" },
    { id: "msecb-27701", url: "https://msecb.com/?p=38270", title: "Get Ready for ISO/IEC 27701: Auditor's Ultimate Guide", publisher: "MSECB", kind: "certification-body", accessed: "2026-11-30" },
    { id: "glocert-27701", url: "https://www.glocertinternational.com/resources/guides/iso-27701-certification-audit-process", title: "ISO 27701 certification audit process", publisher: "GlocertInternational", kind: "certification-body", accessed: "2026-11-30" },
    { id: "bastion-27701", url: "https://bastion.tech/learn/iso27701/iso-27701-and-iso-27001", title: "ISO 27701 and ISO 27001: Understanding the Relationship", publisher: "Bastion", kind: "consultancy", accessed: "2026-11-30" },
    { id: "certikit-27701", url: "https://certikit.com/the-iso27701-standard-explained", title: "The ISO27701 standard explained", publisher: "CertiKit", kind: "consultancy", accessed: "2026-11-30" },
    { id: "precisiontech-27701", url: "https://precisiontech.in/certifications/iso-27701-2019", title: "ISO/IEC 27701:2019 Privacy Information Management System — India's Most Comprehensive PIMS Certification Consulting", publisher: "PrecisionTech (PRECISION e-Technologies Pvt Ltd)", kind: "consultancy", accessed: "2026-11-30", note: "An Indian consultancy's service page; undated." },
    { id: "iso27001security-27701", url: "https://www.iso27001security.com/html/27701.html", title: "ISO/IEC 27701", publisher: "ISO27001security.com", kind: "reference", accessed: "2026-11-30" },
    { id: "wikipedia-27701", url: "https://en.wikipedia.org/wiki/ISO/IEC_27701", title: "ISO/IEC 27701", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
  ],
  description: `ISO/IEC 27701 sets the requirements for a **privacy information management system** (PIMS): how an organisation that collects or processes personal data (personally identifiable information, PII) decides its role as controller or processor, assesses privacy risks, applies controls, and keeps the system under review and audit. For a contact centre, which usually processes its clients' customers' data, it is a way to show a client, and through the client a regulator, how personal data is handled on the client's behalf.

### Two editions
The **2019 edition** (published 6 August 2019) was written as an extension to ISO/IEC 27001 and ISO/IEC 27002 and included a mapping to the EU GDPR. It could not be certified alone: the certificate was always tied to an ISO/IEC 27001 certificate. The **2025 edition** (October 2025) turned it into a stand-alone management-system standard with its own clauses, certifiable under ISO/IEC 27706, though it can still be run together with an ISO/IEC 27001 system. No source read gives the end of the transition for 2019-edition certificates.

### What it proves, and what it does not
A certificate shows that an accredited auditor found a working privacy management system within the stated scope. It is not a GDPR certification and does not prove that every processing activity is lawful; check the scope, the controller or processor role, and the edition.

### Cost and time
No certification body's price and no typical cost range were found. One Indian consultancy puts certification at six to nine months for an organisation that already holds ISO/IEC 27001; no source read gives a figure for organisations starting without it.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
