import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "kcs-certification",
  name: "KCS (Knowledge-Centered Service) Certification",
  shortName: "KCS certification",
  aliases: [
    { name: "Knowledge-Centered Service certification", kind: "alternative" },
    { name: "KCS Academy certification", kind: "alternative", note: "The KCS Academy is the certifying body designated by the Consortium for Service Innovation." },
    { name: "KCS Practices v5", kind: "former-name", note: "The v5 Practices certification was still offered for a time after KCS v6 was released in April 2016." },
  ],
  kind: "individual",
  categories: ["service-management", "customer-experience"],
  issuer: "consortium-for-service-innovation",
  website: "https://library.serviceinnovation.org/KCS/KCS_Certification_and_Training/05_Fundamentals_v6_Instructions?kcs-redirect",
  assurance: "certification",
  status: "active",
  related: ["hdi-professional-certifications", "itil-4"],
  summary: "Exam-based certifications in Knowledge-Centered Service (KCS), the method for capturing and reusing knowledge while answering customers, awarded by the KCS Academy for the Consortium for Service Innovation: Fundamentals for support agents, Practices for those who lead KCS adoption, and Certified Trainer for those who teach it.",
  history: [
    { date: "2016-04-21", event: "KCS v6 released; the KCS v6 Practices Guide becomes the reference for the v6 certifications.", cite: ["csi-practices-guide"] },
  ],
  levels: [
    { name: "KCS v6 Fundamentals", description: "Entry-level, non-proctored online exam on KCS basics.", cite: ["csi-fundamentals-v6"] },
    { name: "KCS v6 Practices", description: "Proctored exam (online through Kryterion's Webassessor or at a Kryterion test centre) on the KCS practices and their adoption.", cite: ["csi-practices-register", "csi-practices-v5"] },
    { name: "KCS v6 Certified Internal Trainer", description: "Advanced certification for experienced trainers who deliver KCS training inside their own company.", cite: ["csi-internal-trainer"] },
    { name: "KCS v6 Certified Trainer", description: "For experienced trainers who sell and deliver KCS training to clients.", cite: ["csi-external-trainer"] },
  ],
  cost: {
    status: "published",
    figures: [
      { min: 95, currency: "USD", basis: "per-exam", priceType: "list", context: "KCS v6 Fundamentals", covers: "online, non-proctored exam of about 25 questions", asOf: "2026", cite: ["csi-fundamentals-v6"], note: "The page is undated; dated to when it was read. All fees are non-refundable." },
      { min: 195, currency: "USD", basis: "per-course", priceType: "list", context: "KCS v6 Fundamentals", covers: "online course and exam bundle", asOf: "2026", cite: ["csi-fundamentals-v6"] },
      { min: 145, currency: "USD", basis: "per-course", priceType: "list", context: "KCS v6 Fundamentals", covers: "online course bought on its own", asOf: "2026", cite: ["csi-fundamentals-v6"] },
      { min: 85, max: 95, currency: "USD", basis: "per-exam", priceType: "list", context: "KCS v6 Fundamentals retake", covers: "one retake of the Fundamentals exam", asOf: "2026", cite: ["csi-fundamentals-v6", "csi-fundamentals-how"], note: "The two Consortium pages disagree ($95 and $85); see disagreements." },
      { min: 650, currency: "USD", basis: "per-exam", priceType: "list", context: "KCS v6 Certified Trainer and Certified Internal Trainer", covers: "proctored trainer exam of about 36 fill-in-the-blank questions, scored and reviewed with Consortium staff", asOf: "2026", cite: ["csi-internal-trainer", "csi-external-trainer"], note: "The exam is one of several steps; trainers also pay for the Practices workshop and, for external trainers, workshop royalties." },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "PT60M", max: "PT90M", context: "KCS v6 Fundamentals self-paced online course, typical completion time", asOf: "2026", cite: ["csi-fundamentals-how"] },
      { min: "PT60M", context: "KCS v6 Fundamentals exam time limit (25 multiple-choice questions, reference materials allowed)", asOf: "2026", cite: ["csi-fundamentals-info", "csi-fundamentals-v6"] },
      { min: "P1Y", context: "KCS v6 Fundamentals: the exam must be taken within one year of purchase", asOf: "2026", cite: ["csi-fundamentals-how"] },
      { min: "P2.5D", context: "KCS v6 Practices Workshop (full 2.5-day version), required before the trainer certifications", asOf: "2026", cite: ["csi-internal-trainer", "csi-external-trainer"] },
      { min: "PT90M", context: "KCS v6 Trainer exam time limit", asOf: "2026", cite: ["csi-internal-trainer"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "KCS v6 Certified Trainer",
        period: "P2Y",
        renewal: "Certification ends 24 months after all requirements were completed. To stay active the trainer must deliver two KCS workshops of two days or longer within those 24 months, be up to date on workshop royalties, and submit the renewal form with a signed KCS Workshop License Agreement; otherwise reinstatement is needed.",
        cite: ["kcsacademy-trainer-renewal"],
        note: "The KCS Academy renewal page covers Certified Trainers. No expiry or renewal rule for the Fundamentals or Practices certifications was found on the pages read.",
      },
    ],
  },
  editions: [
    {
      id: "v6",
      name: "KCS v6",
      claims: ["KCS v6 Fundamentals", "KCS v6 Practices", "KCS v6 Practices Certified", "KCS Practices v6", "KCS v6 Certified Trainer"],
      published: "2016-04-21",
      cite: ["csi-practices-guide"],
      note: "The earlier v5 certifications (for example KCS Practices v5) are not listed as an edition because no release date for v5 was found.",
    },
  ],
  roles: [
    { role: "contact-centre-agent", stage: "entry", credential: "KCS v6 Fundamentals", cite: ["csi-fundamentals-v6", "csi-fundamentals-info"], note: "The intended audience is internal or external support agents and knowledge workers handling interactions with customers." },
    { role: "service-desk-analyst", stage: "entry", credential: "KCS v6 Fundamentals", cite: ["csi-fundamentals-v6"] },
    { role: "team-leader", stage: "intermediate", credential: "KCS v6 Practices", cite: ["csi-practices-v5"], note: "The audience ('supervisors and first- and second-line managers', KCS adoption team members) is stated on the KCS Practices v5 page; the v6 Practices page itself was not read." },
    { role: "service-desk-manager", stage: "intermediate", credential: "KCS v6 Practices", cite: ["csi-practices-v5"], note: "Same audience statement as above, from the v5 Practices page." },
    { role: "process-improvement-lead", stage: "intermediate", credential: "KCS v6 Practices", cite: ["csi-practices-v5"], note: "The v5 page names programme and project managers for KCS adoption and people who advise on its continuous improvement." },
    { role: "trainer", stage: "advanced", credential: "KCS v6 Certified Internal Trainer", cite: ["csi-internal-trainer"] },
    { role: "trainer", stage: "advanced", credential: "KCS v6 Certified Trainer", cite: ["csi-external-trainer"] },
  ],
  prerequisites: {
    status: "published",
    items: [
      { type: "training", requirement: "recommended", text: "The KCS v6 Fundamentals self-paced online training is recommended but not required.", appliesTo: "KCS v6 Fundamentals", cite: ["csi-fundamentals-v6", "csi-fundamentals-info"] },
      { type: "training", requirement: "required", text: "Attend (virtually or in person) a full 2.5-day KCS v6 Practices Workshop.", appliesTo: "KCS v6 Certified Internal Trainer", cite: ["csi-internal-trainer"] },
      { type: "certification", requirement: "required", text: "Hold the KCS v6 Practices certification.", appliesTo: "KCS v6 Certified Internal Trainer", cite: ["csi-internal-trainer"] },
      { type: "experience", requirement: "required", text: "Experience of teaching or facilitating in a classroom or workshop, of customer support (processes, structures, management practices and metrics) and of CRM and knowledge-management tools in support organisations.", appliesTo: "KCS v6 Certified Internal Trainer", cite: ["csi-internal-trainer"] },
      { type: "training", requirement: "required", text: "Attend a full 2.5-day KCS v6 Practices Workshop and co-teach a Practices workshop with a KCS Certified Trainer, who completes an assessment form on the candidate.", appliesTo: "KCS v6 Certified Trainer", cite: ["csi-external-trainer"] },
      { type: "certification", requirement: "required", text: "Hold the KCS v6 Practices certification.", appliesTo: "KCS v6 Certified Trainer", cite: ["csi-external-trainer"] },
    ],
  },
  requirements: [
    { text: "Fundamentals: an online, non-proctored exam of about 25 multiple-choice questions in 60 minutes; reference materials may be used; certification is awarded on passing. Two retakes are allowed after a seven-day wait, three attempts in all.", cite: ["csi-fundamentals-v6", "csi-fundamentals-info", "csi-fundamentals-how"] },
    { text: "Practices: a proctored exam taken online through Kryterion's Webassessor (with the Sentinel software) or at a Kryterion test centre, or proctored by a KCS Certified Trainer after a workshop.", cite: ["csi-practices-register"] },
    { text: "Trainers: after the workshop, Practices certification and an application, the candidate co-teaches a workshop, passes a $650 proctored exam of about 36 fill-in-the-blank questions, and signs the KCS Workshop License Agreement (external trainers) or has the sponsoring company sign an internal-use licence (internal trainers).", cite: ["csi-internal-trainer", "csi-external-trainer"] },
    { text: "The certifications are offered only in English; testing centres are worldwide.", cite: ["csi-fundamentals-v6"] },
  ],
  recognition: [
    { text: "The KCS Academy is the certifying body designated by the Consortium for Service Innovation, the owners of KCS; the Consortium does not acknowledge any other KCS credentials or certifications.", cite: ["csi-fundamentals-info", "csi-practices-v5"] },
    { text: "Certified Internal Trainers may proctor the KCS certification exams and use the Consortium's training materials inside their sponsor organisation.", cite: ["csi-internal-trainer-old"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the KCS certificate and its level. For KCS v6 Practices, check the KCS v6 Practices Certified Registry kept by the Consortium, which it says is updated 'bi-monthly'; new holders receive an electronic certificate one to two weeks after passing. For trainers, check that the 24-month certification period has not lapsed.",
    cite: ["csi-registry", "kcsacademy-trainer-renewal"],
    note: "The registry's address was not among the pages read, so no register link is given.",
  },
  disagreements: [
    {
      topic: "Fee for retaking the KCS v6 Fundamentals exam",
      positions: [
        { claim: "The exam retake fee is $95.", cite: ["csi-fundamentals-v6"] },
        { claim: "Each retake attempt is $85, with two retakes allowed.", cite: ["csi-fundamentals-how"] },
      ],
      note: "Both are undated Consortium help pages; the instructions page also gives the $95 first-attempt price and may be the newer.",
    },
  ],
  sources: [
    { id: "csi-fundamentals-v6", url: "https://library.serviceinnovation.org/KCS/KCS_Certification_and_Training/05_Fundamentals_v6_Instructions?kcs-redirect", title: "KCS v6 Fundamentals Certification Instructions", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-fundamentals-info", url: "https://library.serviceinnovation.org/KCS/KCS_Certification_Info/05_Fundamentals_v6_Instructions", title: "KCS v6 Fundamentals Certification Instructions (KCS Certification Info)", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-fundamentals-how", url: "https://library.serviceinnovation.org/KCS_and_Certification_Support/How_the_KCS_v6_Fundamentals_Course_and_Exam_Work", title: "How the KCS v6 Fundamentals Course and Exam Work", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-practices-register", url: "https://library.serviceinnovation.org/Get_Help/Courses_and_Certifications/How_to_register_for_the_online-proctored_KCS_v6_Practices_Certification_Exam%3F", title: "How to register for the online-proctored KCS v6 Practices Certification Exam?", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-practices-v5", url: "https://serviceinnovation.mindtouch.us/KCS_Certification_Info/Practices_v5_Instructions", title: "KCS Practices v5 Certification (Post v6 Release)", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-internal-trainer", url: "https://library.serviceinnovation.org/KCS/KCS_Certification_and_Training/25_Internal_Trainer_Instructions", title: "KCS v6 Certified Internal Trainer Instructions", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-internal-trainer-old", url: "http://library.serviceinnovation.org/KCS_Certification_Info/KCS_v6_Certified_Internal_Trainer_Instructions", title: "KCS v6 Certified Internal Trainer Instructions (earlier version)", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-external-trainer", url: "https://library.serviceinnovation.org/KCS/KCS_Certification_and_Training/20_Trainer_v6_Instructions?kcs-redirect", title: "KCS v6 Certified External Trainer Instructions", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-registry", url: "https://library.serviceinnovation.org/KCS_and_Certification_Support/I_passed_my_Practices_certification_exam._When_do_I_receive_my_certificate%2C_logos_and_see_my_name_on_the_registry%3F", title: "I passed my Practices certification exam. When do I receive my certificate, logos and see my name on the registry?", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "kcsacademy-trainer-renewal", url: "https://www.thekcsacademy.net/certification/trainer/trainer-renewal-app/", title: "KCS Certified Trainer: Renewal Application", publisher: "The KCS Academy", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-practices-guide", url: "https://library.serviceinnovation.org/KCS/KCS_v6/KCS_v6_Practices_Guide", title: "KCS v6 Practices Guide", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
  ],
  description: `**Knowledge-Centered Service (KCS)** is a method, developed by the members of the Consortium for Service Innovation, for capturing, structuring and reusing knowledge as a normal part of answering customers. Its certifications are awarded by the KCS Academy, the only certifying body the Consortium recognises. They matter to support agents, service-desk staff and the leaders who bring KCS into a contact centre.

### The levels
- **KCS v6 Fundamentals** is an entry-level online exam for support agents: about 25 questions in an hour, not proctored, open book, $95.
- **KCS v6 Practices** is a proctored exam, taken online or at a Kryterion test centre, for people who lead or advise on KCS adoption, supervisors among them. Its price was not found on the pages read.
- **KCS v6 Certified Trainer** and **Certified Internal Trainer** are for experienced trainers. They need the 2.5-day Practices workshop, the Practices certification, a co-taught workshop and a $650 trainer exam.

### Keeping it
Trainer certification lasts 24 months and is renewed by delivering two workshops and keeping licence royalties up to date. We found no expiry rule for Fundamentals or Practices.

### Checking a claim
Ask for the certificate and the level. Practices holders appear on the Consortium's KCS v6 Practices Certified Registry, which the Consortium says is updated 'bi-monthly'.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
