import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "occupational-certificate-contact-centre-manager",
  name: "Occupational Certificate: Contact Centre Manager",
  aliases: [
    { name: "QCTO Contact Centre Manager", kind: "alternative" },
    { name: "SAQA 99687", kind: "alternative", note: "Its SAQA qualification ID." },
    { name: "Contact Centre Manager occupational qualification", kind: "alternative" },
  ],
  kind: "individual",
  categories: ["workforce"],
  issuer: "qcto",
  website: "https://allqs.saqa.org.za/showQualification.php?id=99687",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "SAQA lists it as re-registered (decision EXCO 0425/24) until 30 December 2025, with enrolment allowed until 30 December 2026 and achievement until 30 December 2029; no replacement qualification is named.",
    cite: ["saqa-99687"],
  },
  related: ["ccmg-professional-designations"],
  summary: "South Africa's national occupational qualification for contact-centre managers (NQF Level 5, 285 credits), developed with the Services SETA and certified by the QCTO after an external integrated summative assessment; it is a qualification, not a renewable certification.",
  history: [
    { date: "2010", event: "The Quality Council for Trades and Occupations (QCTO), which certifies occupational qualifications, is established under the Skills Development Act.", cite: ["vitalonline-qcto"] },
    { date: "2018-07-01", event: "The Occupational Certificate: Contact Centre Manager is registered on the Occupational Qualifications Sub-Framework, originally until 30 June 2023.", cite: ["saqa-99687"], note: "An earlier copy of the SAQA page showed registration from 2018-07-01 to 2023-06-30 (decision SAQA 06120/18)." },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      {
        min: 141,
        currency: "ZAR",
        basis: "per-person",
        priceType: "list",
        context: "QCTO certification fee for an occupational certificate, first issue or replacement; it applies to every QCTO occupational certificate, not to this one only",
        covers: "issuing the certificate only, not training or the external assessment",
        asOf: "2023",
        cite: ["inseta-aqp-certification"],
        note: "The QCTO's fee as published on INSETA's assessment-quality-partner page ('Certification Fees 2023 2024 First Issues and Replacements R141 R149').",
      },
      {
        min: 149,
        currency: "ZAR",
        basis: "per-person",
        priceType: "list",
        context: "QCTO certification fee for an occupational certificate, first issue or replacement; it applies to every QCTO occupational certificate, not to this one only",
        covers: "issuing the certificate only, not training or the external assessment",
        asOf: "2024",
        cite: ["inseta-aqp-certification"],
        note: "No training provider's programme fee or EISA fee for this qualification was found: looked at SAQA's qualification record, Shuttleworth Academy's and Advanced Assessments' course pages, QCTO descriptions from INSETA, PCITA and other providers, and Services SETA discretionary-grant calls, which give no amount for this qualification (2026).",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      {
        min: "P18M",
        context: "programme length stated by Shuttleworth Academy, a training provider",
        asOf: "2026",
        cite: ["shuttleworth-occm"],
        note: "Undated page, read in 2026.",
      },
      {
        min: "P2Y",
        context: "programme length stated by Advanced Assessments, a training provider ('covered over a period of two years')",
        asOf: "2026",
        cite: ["advancedassessments-99687"],
        note: "Undated page, read in 2026. SAQA gives 285 credits but, in the text read, no notional hours or duration.",
      },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Occupational certificate (a registered qualification)",
        lifetime: true,
        renewal: "Nothing to renew: a qualification once gained is not lost, though employers may ask whether its content is still current.",
        cite: ["safetcon-expiry"],
        unconfirmed: true,
        note: "A South African training provider's general statement about qualifications and credits ('You can never lose your qualification and credits'), not a statement by the QCTO or SAQA about this qualification. SAQA's record gives dates for registration, enrolment and achievement of the qualification, not a term for a holder's certificate.",
      },
    ],
  },
  roles: [
    { role: "contact-centre-manager", stage: "entry", cite: ["saqa-99687"], note: "SAQA: its purpose is 'to prepare a learner to operate as a Contact Centre Manager', who manages and optimises contact centre operations, including costs." },
  ],
  prerequisites: {
    status: "none-published",
    note: "The entry requirements were not in the text of the SAQA record read; QCTO qualifications require completed knowledge, practical and workplace modules with an accredited provider before the EISA.",
    cite: ["dejongh-qcto"],
  },
  requirements: [
    { text: "Learners complete the knowledge, practical-skills and workplace-experience components with a QCTO-accredited skills development provider, which issues a Statement of Results admitting them to the EISA.", cite: ["dejongh-qcto", "vitalonline-qcto"] },
    { text: "The External Integrated Summative Assessment (EISA) is a single national assessment, managed by the qualification's assessment quality partner appointed by the QCTO; passing it leads to the QCTO Occupational Certificate.", cite: ["acrp-aqp", "inseta-oq"] },
    { text: "Qualification profile: Occupational Certificate, OQSF, NQF Level 5, minimum 285 credits, Field 11 Services (Consumer Services); originator: Development Quality Partner – Services SETA.", cite: ["saqa-99687"] },
  ],
  recognition: [
    { text: "CCMG, South Africa's contact-centre professional body, builds its designations on registered contact-centre qualifications such as the National Diploma: Contact Centre Management (SAQA 21792).", cite: ["saqa-pd-395"] },
    { text: "The older, unit-standards-based National Diploma: Contact Centre Management (SAQA 21792, NQF Level 5, 241 credits, quality assured by the Services SETA) passed its registration end date on 30 June 2023; enrolment closed on 30 June 2024 and achievement is allowed until 30 June 2028.", cite: ["saqa-21792"] },
  ],
  regions: ["South Africa"],
  verify: {
    how: "Ask for the QCTO Occupational Certificate and the learner's statement of results, and confirm with the QCTO, which certifies occupational qualifications.",
    cite: ["pcita-qcto"],
    unconfirmed: true,
    note: "No public lookup of certificate holders was found on the pages read.",
  },
  disagreements: [],
  sources: [
    { id: "saqa-99687", url: "https://allqs.saqa.org.za/showQualification.php?id=99687", title: "Occupational Certificate: Contact Centre Manager (SAQA Qual ID 99687)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30", note: "The register page has changed over time: an earlier copy showed registration ending 2023-06-30, the current one re-registration to 2025-12-30." },
    { id: "saqa-21792", url: "https://regqs.saqa.org.za/showQualification.php?id=21792", title: "National Diploma: Contact Centre Management (SAQA Qual ID 21792)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
    { id: "saqa-pd-395", url: "https://pbdesig.saqa.org.za/viewProfessionalDesignation.php?id=395", title: "Professional Designation: Contact Centre Operational Professional (ID 395)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
    { id: "vitalonline-qcto", url: "https://www.vitalonline.co.za/tbuilder-layout/career-choosing/", title: "Frequently Asked Questions about the QCTO", publisher: "Vital Online", kind: "consultancy", accessed: "2026-11-30" },
    { id: "pcita-qcto", url: "https://www.pcita.org.za/qcto/", title: "Quality Council for Trades & Occupation", publisher: "PCITA", kind: "consultancy", accessed: "2026-11-30" },
    { id: "inseta-oq", url: "https://www.inseta.org.za/occupational-qualifications/", title: "Occupational Qualifications", publisher: "Insurance Sector Education and Training Authority (INSETA)", kind: "government", accessed: "2026-11-30" },
    { id: "acrp-aqp", url: "https://www.acrp.org.za/training/acrp-as-qcto-aqp/assessment-of-occupational-qualifications", title: "Assessment of occupational qualifications", publisher: "ACRP", kind: "consultancy", accessed: "2026-11-30" },
    { id: "dejongh-qcto", url: "https://www.dejongh.co.za/understanding-terminology-qualification/", title: "Understanding terminology: qualifications", publisher: "De Jongh", kind: "consultancy", accessed: "2026-11-30" },
    { id: "inseta-aqp-certification", url: "https://aqp.inseta.org.za/certification.html", title: "Certification", publisher: "Insurance Sector Education and Training Authority (INSETA), assessment quality partner", kind: "government", accessed: "2026-11-30", note: "Gives the QCTO's certification fees for 2023 and 2024." },
    { id: "shuttleworth-occm", url: "https://shuttleworthacademy.com/events/occupational-certificate-contact-centre-manager-2/", title: "Occupational Certificate: Contact Centre Manager", publisher: "Shuttleworth Academy", kind: "consultancy", accessed: "2026-11-30" },
    { id: "advancedassessments-99687", url: "https://advancedassessments.co.za/qcto-saqa-id99687", title: "SAQA ID: 99687 OC: Contact Centre Manager", publisher: "Advanced Assessments", kind: "consultancy", accessed: "2026-11-30" },
    { id: "safetcon-expiry", url: "http://safetcon.co.za/newsletters.html", title: "Newsletters: Expiry Dates on Certificates", publisher: "Safetcon", kind: "consultancy", accessed: "2026-11-30", note: "A training provider's newsletter about expiry dates on training certificates in general." },
  ],
  description: `The **Occupational Certificate: Contact Centre Manager** is a South African national qualification for people who run, or are preparing to run, a contact centre. It sits at NQF Level 5 on the Occupational Qualifications Sub-Framework, carries 285 credits and was developed with the Services SETA as development quality partner. Its stated purpose is to prepare a learner to operate as a contact centre manager who manages and optimises contact-centre operations, including their costs.

### What it is
This is a **qualification**, not a renewable certification. Learners complete knowledge, practical and workplace modules with an accredited provider and then sit the **External Integrated Summative Assessment (EISA)**, a single national assessment. Those who pass receive a certificate from the Quality Council for Trades and Occupations (QCTO). No source read says the certificate expires, and a training provider notes that a qualification once gained is not lost.

### Status
SAQA registered it from 1 July 2018. Its current record shows re-registration to 30 December 2025, with new enrolments allowed until 30 December 2026 and achievement until 30 December 2029. It has no named replacement, so it is still open to new learners in late 2026.

### Cost and time
Providers set their own prices, and no provider's fee was found. The QCTO charges a small fee to issue the certificate (R149 in 2024). Providers describe the programme as taking 18 months or two years.

### Related credentials
South Africa's contact-centre professional body, CCMG, awards professional designations that build on registered contact-centre qualifications. The older National Diploma: Contact Centre Management (SAQA 21792) is closed to new learners.

### Checking a claim
Ask for the QCTO certificate and statement of results, and confirm with the QCTO.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
