import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cptd",
  name: "Certified Professional in Talent Development",
  shortName: "CPTD",
  aliases: [
    { name: "Certified Professional in Learning and Performance", kind: "former-name", note: "CPLP, renamed CPTD with ATD's 2020 Talent Development Capability Model." },
    { name: "APTD", kind: "abbreviation", note: "Associate Professional in Talent Development, the lower level." },
    { name: "Associate Professional in Talent Development", kind: "alternative" },
    { name: "ATD certification", kind: "alternative" },
  ],
  kind: "individual",
  categories: ["workforce"],
  issuer: "atd",
  website: "https://www.td.org/certification/cptd/exam",
  assurance: "certification",
  status: "active",
  related: ["ccxp", "icmi-professional-certification"],
  summary: "The Association for Talent Development's exam-based credentials for trainers and learning professionals: the Associate Professional in Talent Development (APTD) and the senior Certified Professional in Talent Development (CPTD, formerly CPLP), each renewed every three years.",
  history: [
    { date: "2004", event: "ATD (then ASTD) announces a new training certification programme, the Certified Professional in Learning and Performance (CPLP), and calls for pilot candidates.", cite: ["td-blog-2015"] },
    { date: "2006", event: "ASTD awards the first CPLP.", cite: ["td-blog-2018"] },
    { date: "2020", event: "With ATD's new Talent Development Capability Model the CPLP is renamed CPTD; CPLP exam windows due to close on 24 June 2020 are extended because of the coronavirus, and candidates testing after 30 June 2020 take the new CPTD.", cite: ["td-cplp-eligibility"] },
  ],
  levels: [
    { name: "Associate Professional in Talent Development (APTD)", description: "For people establishing themselves in talent development: 2-hour exam of 115 multiple-choice questions.", cite: ["td-aptd-eligibility", "td-aptd-exam"] },
    { name: "Certified Professional in Talent Development (CPTD)", description: "ATD's senior credential: 3-hour exam mixing multiple-choice and case questions across personal, professional and organisational capabilities.", cite: ["td-cptd-exam", "td-cplp-eligibility"] },
  ],
  cost: {
    status: "published",
    figures: [
      { min: 975, currency: "USD", basis: "per-exam", priceType: "list", context: "CPTD, ATD members", covers: "a testing seat, score report, and CPTD certificate and lapel pin once achieved", asOf: "2026", cite: ["td-cptd-exam"], note: "The page is undated; dated to when it was read. Fees are not refundable." },
      { min: 1350, currency: "USD", basis: "per-exam", priceType: "list", context: "CPTD, non-members", covers: "a testing seat, score report, and CPTD certificate and lapel pin once achieved", asOf: "2026", cite: ["td-cptd-exam"] },
      { min: 499, currency: "USD", basis: "per-exam", priceType: "list", context: "APTD, ATD members", covers: "a testing seat, score report and APTD certificate once achieved", asOf: "2026", cite: ["td-aptd-exam"], note: "An ineligible candidate is refunded the exam fee less $250." },
      { min: 699, currency: "USD", basis: "per-exam", priceType: "list", context: "APTD, non-members", covers: "a testing seat, score report and APTD certificate once achieved", asOf: "2026", cite: ["td-aptd-exam"] },
      { min: 350, currency: "USD", basis: "per-exam", priceType: "list", context: "CPTD: transfer to a new testing window", asOf: "2026", cite: ["td-help-transfer"] },
      { min: 250, currency: "USD", basis: "per-exam", priceType: "list", context: "APTD: transfer to a new testing window", asOf: "2026", cite: ["td-help-transfer"] },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "PT3H", context: "CPTD exam", asOf: "2026", cite: ["td-cptd-exam"] },
      { min: "PT2H", context: "APTD exam (115 multiple-choice questions)", asOf: "2026", cite: ["td-aptd-exam"] },
      { min: "P90D", context: "APTD: the exam window chosen when applying", asOf: "2026", cite: ["td-aptd-exam"] },
      { min: "P18M", context: "APTD and CPTD: the exam must be passed within 18 months of the first authorisation to test, or the candidacy expires", asOf: "2026", cite: ["td-help-transfer"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { appliesTo: "Certified Professional in Talent Development (CPTD)", period: "P3Y", renewal: "60 recertification points every three years, earned through documented professional development.", cite: ["dcatd-recert", "td-cplp-eligibility"] },
      { appliesTo: "Associate Professional in Talent Development (APTD)", period: "P3Y", renewal: "40 recertification points every three years.", cite: ["dcatd-recert"] },
    ],
  },
  editions: [
    {
      id: "cplp",
      name: "Certified Professional in Learning and Performance (CPLP)",
      claims: ["CPLP", "ASTD CPLP", "ATD CPLP", "CPLP certification"],
      published: "2006",
      validUntil: { status: "not-published", note: "ATD's page says the CPLP became the CPTD in 2020 and stopped taking CPLP applications; existing CPLP holders recertified every three years with 60 points, but no date on which CPLP credentials ended or were converted was found." },
      cite: ["td-blog-2018", "td-cplp-eligibility", "td-cplp-recert", "td-blog-2017"],
      note: "First awarded in 2006 after a pilot that began in 2004; the exam then had a knowledge exam and a work product (later a skills application exam).",
    },
    {
      id: "cptd",
      name: "Certified Professional in Talent Development (CPTD)",
      claims: ["CPTD", "ATD CPTD", "CPTD certification"],
      published: "2020",
      cite: ["td-cplp-eligibility"],
    },
  ],
  roles: [
    { role: "trainer", stage: "intermediate", credential: "Associate Professional in Talent Development (APTD)", cite: ["td-aptd-eligibility"], note: "ATD: 'Establish yourself in the talent development field'." },
    { role: "trainer", stage: "advanced", credential: "Certified Professional in Talent Development (CPTD)", cite: ["td-cplp-eligibility", "td-cptd-exam"], note: "ATD calls the CPTD 'the pinnacle achievement in talent development'." },
  ],
  prerequisites: {
    status: "published",
    items: [
      { type: "experience", requirement: "required", text: "At least five years of professional work experience in talent development or a related field (standard pathway).", years: 5, appliesTo: "Certified Professional in Talent Development (CPTD)", cite: ["td-cplp-eligibility"] },
      { type: "training", requirement: "required", text: "60 hours of professional development in talent development within the last five years (standard pathway); any ATD Master Series programme completed in the last five years satisfies it.", appliesTo: "Certified Professional in Talent Development (CPTD)", cite: ["td-cplp-eligibility"] },
      { type: "certification", requirement: "required", text: "Alternative pathway: at least four years of experience plus a current APTD in good standing.", years: 4, appliesTo: "Certified Professional in Talent Development (CPTD)", cite: ["td-cplp-eligibility", "td-help-apply"] },
      { type: "experience", requirement: "required", text: "At least three years of work experience in talent development or a related discipline (human resources, higher education or similar).", years: 3, appliesTo: "Associate Professional in Talent Development (APTD)", cite: ["td-aptd-eligibility"] },
      { type: "training", requirement: "required", text: "28 hours of professional development in talent development within the last three years.", appliesTo: "Associate Professional in Talent Development (APTD)", cite: ["td-aptd-eligibility"] },
    ],
  },
  requirements: [
    { text: "Eligibility must be met before applying; ATD staff do not give advance eligibility rulings. Applications are not reviewed until paid, and 40 percent of candidates are randomly selected for audit.", cite: ["td-cptd-apply", "td-help-apply"] },
    { text: "The CPTD exam is computer-based, taken at testing centres worldwide or by remote proctoring; the APTD exam is taken at Pearson VUE centres or by remote proctoring.", cite: ["td-cptd-exam", "td-aptd-exam"] },
    { text: "CPTD exam weighting: personal capabilities 20%, professional capabilities 45%, organisational capabilities 35%.", cite: ["td-cptd-exam"] },
  ],
  recognition: [
    { text: "Local ATD chapters run events that count towards APTD and CPTD recertification; the Metro DC chapter, for example, gives one credit per hour of content.", cite: ["dcatd-recert"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the APTD or CPTD certificate and its three-year recertification date, and confirm with the ATD Certification Institute if in doubt.",
    cite: ["dcatd-recert", "td-cptd-apply"],
    unconfirmed: true,
    note: "We found no public register of APTD or CPTD holders on the pages read.",
  },
  disagreements: [],
  sources: [
    { id: "td-cptd-exam", url: "https://www.td.org/certification/cptd/exam", title: "What to Expect from the CPTD Exam", publisher: "ATD Certification Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "td-cptd-apply", url: "https://www.td.org/certification/cptd/apply", title: "Apply for CPTD", publisher: "ATD Certification Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "td-cplp-eligibility", url: "https://www.td.org/certification/cplp/eligibility", title: "CPTD eligibility (formerly the CPLP eligibility page)", publisher: "ATD Certification Institute", kind: "issuer", accessed: "2026-11-30", note: "The same address has carried the legacy CPLP page of 2020 and later the CPTD eligibility text; both versions are cited." },
    { id: "td-aptd-exam", url: "https://www.td.org/certification/aptd/exam", title: "APTD Exam: What to Expect", publisher: "ATD Certification Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "td-aptd-eligibility", url: "https://www.td.org/certification/aptd/eligibility", title: "Am I Eligible for the APTD?", publisher: "ATD Certification Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "td-help-apply", url: "https://help.td.org/hc/en-us/articles/360012318254-How-do-I-apply-to-take-the-CPTD-Exam", title: "How do I apply to take the CPTD Exam?", publisher: "ATD", kind: "issuer", accessed: "2026-11-30" },
    { id: "td-help-transfer", url: "https://help.td.org/hc/en-us/articles/360012448613-I-don-t-want-to-test-during-my-scheduled-test-window-Can-I-change-my-testing-date", title: "I don't want to test during my scheduled test window. Can I change my testing date?", publisher: "ATD", kind: "issuer", accessed: "2026-11-30" },
    { id: "td-cplp-recert", url: "https://www.td.org/certification/cplp-recertification-program", title: "CPLP Recertification Program", publisher: "ATD Certification Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "dcatd-recert", url: "https://dcatd.org/recertification-credit-tracking-process/", title: "Recertification credit tracking process", publisher: "Metro DC ATD (local ATD chapter)", kind: "consultancy", accessed: "2026-11-30", note: "A local chapter's summary of ATD's recertification rules." },
    { id: "td-blog-2015", url: "https://td.org/content/atd-blog/a-pilot-pioneer-of-cplp-shares-her-journey", title: "A Pilot Pioneer of CPLP Shares Her Journey", publisher: "ATD", kind: "issuer", published: "2015-02-17", accessed: "2026-11-30" },
    { id: "td-blog-2017", url: "https://www.td.org/content/atd-blog/the-journey-i-never-meant-to-take", title: "The Journey I Never Meant to Take", publisher: "ATD", kind: "issuer", published: "2017-04-20", accessed: "2026-11-30" },
    { id: "td-blog-2018", url: "https://www.td.org/content/atd-blog/achieving-the-cplp-10-years-in-the-making", title: "Achieving the CPLP: 10 Years in the Making", publisher: "ATD", kind: "issuer", published: "2018-06-07", accessed: "2026-11-30" },
  ],
  description: `The **Certified Professional in Talent Development (CPTD)** is the Association for Talent Development's senior credential for people who design, deliver and evaluate staff training. Its associate level, the **APTD**, suits trainers earlier in their careers. For contact centres these are the credentials for the training team: induction trainers, learning designers and training managers.

### History
ATD, then ASTD, piloted the Certified Professional in Learning and Performance (CPLP) from 2004 and awarded the first in 2006. With its 2020 Talent Development Capability Model, ATD renamed the CPLP as the CPTD.

### Who can apply
The CPTD needs five years of talent-development work plus 60 hours of professional development in the last five years, or four years plus a current APTD. The APTD needs three years' experience and 28 hours of development in the last three years. ATD does not rule on eligibility in advance and audits 40% of applications.

### The exams and fees
The CPTD exam lasts three hours and costs $975 for ATD members or $1,350 for others; the APTD exam lasts two hours and costs $499 or $699. Candidates must pass within 18 months of being authorised to test.

### Keeping it
Both credentials last three years: CPTDs renew with 60 recertification points and APTDs with 40.

### Checking a claim
We found no public register; ask for the certificate and its renewal date.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
