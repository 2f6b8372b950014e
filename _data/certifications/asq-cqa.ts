import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "asq-cqa",
  name: "ASQ Certified Quality Auditor",
  shortName: "CQA",
  aliases: [
    { name: "Certified Quality Auditor", kind: "alternative" },
    { name: "ASQ CQA", kind: "abbreviation" },
  ],
  kind: "individual",
  categories: ["quality-management"],
  issuer: "asq",
  website: "https://www.asq.org/cert/faq/faq-recertification",
  assurance: "certification",
  status: "active",
  related: ["asq-six-sigma", "iso-9001", "copc-cx-standard"],
  summary: "The American Society for Quality's exam-based certification for auditors of quality systems, requiring eight years' relevant experience (less with a degree) and renewal every three years; used by quality staff who audit processes, though no source ties it specifically to contact-centre quality analysts.",
  history: [
    { date: "1976", event: "ASQ (then ASQC) starts its recertification programme with a limited number of certification categories; the Certified Quality Auditor is among those that must now be maintained.", cite: ["asqtoronto-recert"] },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      { min: 498, currency: "USD", basis: "per-exam", priceType: "indicative", context: "non-members", asOf: "2026", cite: ["processexam-cqa"], note: "From an exam-preparation site's summary; ASQ's own fee page was not read. Undated; dated to when it was read." },
      { min: 348, currency: "USD", basis: "per-exam", priceType: "indicative", context: "ASQ members", asOf: "2026", cite: ["processexam-cqa"] },
      { min: 298, currency: "USD", basis: "per-exam", priceType: "indicative", context: "retake", asOf: "2026", cite: ["processexam-cqa"] },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "PT5H18M", max: "PT5H30M", context: "exam time (165 multiple-choice questions, 150 of them scored); sources differ, see disagreements", asOf: "2026", cite: ["processexam-cqa", "testprepreview-cqa"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { period: "P3Y", renewal: "Recertify every three years, either by logging at least 18 recertification units in the three-year period (professional activities that add to the body of knowledge or are job-enhancing) or by sitting the exam again; the exam is required once the certification has expired and the six-month grace period has passed.", cite: ["asq-recert-faq"] },
    ],
  },
  roles: [
    { role: "quality-analyst", stage: "advanced", cite: ["wikipedia-cqa", "mits-cqa"], unconfirmed: true, note: "ASQ's audience is quality auditors who examine and evaluate quality systems. It is shown because contact-centre quality teams audit interactions and processes, but we found no source, such as a job advert, that asks contact-centre quality analysts for the CQA." },
  ],
  prerequisites: {
    status: "published",
    items: [
      { type: "experience", requirement: "required", text: "Eight years of full-time, paid on-the-job experience in one or more areas of the CQA Body of Knowledge, at least three of them in a decision-making position.", years: 8, cite: ["mits-cqa"] },
      { type: "education", requirement: "recommended", text: "A degree from an accredited institution shortens the experience needed: one year off for a technical or trade school diploma, two for an associate degree, four for a bachelor's and five for a master's or doctorate; the three years in a decision-making position are not waived.", cite: ["mits-cqa"] },
    ],
  },
  requirements: [
    { text: "A multiple-choice exam on the ASQ Certified Quality Auditor Body of Knowledge: auditing fundamentals, the audit process, auditor competencies, audit programme management and business applications, and quality tools and techniques.", cite: ["wikipedia-cqa", "testprepreview-cqa"] },
  ],
  recognition: [
    { text: "ASQ lists the Quality Auditor among the certifications that must be renewed every three years, unlike its lifetime certifications such as Six Sigma Green Belt.", cite: ["asq-recert-faq"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the ASQ certificate or wallet card, whose expiry date is printed on it, and check that it is within its three-year period or has been recertified; confirm with ASQ if in doubt.",
    cite: ["asqslc-recert", "asq-recert-faq"],
    unconfirmed: true,
    note: "No public ASQ register of certified individuals was found on the pages read.",
  },
  disagreements: [
    {
      topic: "How long the CQA exam lasts",
      positions: [
        { claim: "Exam duration 330 minutes (five and a half hours).", cite: ["processexam-cqa"] },
        { claim: "The time limit for the exam is 5 hours and 18 minutes.", cite: ["testprepreview-cqa"] },
      ],
      note: "Both are exam-preparation sites; ASQ's own exam page was not read.",
    },
  ],
  sources: [
    { id: "asq-recert-faq", url: "https://www.asq.org/cert/faq/faq-recertification", title: "Recertification FAQs", publisher: "ASQ", kind: "issuer", accessed: "2026-11-30" },
    { id: "asqtoronto-recert", url: "http://www.asqtoronto.org/en/FAQ_32/items/How_do_I_maintain_my_ASQ_Certification_12.html", title: "How do I maintain my ASQ Certification?", publisher: "ASQ Toronto Section", kind: "issuer", accessed: "2026-11-30", note: "A local section of ASQ." },
    { id: "asqslc-recert", url: "http://www.asqslc.org/certification/how-to-recertify", title: "How to Recertify", publisher: "ASQ Salt Lake City Section", kind: "issuer", accessed: "2026-11-30", note: "A local section of ASQ." },
    { id: "wikipedia-cqa", url: "https://en.wikipedia.org/wiki/Certified_Quality_Auditor", title: "Certified Quality Auditor", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
    { id: "mits-cqa", url: "http://www.mits-usa.net/professional-certified-quality-auditor-asq-cqa", title: "Certified Quality Auditor (ASQ CQA)", publisher: "MITS", kind: "consultancy", accessed: "2026-11-30" },
    { id: "processexam-cqa", url: "https://www.processexam.com/asq/asq-certified-quality-auditor-cqa-syllabus", title: "ASQ Certified Quality Auditor (CQA) Syllabus", publisher: "ProcessExam", kind: "consultancy", accessed: "2026-11-30" },
    { id: "testprepreview-cqa", url: "https://testprepreview.com/cqa.htm", title: "ASQ Certified Quality Auditor (CQA) exam", publisher: "Test Prep Review", kind: "consultancy", accessed: "2026-11-30" },
  ],
  description: `The **Certified Quality Auditor (CQA)** is the American Society for Quality's certification for people who audit quality systems: planning an audit, examining and questioning, evaluating evidence and reporting whether a system is adequate. It is a general quality credential, not a contact-centre one. It suits senior quality analysts and quality managers in contact centres who audit processes or prepare for ISO 9001 or COPC audits, but we found no job advert or other source that asks contact-centre quality analysts for it.

### Who can apply
Candidates need eight years of full-time experience in the areas of the CQA Body of Knowledge, three of them in a decision-making role. A degree reduces the eight years (by up to five for a master's), but not the three in a decision-making role.

### The exam
A multiple-choice exam of 165 questions, 150 of them scored, covering auditing fundamentals, the audit process, auditor competencies, audit programme management and quality tools. Exam-preparation sites give the time as five and a half hours or 5 hours 18 minutes, and the fee as about $498, or $348 for ASQ members; ASQ's own fee page was not read.

### Keeping it
The CQA must be renewed every three years, with 18 recertification units or by retaking the exam. After the expiry date there is a six-month grace period, after which only the exam will do.

### Checking a claim
The expiry date is printed on ASQ certificates and wallet cards; ask for it and confirm with ASQ.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
