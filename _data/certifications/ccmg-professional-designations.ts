import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "ccmg-professional-designations",
  name: "CCMG Professional Designations",
  shortName: "CCMG designations",
  aliases: [
    { name: "Contact Centre Brand Ambassador", kind: "alternative", note: "Designation ID 393." },
    { name: "Contact Centre Support Professional", kind: "alternative", note: "CCSUP, designation ID 394." },
    { name: "Contact Centre Operational Professional", kind: "alternative", note: "Designation ID 395." },
    { name: "Contact Centre Strategic Professional", kind: "alternative", note: "CCStP, designation ID 396." },
    { name: "CCSUP", kind: "abbreviation" },
    { name: "CCStP", kind: "abbreviation" },
  ],
  kind: "individual",
  categories: ["workforce", "customer-experience"],
  issuer: "ccmg",
  website: "http://ccmg.org.za/individual-members/professional-designations",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "All four designations are re-registered with SAQA under decision SAQA 216/22 from 10 May 2022 to 9 May 2027.",
    cite: ["saqa-pd-393", "saqa-pd-394", "saqa-pd-395", "saqa-pd-396"],
  },
  related: ["occupational-certificate-contact-centre-manager", "ccxp"],
  summary: "South Africa's SAQA-registered professional designations for contact-centre staff, awarded by the Contact Centre Management Group (CCMG) from agent to executive level on a registered qualification, experience and in most cases a board exam, and kept through yearly CPD points and membership.",
  history: [
    { date: "2022-05-10", event: "SAQA re-registers the four CCMG designations (decision SAQA 216/22) until 9 May 2027.", cite: ["saqa-pd-393", "saqa-pd-394", "saqa-pd-395", "saqa-pd-396"] },
  ],
  levels: [
    { name: "Contact Centre Brand Ambassador", description: "For contact-centre and BPO agents handling inbound and outbound interactions and back-office tasks.", cite: ["saqa-pd-393", "ccmg-visa", "ccmg-designations"] },
    { name: "Contact Centre Support Professional", description: "CCMG Level 2 (NQF Level 4): team leaders, supervisors, quality assessors and coaches, and contact-centre trainers.", cite: ["ccmg-ccsup", "saqa-pd-394"] },
    { name: "Contact Centre Operational Professional", description: "For contact-centre managers and operational professionals.", cite: ["saqa-pd-395", "ccmg-visa"] },
    { name: "Contact Centre Strategic Professional", description: "CCMG Level 4 (NQF Level 6): directors, executives and senior managers.", cite: ["ccmg-ccstp", "saqa-pd-396"] },
  ],
  cost: {
    status: "published",
    figures: [
      {
        min: 800,
        currency: "ZAR",
        basis: "per-year",
        priceType: "list",
        context: "CCMG individual membership, excluding VAT, for 12 months; membership is needed to hold and keep a designation",
        covers: "membership of the professional body, with access to its knowledge portal and regular events",
        asOf: "2026",
        cite: ["ccmg-how-to-join"],
        note: "Undated page, read in 2026. CCMG says the fees for the designation itself depend on the assessment and are shown when one applies; no amount for the assessment, board exam or designation certificate was found on CCMG's designation, requirement, how-to-join and visa pages or SAQA's designation records (2026).",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P6M", context: "the board exam must be completed within six months of meeting the minimum requirements (Support Professional and Strategic Professional)", asOf: "2026", cite: ["saqa-pd-394", "saqa-pd-396"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { appliesTo: "Contact Centre Support Professional", period: "P1Y", renewal: "Keep to CCMG's code of conduct, pay the annual membership fee and earn CPD points: CCMG's page asks for 25 points a year (75 over three years); SAQA's record says 54 points over three years and 18 a year afterwards.", cite: ["ccmg-ccsup", "saqa-pd-394"] },
      { appliesTo: "Contact Centre Strategic Professional", period: "P1Y", renewal: "Code of conduct, annual membership fee and CPD: 40 points a year (120 over three years) on CCMG's page.", cite: ["ccmg-ccstp", "saqa-pd-396"], note: "SAQA's record prints the CPD figures as '54120' and '1840', apparently running the figures for two levels together." },
    ],
  },
  roles: [
    { role: "contact-centre-agent", stage: "intermediate", credential: "Contact Centre Brand Ambassador", cite: ["ccmg-visa", "saqa-pd-393"], note: "For people who already work as contact-centre or BPO agents, representatives or consultants, including junior quality assessors." },
    { role: "team-leader", stage: "intermediate", credential: "Contact Centre Support Professional", cite: ["ccmg-ccsup", "ccmg-visa"] },
    { role: "quality-analyst", stage: "intermediate", credential: "Contact Centre Support Professional", cite: ["ccmg-ccsup", "ccmg-visa"], note: "CCMG lists contact-centre quality assessors/auditors and quality coaches among the roles for this designation." },
    { role: "trainer", stage: "intermediate", credential: "Contact Centre Support Professional", cite: ["ccmg-ccsup", "ccmg-visa"], note: "CCMG lists contact-centre trainers/facilitators among the roles for this designation." },
    { role: "contact-centre-manager", stage: "intermediate", credential: "Contact Centre Operational Professional", cite: ["saqa-pd-395", "ccmg-visa"] },
    { role: "head-of-customer-operations", stage: "advanced", credential: "Contact Centre Strategic Professional", cite: ["ccmg-ccstp", "saqa-pd-396"] },
  ],
  prerequisites: {
    status: "published",
    items: [
      { type: "education", requirement: "required", text: "National Certificate: Contact Centre Support (Level 2) or National Certificate: Contact Centre and Business Process Outsourcing Support.", appliesTo: "Contact Centre Brand Ambassador", cite: ["saqa-pd-393"] },
      { type: "education", requirement: "required", text: "Further Education and Training Certificate in Contact Centre Operations (NQF Level 4) and/or National Certificate in Contact Centre Operations (NQF Level 4), completed or partly completed, plus a matric certificate or equivalent.", appliesTo: "Contact Centre Support Professional", cite: ["ccmg-ccsup"] },
      { type: "experience", requirement: "required", text: "18 months or more as a Contact Centre Brand Ambassador or equivalent and more than six months of team leading.", years: 1.5, appliesTo: "Contact Centre Support Professional", cite: ["ccmg-ccsup"] },
      { type: "education", requirement: "required", text: "One of: FETC Generic Management (Level 4), FETC Contact Centre Operations (Level 4), National Diploma Contact Centre Management (Level 5) or Diploma in Contact Centre Management (Level 6).", appliesTo: "Contact Centre Operational Professional", cite: ["saqa-pd-395"] },
      { type: "experience", requirement: "required", text: "18 months or more as a team leader or equivalent, or 12 months or more of generic management experience in a contact centre.", appliesTo: "Contact Centre Operational Professional", cite: ["saqa-pd-395"] },
      { type: "education", requirement: "required", text: "A postgraduate qualification in contact-centre management (CCMG); SAQA's record lists the Diploma (Level 6), Advanced Diploma (Level 7) or Postgraduate Diploma (Level 8) in Contact Centre Management.", appliesTo: "Contact Centre Strategic Professional", cite: ["ccmg-ccstp", "saqa-pd-396"] },
      { type: "experience", requirement: "required", text: "Five years' experience as a contact-centre manager or equivalent.", years: 5, appliesTo: "Contact Centre Strategic Professional", cite: ["ccmg-ccstp", "saqa-pd-396"] },
      { type: "membership", requirement: "required", text: "Membership of CCMG, paying the annual membership fee, to hold and keep a designation.", cite: ["saqa-pd-394", "ccmg-visa"] },
    ],
  },
  requirements: [
    { text: "Apply online with supporting documents; after CCMG assesses them it sends an invoice, and once payment is received a board exam is allocated to the applicant's online profile.", cite: ["ccmg-visa"] },
    { text: "Each designation may be awarded through recognition of prior learning (RPL).", cite: ["saqa-pd-394", "saqa-pd-396"] },
  ],
  recognition: [
    { text: "CCMG is the SAQA-recognised professional body for the contact-centre industry (professional body ID 825), and its designations are registered on SAQA's register of professional designations.", cite: ["ccmg-visa", "saqa-pd-394"] },
    { text: "CCMG provides written confirmation for visa applicants that they meet the criteria of skills on South Africa's critical skills list.", cite: ["ccmg-visa"] },
  ],
  regions: ["South Africa"],
  verify: {
    how: "Ask for the CCMG designation certificate and proof of current membership, and confirm with CCMG that the holder is in good standing; SAQA's professional-designation register confirms the designation itself is registered, not who holds it.",
    cite: ["ccmg-visa", "saqa-pd-394"],
    unconfirmed: true,
    note: "No public register of individual designation holders was found on the pages read.",
  },
  disagreements: [
    {
      topic: "CPD points needed to keep the Contact Centre Support Professional designation",
      positions: [
        { claim: "25 CPD points over one year and 75 over three years.", cite: ["ccmg-ccsup"] },
        { claim: "A minimum of 54 CPD points over three years and 18 per annum afterwards.", cite: ["saqa-pd-394"] },
      ],
      note: "Both are undated; check with CCMG which applies.",
    },
    {
      topic: "Experience and assessment for the Contact Centre Support Professional designation",
      positions: [
        { claim: "More than one year as a contact-centre brand ambassador and six months' team leading, and a board exam within six months of meeting the requirements.", cite: ["saqa-pd-394"] },
        { claim: "18 months or more as a brand ambassador or equivalent and more than six months of team leading.", cite: ["ccmg-ccsup"] },
      ],
      note: "Copies of the SAQA record read at different times also differ: one asks for 18 months as an agent and no competency assessment.",
    },
  ],
  sources: [
    { id: "saqa-pd-393", url: "https://pbdesig.saqa.org.za/viewProfessionalDesignation.php?id=393", title: "Professional Designation: Contact Centre Brand Ambassador (ID 393)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
    { id: "saqa-pd-394", url: "https://pbdesig.saqa.org.za/viewProfessionalDesignation.php?id=394", title: "Professional Designation: Contact Centre Support Professional (ID 394)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30", note: "Copies of this record read at different times differ in the experience and assessment they ask for." },
    { id: "saqa-pd-395", url: "https://pbdesig.saqa.org.za/viewProfessionalDesignation.php?id=395", title: "Professional Designation: Contact Centre Operational Professional (ID 395)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
    { id: "saqa-pd-396", url: "https://pbdesig.saqa.org.za/viewProfessionalDesignation.php?id=396", title: "Professional Designation: Contact Centre Strategic Professional (ID 396)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
    { id: "ccmg-ccsup", url: "https://www.ccmg.org.za/page/CCSUP", title: "Contact Centre Support Professional (CCSUP): Requirements & CPD Plan", publisher: "CCMG", kind: "issuer", accessed: "2026-11-30" },
    { id: "ccmg-ccstp", url: "https://www.ccmg.org.za/page/CCStP", title: "Contact Centre Strategic Professional (CCStP): Requirements & CPD Plan", publisher: "CCMG", kind: "issuer", accessed: "2026-11-30" },
    { id: "ccmg-visa", url: "https://www.ccmg.org.za/individual-members/visa", title: "Visa applications", publisher: "CCMG", kind: "issuer", accessed: "2026-11-30" },
    { id: "ccmg-how-to-join", url: "https://www.ccmg.org.za/individual-members/how-to-join", title: "How to Join the CCMG", publisher: "CCMG", kind: "issuer", accessed: "2026-11-30" },
    { id: "ccmg-designations", url: "http://ccmg.org.za/individual-members/professional-designations", title: "Professional Designations", publisher: "CCMG", kind: "issuer", accessed: "2026-11-30" },
  ],
  description: `The **Contact Centre Management Group (CCMG)** is the SAQA-recognised professional body for South Africa's contact-centre industry. It awards four **professional designations**, each registered with the South African Qualifications Authority. A designation is not a course: it recognises a registered qualification plus workplace experience, usually tested by a board exam, and is held while the person stays a member in good standing.

### The four designations
- **Contact Centre Brand Ambassador** for agents, representatives and consultants, including junior quality assessors.
- **Contact Centre Support Professional** for team leaders, supervisors, quality assessors and coaches, and contact-centre trainers. It asks for an NQF Level 4 contact-centre qualification, a matric certificate, 18 months as an agent and six months' team leading.
- **Contact Centre Operational Professional** for managers, with a management or contact-centre qualification and team-leading or management experience.
- **Contact Centre Strategic Professional** for directors and executives, with a postgraduate contact-centre management qualification and five years as a manager.

### Applying
Applicants upload their documents; CCMG assesses them, invoices, and then allocates a board exam. Individual membership costs R800 a year excluding VAT; the designation fees depend on the assessment and are shown only on application.

### Keeping it
Holders follow CCMG's code of conduct, pay the annual membership fee and earn CPD points each year. CCMG's own pages and SAQA's records give different point totals; see the disagreements.

### Checking a claim
Ask for the designation certificate and proof of membership, and confirm good standing with CCMG; no public register of holders was found.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
