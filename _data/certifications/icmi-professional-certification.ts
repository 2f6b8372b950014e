import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "icmi-professional-certification",
  name: "ICMI Professional Certification",
  shortName: "ICMI Certification",
  aliases: [
    { name: "ICMI", kind: "abbreviation", note: "International Customer Management Institute, formerly the Incoming Calls Management Institute." },
    { name: "ICMI-Certified Strategic Leader (CCSL)", kind: "alternative", note: "One of the four designations." },
    { name: "ICMI-Certified Operations Manager (CCOM)", kind: "alternative", note: "One of the four designations." },
    { name: "CIAC Certification", kind: "former-name", note: "The designations were first awarded as CIAC certification by the Call Center Industry Advisory Council." },
  ],
  kind: "individual",
  categories: ["workforce"],
  issuer: "icmi",
  website: "http://www.icmi.com/Certification/What-Youll-Learn",
  status: "active",
  supersedes: ["ciac-certification"],
  related: ["hdi-professional-certifications", "ccxp", "copc-cx-standard"],
  summary: "ICMI's competency-based certification for contact-centre leaders, managers and consultants, which carries on the designations first awarded as CIAC certification.",
  history: [
    { date: "2011-05", event: "ICMI describes its Professional Certification courses, in which candidates work through the CIAC standards while preparing for testing.", cite: ["icmi-2011"] },
    { date: "2018", event: "ICMI's competencies document lists four designations: Strategic Leader, Operations Manager, Management Consultant and Management Partner.", cite: ["icmi-competencies"] },
  ],
  levels: [
    { name: "ICMI-Certified Strategic Leader (CCSL)", description: "Contact-centre strategic management.", cite: ["icmi-competencies"] },
    { name: "ICMI-Certified Operations Manager (CCOM)", description: "Contact-centre operations management.", cite: ["icmi-competencies"] },
    { name: "ICMI-Certified Management Consultant (CCMC)", description: "Consultants to contact centres.", cite: ["icmi-competencies"] },
    { name: "ICMI-Certified Management Partner (CCMP)", description: "Contact-centre management partner role.", cite: ["icmi-competencies"] },
  ],
  cost: { status: "not-published", note: "ICMI's current prices were not confirmed for this catalogue." },
  timeToAchieve: { status: "not-published", note: "no total time is published. The Performance Assessment stage alone allows eight weeks (60 business days)." },
  validity: {
    status: "published",
    period: "P3Y",
    renewal: "Recertification every three years, including an essay on how the holder has applied what they learned.",
    cite: ["icmi-learn"],
  },
  requirements: [
    { text: "Competencies are grouped in four domains of contact-centre management: leadership, people, customers, and operations (and technology).", cite: ["icmi-learn", "icmi-competencies"] },
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
    { id: "icmi-learn", url: "http://www.icmi.com/Certification/What-Youll-Learn", title: "ICMI Professional Certification: What You'll Learn", publisher: "ICMI", accessed: "2026-11-29" },
    { id: "icmi-pa", url: "http://www.icmi.com/Certification/How-It-Works/Performance-Assessment", title: "ICMI Professional Certification: Performance Assessment", publisher: "ICMI", accessed: "2026-11-29" },
    { id: "icmi-competencies", url: "https://cupdf.com/document/icmi-professional-mediafilescertificationcompetenciespdfthe-icmi-professional.html", title: "ICMI Professional Certification: Contact Center Management Competencies", publisher: "ICMI (copy on cupdf.com)", published: "2018", accessed: "2026-11-29" },
    { id: "icmi-2011", url: "http://www.icmi.com/Resources/Strategy-and-Planning/2011/05/Looking-Beyond-Call-Center-Best-Practices-to-Certification-of-Skills", title: "Standards to Live By: Looking Beyond Call Center Best Practices to Certification of Skills", publisher: "ICMI", published: "2011-05", accessed: "2026-11-29" },
  ],
  description: `ICMI Professional Certification is a credential for people who lead, manage or advise contact centres. It is run by ICMI, a long-established contact-centre training company, and grew out of **CIAC certification**: ICMI says it identified the underlying competencies together with the Call Center Industry Advisory Council, and the designation names and abbreviations carried over.

### Who it is for
There are four designations: Strategic Leader (CCSL), Operations Manager (CCOM), Management Consultant (CCMC) and Management Partner (CCMP). The competencies are meant to apply to contact centres of any size and sector, anywhere in the world.

### What achieving it involves
Candidates are assessed against role-specific competencies in four domains: leadership, people, customers, and operations. The test is meant to show that the candidate can apply knowledge, not just recall it. For three of the designations there is also a Performance Assessment. The candidate reviews their own centre's strategies and processes and writes an improvement plan, and must hand it in to ICMI within eight weeks.

### Cost and time
ICMI's current prices and the full time the process takes were not confirmed from public sources. Check both with ICMI.

### Renewal
Every three years, holders recertify. This includes an essay on how they have used what they learned.

### Checking a claim
No public register was found. Ask for the certificate, the designation and the date of the last recertification, and contact ICMI if anything is unclear.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
