import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "ccxp",
  name: "Certified Customer Experience Professional",
  shortName: "CCXP",
  aliases: [
    { name: "CCXP", kind: "abbreviation" },
    { name: "CCXP certified", kind: "alternative" },
    { name: "CXPA certification", kind: "alternative", note: "Awarded by the Customer Experience Professionals Association." },
  ],
  kind: "individual",
  categories: ["customer-experience"],
  issuer: "cxpa",
  website: "https://www.cxpa.org",
  assurance: "certification",
  status: "active",
  related: ["icmi-professional-certification", "ciac-certification", "customer-service-excellence"],
  summary: "An exam-based certification for customer-experience professionals, awarded by the Customer Experience Professionals Association (CXPA) to candidates with several years of hands-on CX experience.",
  history: [
    { date: "2011-04-27", event: "The Customer Experience Professionals Association, which later created the CCXP, is launched.", cite: ["cxpa-history"] },
    { date: "2013", event: "CXPA carries out an industry-wide job task analysis of CX work, which becomes the basis of the CCXP exam blueprint.", cite: ["cxpa-blueprint"] },
    { date: "2014", event: "CXPA introduces the CCXP, described by its co-founder as the first industry-wide professional certification in the field.", cite: ["temkin-2014"], unconfirmed: true, note: "Shown because CXPA's co-founder, writing in December 2014, lists the CCXP among that year's achievements; the launch year is not otherwise confirmed and is often quoted without a source." },
    { date: "2020", event: "CXPA updates the CX Framework that serves as the exam blueprint, with feedback from more than 300 CX professionals.", cite: ["cxpa-blueprint"] },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      {
        min: 150,
        currency: "USD",
        basis: "application-fee",
        priceType: "list",
        covers: "the non-refundable processing fee included in the application fee; it is kept even if the applicant is found ineligible",
        asOf: "2026",
        cite: ["cxpa-apply"],
        note: "The full application fee was not found; CXPA offers bundles with membership. The CXPA page is undated, so the figure is dated to when it was read.",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "PT3H", context: "length of the exam", asOf: "2026", cite: ["ccxp-exam"] },
      { min: "P6M", context: "the window to sit the exam: testing rights expire six months after the application is approved", asOf: "2026", cite: ["cxpa-apply"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        period: "P3Y",
        renewal: "Recertification with 30 credits of qualifying activities, at least 15 of them from real-time CX education, extends the certification by three years from its current expiry date (current CXPA rule; older CXPA pages give 20 credits every two years).",
        cite: ["cxpa-recertify", "cxpa-renew-old"],
      },
    ],
  },
  editions: [
    {
      id: "2013-framework",
      name: "CCXP exam based on the 2013 job task analysis",
      published: "2013",
      validUntil: { status: "not-published", note: "CXPA says its CX Framework, the exam blueprint, came from a 2013 job task analysis and was updated in 2020, but gives no date on which the exam changed over. Looked at CXPA's exam blueprint, application and recertification pages (2026)." },
      cite: ["cxpa-blueprint", "temkin-2014"],
      note: "Dated by the year of the job task analysis; the exam itself was introduced later (CXPA's co-founder lists the CCXP among 2014's achievements).",
    },
    {
      id: "2020-framework",
      name: "CCXP exam based on the CXPA CX Framework updated in 2020",
      published: "2020",
      cite: ["cxpa-blueprint"],
      note: "More than 300 CX professionals gave feedback in the 2020 update; the exam has 100 questions, 19 to 22 per competency.",
    },
  ],
  roles: [
    {
      role: "customer-experience-manager",
      stage: "intermediate",
      cite: ["cxpa-apply", "ccxp-eligibility", "cxpa-job-postings-2022"],
      note: "CXPA says the CCXP shows the experience, education and competence to lead and direct customer-experience strategy, programmes and projects, and was designed to identify people to be considered for CX leadership positions; candidates need three to five years of CX work first.",
    },
  ],
  prerequisites: {
    status: "published",
    items: [
      {
        type: "experience",
        requirement: "required",
        text: "Standard path: a bachelor's degree (or global equivalent) and three years of full-time CX experience across the six CX competencies. Without a degree, one year of full-time CX experience counts for two years of education.",
        years: 3,
        cite: ["ccxp-eligibility"],
      },
      {
        type: "experience",
        requirement: "required",
        text: "Alternative path (instead of the standard path): a high-school diploma (or equivalent) and five years of full-time CX experience across the same competencies.",
        years: 5,
        cite: ["ccxp-eligibility"],
      },
    ],
  },
  requirements: [
    { text: "Standard path: a bachelor's degree (or global equivalent) and three years of full-time CX experience covering six competencies: customer-centric culture; organisational adoption and accountability; VOC, customer insight and understanding; experience design and improvement; metrics, measurement and ROI; and CX strategy.", cite: ["ccxp-eligibility"] },
    { text: "Alternative path: a high-school diploma (or equivalent) and five years of full-time CX experience across the same six competencies.", cite: ["ccxp-eligibility"] },
    { text: "The application documents education, CX experience and breadth of responsibility and is reviewed by a panel of peers.", cite: ["cxpa-apply"] },
    { text: "A proctored, closed-book, computer-based exam, in English only, with a three-hour time limit; candidates get a pass/fail letter and diagnostic report at the end.", cite: ["ccxp-exam"] },
    { text: "The exam has 100 questions on the CXPA CX Framework, with 19 to 22 questions for each competency.", cite: ["cxpa-blueprint"] },
  ],
  recognition: [
    { text: "The certification is open to the public: CXPA members and non-members may apply.", cite: ["ccxp-eligibility"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask the holder for the CCXP certificate or digital badge and its expiry date; a certificate whose three-year term has passed without recertification has lapsed. Contact CXPA to confirm the certification if needed.",
    cite: ["cxpa-history", "cxpa-recertify"],
    unconfirmed: true,
    note: "CXPA introduced CCXP digital badges in 2022, but the pages we read do not describe a public register or a verification service.",
  },
  disagreements: [
    {
      topic: "How often the CCXP must be renewed",
      positions: [
        { claim: "Every three years, with 30 credits of qualifying activities.", cite: ["cxpa-recertify"] },
        { claim: "Every two years, with 20 CCXP recertification (renewal) credits.", cite: ["cxpa-renew-old", "cxpa-renew-www"] },
      ],
      note: "All the pages are on CXPA's own websites and undated. The three-year rule appears to be the current one; holders certified under the older rule should check which cycle applies to them.",
    },
  ],
  sources: [
    { id: "ccxp-eligibility", url: "http://www.ccxp.org/application/eligibility/", title: "CCXP Eligibility Requirements", publisher: "CXPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "cxpa-job-postings-2022", url: "https://www.cxpa.org/blogs/cxpa-admin/2022/05/12/why-your-next-cx-job-posting-should-include-ccxp-p", title: "Why your next CX job posting should include \u201cCCXP preferred\u201d", publisher: "CXPA", kind: "issuer", published: "2022-05-12", accessed: "2026-11-30" },
    { id: "ccxp-exam", url: "http://www.ccxp.org/exam-resources/exam-format/", title: "CCXP Exam Format", publisher: "CXPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "cxpa-blueprint", url: "https://community.cxpa.org/earn-your-ccxp/exam-blueprint", title: "CXPA CX Framework: the CCXP Exam Blueprint", publisher: "CXPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "cxpa-apply", url: "https://community.cxpa.org/earn-your-ccxp/ccxp-apply", title: "Apply For The CCXP", publisher: "CXPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "cxpa-recertify", url: "https://www.cxpa.org/earn-your-ccxp/recertify-ccxp", title: "Maintain Your CCXP", publisher: "CXPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "cxpa-renew-old", url: "https://community.cxpa.org/earn-your-ccxp/renew-ccxp", title: "Maintain Your CCXP (earlier two-year recertification rules)", publisher: "CXPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "cxpa-renew-www", url: "https://www.cxpa.org/earn-your-ccxp/renew-ccxp", title: "Maintaining Your Status (earlier two-year renewal rules)", publisher: "CXPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "cxpa-history", url: "https://community.cxpa.org/meet-us/our-history", title: "Our History", publisher: "CXPA", kind: "issuer", accessed: "2026-11-29" },
    { id: "temkin-2014", url: "https://community.cxpa.org/blogs/bruce-temkin/2014/12/17/past-and-exciting-future-of-your-cxpa", title: "The Past and Exciting Future of Your CXPA", publisher: "CXPA (blog post by Bruce Temkin)", kind: "issuer", published: "2014-12-17", accessed: "2026-11-29" },
  ],
  description: `The Certified Customer Experience Professional (CCXP) credential is awarded by the Customer Experience Professionals Association (CXPA), a non-profit body for people who manage and improve customer experience. It is not tied to any training course. Candidates qualify on experience and pass an independent exam. It suits CX leads in contact centres and in customer-facing functions more widely.

### Who can apply
There are two routes. Candidates with a bachelor's degree need three years of full-time CX work. Those with a high-school diploma need five. Either way the experience must span six competencies: culture, organisational adoption, customer insight, experience design, measurement and ROI, and CX strategy. A panel of peers reviews each application, and membership of CXPA is not required.

### The exam
The exam is proctored, closed-book and taken on computer, in English only, with three hours allowed. Candidates learn their result at the end of the sitting, with a diagnostic report by section.

### Who it suits
CXPA presents the CCXP as a credential for people who lead and direct customer-experience strategy, programmes and projects. In a contact-centre setting that usually means a customer-experience manager rather than a front-line role.

### Cost and time
The application fee includes a $150 processing fee that is not refunded, even if the applicant turns out to be ineligible. The full fee was not found in the sources read. After approval, candidates have six months to take the exam. No typical overall timescale is published.

### Exam versions
The exam follows the CXPA CX Framework, which CXPA built from a 2013 job task analysis and updated in 2020. The exam has 100 questions. CXPA does not say when the exam moved to the updated framework.

### Renewal
CXPA's current page says a CCXP lasts three years and is renewed with 30 credits of qualifying activity. At least half of those credits must come from live CX education. An older CXPA page describes a two-year cycle with 20 credits, so the rule has changed over time.

### Checking a claim
Ask for the certificate or digital badge and its expiry date, and contact CXPA if in doubt.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
