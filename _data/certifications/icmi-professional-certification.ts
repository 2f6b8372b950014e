import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "icmi-professional-certification",
  name: "ICMI Professional Certification",
  shortName: "ICMI Certification",
  aliases: [
    { name: "ICMI", kind: "abbreviation", note: "International Customer Management Institute, formerly the Incoming Calls Management Institute." },
    { name: "ICMI Certified", kind: "alternative", note: "How holders often write it on a CV." },
    { name: "ICMI-Certified Strategic Leader (CCSL)", kind: "alternative", note: "One of the four designations." },
    { name: "ICMI-Certified Operations Manager (CCOM)", kind: "alternative", note: "One of the four designations." },
    { name: "ICMI-CCSL", kind: "abbreviation" },
    { name: "ICMI-CCOM", kind: "abbreviation" },
    { name: "CIAC Certification", kind: "former-name", note: "The designations were first awarded as CIAC certification by the Call Center Industry Advisory Council." },
  ],
  kind: "individual",
  categories: ["workforce"],
  issuer: "icmi",
  website: "http://www.icmi.com/Certification/What-Youll-Learn",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "ICMI's certification pages describe the programme and its three-yearly recertification; they are undated, and we found no dated announcement that the programme is still taking new candidates.",
    cite: ["icmi-learn", "icmi-pa"],
    unconfirmed: true,
  },
  supersedes: ["ciac-certification"],
  related: ["hdi-professional-certifications", "ccxp", "copc-cx-standard"],
  summary: "ICMI's competency-based certification for contact-centre leaders, managers and consultants, which carries on the designations first awarded as CIAC certification.",
  history: [
    { date: "2011-05", event: "ICMI describes its Professional Certification courses, in which candidates work through the CIAC standards while preparing for testing.", cite: ["icmi-2011"] },
    { date: "2018", event: "ICMI's competencies document lists four designations: Strategic Leader, Operations Manager, Management Consultant and Management Partner.", cite: ["icmi-competencies"], note: "2018 is the date the copy we read was uploaded; the document itself is undated." },
  ],
  levels: [
    { name: "ICMI-Certified Operations Manager (CCOM)", description: "Contact-centre operations management.", cite: ["icmi-competencies", "icmi-learn"] },
    { name: "ICMI-Certified Strategic Leader (CCSL)", description: "Contact-centre strategic management.", cite: ["icmi-competencies", "icmi-learn"] },
    { name: "ICMI-Certified Management Consultant (CCMC)", description: "Consultants to contact centres.", cite: ["icmi-competencies"] },
    { name: "ICMI-Certified Management Partner (CCMP)", description: "Contact-centre management partner role.", cite: ["icmi-competencies"] },
  ],
  cost: { status: "not-published", note: "No price for the certification, its courses or its assessments was found. Looked at ICMI's certification pages (What You'll Learn, Performance Assessment), its training cancellation-policy page, its 2011 article on certification and press pages on icmi.com, the WFM Labs wiki page on ICMI, and searched for training providers', universities' and government grant listings (SkillsFuture, GI Bill) of ICMI certification fees (2026)." },
  timeToAchieve: {
    status: "published",
    figures: [
      {
        min: "P8W",
        context: "Performance Assessment only (Strategic Leader, Operations Manager and Management Consultant candidates): the time permitted to complete it",
        asOf: "2026",
        cite: ["icmi-pa"],
        note: "ICMI writes 'Eight weeks (60 business days)'; the two measures do not match, so the first is shown as written. The page is undated (read in 2026). No total time for the whole certification, and no course or assessment length, was found on ICMI's certification pages or in its 2011 article.",
      },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        period: "P3Y",
        renewal: "Recertification every three years, including an essay on how the holder has applied what they learned.",
        cite: ["icmi-learn"],
      },
    ],
  },
  roles: [
    { role: "contact-centre-manager", stage: "intermediate", credential: "ICMI-Certified Operations Manager (CCOM)", cite: ["icmi-learn", "icmi-competencies"], note: "ICMI says the competencies apply to contact-centre strategic leaders and operations managers." },
    { role: "head-of-customer-operations", stage: "advanced", credential: "ICMI-Certified Strategic Leader (CCSL)", cite: ["icmi-learn", "icmi-competencies"] },
  ],
  prerequisites: {
    status: "none-published",
    note: "ICMI's pages we read list no entry requirement. Its forerunner, CIAC certification, asked for at least a year in the role for the Strategic Leader and Operations Manager designations; whether ICMI kept that rule is not stated.",
  },
  requirements: [
    { text: "Competencies are grouped in four domains of contact-centre management: leadership, people, customers, and operations (and technology).", cite: ["icmi-learn", "icmi-competencies"] },
    { text: "Training and testing focus on applying knowledge in a real contact centre, not only on recalling it.", cite: ["icmi-learn"] },
    { text: "Candidates for the Strategic Leader, Operations Manager and Management Consultant designations complete a Performance Assessment: a review of their own contact centre and a Performance Optimization Plan, submitted to ICMI within eight weeks (60 business days).", cite: ["icmi-pa"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Ask the holder for the certificate, the designation (CCSL, CCOM, CCMC or CCMP) and the date of award or last recertification; it should have been renewed within the last three years. Ask ICMI to confirm the certificate if the date or designation is in doubt.",
    cite: ["icmi-learn"],
    unconfirmed: true,
    note: "No public register of holders was found, and ICMI's pages we read do not describe a verification service.",
  },
  disagreements: [],
  sources: [
    { id: "icmi-learn", url: "http://www.icmi.com/Certification/What-Youll-Learn", title: "ICMI Professional Certification: What You'll Learn", publisher: "ICMI", kind: "issuer", accessed: "2026-11-30" },
    { id: "icmi-pa", url: "http://www.icmi.com/Certification/How-It-Works/Performance-Assessment", title: "ICMI Professional Certification: Performance Assessment", publisher: "ICMI", kind: "issuer", accessed: "2026-11-30" },
    { id: "icmi-competencies", url: "https://cupdf.com/document/icmi-professional-mediafilescertificationcompetenciespdfthe-icmi-professional.html", title: "ICMI Professional Certification: Contact Center Management Competencies", publisher: "ICMI (copy on cupdf.com)", kind: "issuer", published: "2018", accessed: "2026-11-30", note: "A copy of ICMI's competencies PDF; the original file on icmi.com was not found in the sources available, so the copy is kept for the four designations. The date is the copy's upload date." },
    { id: "icmi-2011", url: "http://www.icmi.com/Resources/Strategy-and-Planning/2011/05/Looking-Beyond-Call-Center-Best-Practices-to-Certification-of-Skills", title: "Standards to Live By: Looking Beyond Call Center Best Practices to Certification of Skills", publisher: "ICMI", kind: "issuer", published: "2011-05", accessed: "2026-11-30" },
  ],
  description: `ICMI Professional Certification is a credential for people who lead, manage or advise contact centres. It is run by ICMI, a long-established contact-centre training company, and grew out of **CIAC certification**: ICMI says it identified the underlying competencies together with the Call Center Industry Advisory Council, and the designation names and abbreviations carried over.

### Who it is for
There are four designations: Operations Manager (CCOM) for people running day-to-day contact-centre operations, Strategic Leader (CCSL) for senior leaders, Management Consultant (CCMC) and Management Partner (CCMP). The competencies are meant to apply to contact centres of any size and sector, anywhere in the world. ICMI publishes no entry requirement; its forerunner asked for a year in the role.

### What achieving it involves
Candidates are assessed against role-specific competencies in four domains: leadership, people, customers, and operations. The test is meant to show that the candidate can apply knowledge, not just recall it. For three of the designations there is also a Performance Assessment. The candidate reviews their own centre's strategies and processes and writes an improvement plan, and must hand it in to ICMI within eight weeks.

### Cost and time
ICMI's prices were not found in public sources; check them with ICMI. The only published time is for the Performance Assessment, which must be completed within eight weeks; ICMI gives no total time for the whole process.

### Renewal
Every three years, holders recertify. This includes an essay on how they have used what they learned.

### Checking a claim
No public register was found. Ask for the certificate, the designation and the date of the last recertification, and contact ICMI if anything is unclear.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
