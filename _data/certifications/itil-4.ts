import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "itil-4",
  name: "ITIL",
  aliases: [
    { name: "ITIL 4", kind: "alternative", note: "The edition most holders and job adverts name in 2026; ITIL (Version 5) followed in February 2026." },
    { name: "Information Technology Infrastructure Library", kind: "former-name", note: "ITIL no longer expands the acronym." },
    { name: "ITIL certification", kind: "alternative" },
  ],
  kind: "individual",
  categories: ["service-management"],
  issuer: "peoplecert",
  formerIssuers: ["axelos", "uk-cabinet-office"],
  website: "https://peoplecert.org/help-and-support/FAQ",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "ITIL 4 certifications remain valid and current after ITIL (Version 5) was released in February 2026; no date for retiring the ITIL 4 exams was found.",
    cite: ["itoutsourcing-2026", "javc-2026"],
  },
  related: ["iso-iec-20000-1", "hdi-professional-certifications", "kcs-certification"],
  summary: "The best-known IT service management certification scheme, taken by service-desk analysts and managers, from ITIL 4 Foundation up to Managing Professional, Strategic Leader and Master; owned and examined by PeopleCert (formerly AXELOS), with ITIL 4 certificates renewable every three years since 2023.",
  history: [
    { date: "2010-06-30", event: "Under the Office of Government Commerce's (OGC) timetable the ITIL V2 Foundation exam ceases, with the withdrawal of ITIL Version 2 to be completed on 30 June 2011.", cite: ["itilnews-v2"] },
    { date: "2012-01-01", event: "Candidates must book the ITIL Foundation exam BH0-012, 'The Foundation Examination – ITIL (2012 Onwards)', based on the 2011 edition; the earlier BH0-006 exam is kept only for retakes by candidates who sat before 31 December 2011.", cite: ["infosec-2012"] },
    { date: "2013-04-24", event: "The UK Cabinet Office announces a joint venture with Capita for its Best Management Practice portfolio, including ITIL and PRINCE2 (Capita 51%, government 49%).", cite: ["advisera-2013"] },
    { date: "2014-01-01", event: "AXELOS, the Cabinet Office–Capita joint venture, takes over the Best Management Practice products.", cite: ["advantagelearning-axelos"] },
    { date: "2018-01", event: "PeopleCert becomes AXELOS's sole Examination Institute.", cite: ["axelos-help"] },
    { date: "2019-02-28", event: "ITIL 4 Foundation certification released, with the higher ITIL 4 levels to follow later in 2019.", cite: ["imokymas-2019", "aindien-itil4"] },
    { date: "2020-12-28", event: "Cognixia, setting out AXELOS's announced timeline, reports that ITIL v3 will begin retiring in 2021 and be completely discontinued by 2022.", cite: ["cognixia-2020"] },
    { date: "2021-07", event: "The ITIL v3 Foundation exam is retired (marked by an ITSM Professor post, 'Happy Retirement ITIL v3 Foundation', in July 2021).", cite: ["itsmprofessor-2021"] },
    { date: "2023-01", event: "PeopleCert introduces a three-year renewal requirement for ITIL 4 and its other Global Best Practice certifications; holders certified before 30 June 2020 have until 1 July 2023 to renew.", cite: ["itsm-zone-2023", "invgate-2023"] },
    { date: "2026-02", event: "PeopleCert publishes ITIL (Version 5) Foundation; practice guides and practitioner training are expected in the second quarter of 2026.", cite: ["javc-2026", "invensis-v5"] },
  ],
  levels: [
    { name: "ITIL 4 Foundation", description: "Entry level: a closed-book exam of 40 multiple-choice questions in one hour, with 26 correct answers needed to pass.", cite: ["imokymas-2019", "examatlas-itil4f"] },
    { name: "ITIL 4 Practice Manager", description: "A series of one-day practice courses and exams, introduced by PeopleCert in 2023.", cite: ["gogotraining-2023"] },
    { name: "ITIL 4 Managing Professional", description: "Designation from the Create, Deliver and Support; Drive Stakeholder Value; High Velocity IT; and Direct, Plan and Improve modules (or, for experienced ITIL v3 holders, the Managing Professional Transition module).", cite: ["itilcost-fees", "hdaa-transition"] },
    { name: "ITIL 4 Strategic Leader", description: "Designation from Direct, Plan and Improve plus the Digital and IT Strategy (ITIL 4 Leader) module.", cite: ["itilcost-fees", "hdaa-transition"] },
    { name: "ITIL Master", description: "The top level, awarded on a portfolio assessment rather than an exam.", cite: ["itilcost-fees"] },
  ],
  cost: {
    status: "published",
    figures: [
      { min: 269, currency: "GBP", basis: "per-exam", priceType: "indicative", context: "ITIL 4 Foundation", asOf: "2026", cite: ["itilcost-fees"], note: "From an undated independent fee guide (publisher not named on the page); dated to when it was read. PeopleCert's own price list was not found." },
      { min: 89, currency: "GBP", basis: "per-exam", priceType: "indicative", context: "ITIL 4 Foundation", covers: "Take2 resit added to the Foundation exam", asOf: "2026", cite: ["itilcost-fees"] },
      { min: 420, currency: "GBP", basis: "per-exam", priceType: "indicative", context: "each Managing Professional module (Create, Deliver and Support; Drive Stakeholder Value; High Velocity IT; Direct, Plan and Improve)", asOf: "2026", cite: ["itilcost-fees"] },
      { min: 540, currency: "GBP", basis: "per-exam", priceType: "indicative", context: "Strategic Leader: Digital and IT Strategy module", asOf: "2026", cite: ["itilcost-fees"] },
      { min: 1200, max: 1650, currency: "GBP", basis: "per-exam", priceType: "indicative", context: "ITIL Master", covers: "portfolio assessment", asOf: "2026", cite: ["itilcost-fees"] },
      { min: 400, currency: "USD", basis: "per-exam", priceType: "indicative", approximate: true, context: "ITIL 4 Foundation", covers: "exam fee, often bundled with training", asOf: "2026-05", cite: ["examatlas-itil4f"], note: "The guide says fees change and vary by region." },
      { min: 237, currency: "USD", basis: "per-exam", priceType: "quoted", context: "ITIL 4 Practice Manager exams", asOf: "2023-05", cite: ["gogotraining-2023"] },
      { min: 122, currency: "USD", basis: "per-year", priceType: "quoted", context: "MyAxelos subscription, one route to logging CPD points for renewal", asOf: "2023-05", cite: ["gogotraining-2023"] },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "PT60M", max: "PT75M", context: "ITIL 4 Foundation exam: 60 minutes, 75 minutes for candidates not taking it in their first language", asOf: "2019-04", cite: ["imokymas-2019"] },
      { min: "PT15H", max: "PT25H", approximate: true, context: "ITIL 4 Foundation study time for people with an IT or service background (over three to four weeks)", asOf: "2026-05", cite: ["examatlas-itil4f"] },
      { min: "PT30H", max: "PT45H", approximate: true, context: "ITIL 4 Foundation study time for people new to IT service management", asOf: "2026-05", cite: ["examatlas-itil4f"] },
      { min: "P1D", context: "each ITIL 4 Practice Manager course", asOf: "2023-05", cite: ["gogotraining-2023"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "ITIL 4 certifications",
        period: "P3Y",
        renewal: "Renew within three years of the award by retaking the same exam, passing another exam in the ITIL suite (which renews every ITIL certification held), or logging 20 CPD points a year for three years. The rule started in January 2023 and was applied to earlier ITIL 4 certificates too.",
        cite: ["itsm-zone-2023", "itsmprofessor-2023", "invgate-2023"],
      },
      {
        appliesTo: "ITIL v3 and ITIL 2011 certifications",
        lifetime: true,
        renewal: "None: ITIL v3 certifications do not need to be renewed.",
        cite: ["invgate-2023"],
      },
    ],
  },
  editions: [
    {
      id: "v3",
      name: "ITIL V3",
      claims: ["ITIL Version 3", "ITIL V3 2007", "ITIL v3 Foundation", "ITIL V3 Expert"],
      published: "2007",
      newCertificationEnds: "2011-12-31",
      validUntil: { status: "not-published", note: "The 2007-syllabus Foundation exam (BH0-006) was open only to retake candidates from 1 January 2012; the last day for those retakes was not found. ITIL v3 certificates themselves do not expire." },
      cite: ["prepaway-itil", "infosec-2012", "invgate-2023"],
      note: "People also write 'ITIL v3 Foundation' for the 2011-syllabus exam, which was still part of the v3 scheme.",
    },
    {
      id: "2011",
      name: "ITIL 2011 edition",
      claims: ["ITIL 2011", "ITIL v3 2011", "ITIL V3 2011 edition", "ITIL Foundation 2011", "ITIL Expert 2011"],
      published: "2011",
      validUntil: { status: "not-published", note: "Cognixia (December 2020) says ITIL v3 would begin retiring in 2021 and be discontinued by 2022, and an ITSM Professor post of July 2021 marks the retirement of the ITIL v3 Foundation exam; neither gives the last exam day. Certificates do not expire." },
      cite: ["prepaway-itil", "advisera-2013", "infosec-2012"],
      note: "Its Foundation exam, BH0-012, was the one to book from 1 January 2012.",
    },
    {
      id: "4",
      name: "ITIL 4",
      claims: ["ITIL 4 Foundation", "ITIL v4", "ITIL4", "ITIL 4.0", "ITIL 4 Managing Professional", "ITIL 4 Strategic Leader", "ITIL 4 Practice Manager"],
      published: "2019-02-28",
      validUntil: { status: "not-published", note: "Looked at PeopleCert's FAQ and 2026 reviews of ITIL (Version 5): they say ITIL 4 certifications remain valid, but no retirement date for the ITIL 4 exams was found." },
      cite: ["imokymas-2019", "prepaway-itil"],
    },
    {
      id: "v5",
      name: "ITIL (Version 5)",
      claims: ["ITIL v5", "ITIL 5", "ITIL Version 5 Foundation", "ITIL v5 Foundation"],
      published: "2026-02",
      cite: ["javc-2026", "invensis-v5", "itoutsourcing-2026"],
      note: "Designations announced: Practice Manager, Managing Professional, Strategic Leader and Master; partial ITIL 4 progress is said to count towards them.",
      disagreements: [
        {
          field: "published",
          positions: [
            { date: "2026-02-12", claim: "The official release on February 12, 2026.", cite: ["itoutsourcing-2026"] },
            { date: "2026-01", claim: "January 2026 brought the official release of ITIL (Version 5).", cite: ["godson-2026"] },
          ],
          note: "Most sources, including a Dutch practitioner who took the course, place the Foundation release in February 2026.",
        },
      ],
    },
  ],
  roles: [
    { role: "service-desk-analyst", stage: "entry", credential: "ITIL 4 Foundation", cite: ["examatlas-itil4f"], note: "Described as for IT service management, support and operations staff." },
    { role: "service-desk-manager", stage: "intermediate", credential: "ITIL 4 Managing Professional", cite: ["examatlas-itil4f", "hdaa-transition"], note: "Our mapping: the sources describe Managing Professional as the next stream after Foundation, not a job title." },
  ],
  prerequisites: {
    status: "published",
    items: [
      { type: "certification", requirement: "required", text: "ITIL 4 Foundation opens the Managing Professional and Strategic Leader streams.", appliesTo: "ITIL 4 Managing Professional", cite: ["examatlas-itil4f"] },
      { type: "training", requirement: "required", text: "Higher-level ITIL exams require mandatory accredited training before the exam; only Foundation-level exams can be taken by self-study.", appliesTo: "ITIL 4 Managing Professional", cite: ["axelos-help"] },
      { type: "training", requirement: "required", text: "Higher-level ITIL exams require mandatory accredited training before the exam.", appliesTo: "ITIL 4 Strategic Leader", cite: ["axelos-help"] },
      { type: "certification", requirement: "required", text: "ITIL 4 Strategic Leader builds on Direct, Plan and Improve, shared with Managing Professional; holders of the Managing Professional designation need only the Digital and IT Strategy (Leader) module.", appliesTo: "ITIL 4 Strategic Leader", cite: ["itilcost-fees", "hdaa-transition"] },
    ],
  },
  requirements: [
    { text: "ITIL 4 Foundation has 40 multiple-choice questions, with 26 correct needed to pass; it can be taken online with a live proctor, and candidates may self-study and book the exam directly.", cite: ["imokymas-2019", "axelos-help"] },
    { text: "Experienced ITIL v3 holders with 17 or more v3 credits could take the ITIL 4 Managing Professional Transition module to gain the Managing Professional designation in one step.", cite: ["hdaa-transition"] },
    { text: "Accredited Training Organizations set their own course prices.", cite: ["axelos-help"] },
  ],
  recognition: [
    { text: "More than 250,000 ITIL Foundation certificates had been issued by the summer of 2012, split roughly evenly between Europe, Asia and North America.", cite: ["advisera-2013"] },
    { text: "ITIL 4 Foundation is common in enterprises and managed-service environments that use ITIL as their shared language for IT work.", cite: ["examatlas-itil4f"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the certificate (or PeopleCert digital badge) and the candidate number, and check PeopleCert's Successful Candidates Register. For ITIL 4 certificates awarded more than three years ago, check whether the record is flagged as not renewed.",
    cite: ["invgate-2023", "peoplecert-faq"],
    note: "The register's public address was not among the pages read, so no link is given.",
  },
  disagreements: [
    {
      topic: "What happens to an ITIL 4 certification that is not renewed",
      positions: [
        { claim: "The holder stays on the Successful Candidates Register, with a note that the certification is not aligned with current requirements.", cite: ["invgate-2023"] },
        { claim: "Non-renewal means the candidate is removed from the Successful Candidates Register.", cite: ["bitil-renewal"] },
      ],
      note: "InvGate quotes PeopleCert's website; the shorter Bitil summary may reflect an earlier announcement.",
    },
  ],
  sources: [
    { id: "axelos-help", url: "https://www.axelos.com/https/www-peoplecert-org/help-and-support/", title: "Help & Support", publisher: "AXELOS", kind: "issuer", accessed: "2026-11-30" },
    { id: "peoplecert-faq", url: "https://peoplecert.org/help-and-support/FAQ", title: "FAQs", publisher: "PeopleCert", kind: "issuer", accessed: "2026-11-30" },
    { id: "itilnews-v2", url: "https://itilnews.com/index.php?pagename=ITIL_Version_2_Retirement", title: "ITIL Version 2 Retirement", publisher: "ITIL News", kind: "press", accessed: "2026-11-30" },
    { id: "infosec-2012", url: "https://community.infosecinstitute.com/discussion/74729/itil-foundations-of-it-service-management-which-exam-for-2012", title: "ITIL Foundations of IT Service Management: which exam for 2012?", publisher: "InfoSec Institute community forum", kind: "consultancy", accessed: "2026-11-30", note: "A forum post quoting the examination institutes' notice about exam codes." },
    { id: "advisera-2013", url: "https://advisera.com/20000academy/blog/2013/05/08/government-office-sells-51-itil-prince2-capita/", title: "Government Office sells 51% of ITIL and PRINCE2 to Capita", publisher: "Advisera", kind: "consultancy", published: "2013-05-08", accessed: "2026-11-30" },
    { id: "advantagelearning-axelos", url: "http://www.advantagelearning.co.uk/news/axelos.html", title: "Axelos, Capita and the PRINCE2 Joint Venture", publisher: "Advantage Learning", kind: "consultancy", accessed: "2026-11-30" },
    { id: "prepaway-itil", url: "https://www.prepaway.com/certification/discontinuation-itil-v3-2022-new-technological-era/", title: "Discontinuation of ITIL v3 in 2022 And New Technological Era", publisher: "PrepAway", kind: "consultancy", accessed: "2026-11-30", note: "An exam-preparation site; used only for release years that other sources agree with." },
    { id: "imokymas-2019", url: "https://i-mokymas.com/2019/04/29/how-to-itil-4-0-foundation-online/", title: "How to pass ITIL 4.0 Foundation Online", publisher: "i-mokymas", kind: "consultancy", published: "2019-04-29", accessed: "2026-11-30" },
    { id: "aindien-itil4", url: "https://aindien.com/itilr-4-foundation-introduction.html", title: "ITIL 4 Foundation: Introduction", publisher: "aindien.com", kind: "consultancy", accessed: "2026-11-30" },
    { id: "cognixia-2020", url: "https://www.cognixia.com/blog/itil-v3-begins-retiring-in-2021-whats-next", title: "ITIL v3 begins retiring in 2021, what's next?", publisher: "Cognixia", kind: "consultancy", published: "2020-12-28", accessed: "2026-11-30" },
    { id: "itsmprofessor-2021", url: "https://www.itsmprofessor.net/2021/07/happy-retirement-itil-v3-foundation.html", title: "Happy Retirement ITIL v3 Foundation! Passing the Torch to ITIL 4!", publisher: "ITSM Professor (ITSM Academy)", kind: "consultancy", published: "2021-07", accessed: "2026-11-30" },
    { id: "hdaa-transition", url: "https://www.hdaa.com.au/transitioning-from-itil-v3-to-itil-4-faqs.html", title: "Transitioning from ITIL v3 to ITIL 4: FAQs", publisher: "HDAA", kind: "consultancy", accessed: "2026-11-30" },
    { id: "itsm-zone-2023", url: "https://itsm.zone/itil-4-and-the-new-requirement-to-recertify/", title: "ITIL 4 and the New Requirement to Recertify", publisher: "ITSM Zone", kind: "consultancy", published: "2023-01-02", accessed: "2026-11-30" },
    { id: "itsmprofessor-2023", url: "https://www.itsmprofessor.net/2023/01/itil-4-and-new-requirement-to-recertify.html", title: "ITIL 4 and the New Requirement to Recertify", publisher: "ITSM Professor (ITSM Academy)", kind: "consultancy", published: "2023-01", accessed: "2026-11-30" },
    { id: "invgate-2023", url: "https://blog.invgate.com/peoplecert-itil-certification-renewal-announcement", title: "PeopleCert Announces Need to Renew ITIL Certifications Every 3 Years", publisher: "InvGate", kind: "consultancy", published: "2023-01-26", accessed: "2026-11-30" },
    { id: "bitil-renewal", url: "https://bitil.com/know/news/examination-institute/243-peoplecert-certification-renewal", title: "PeopleCert certification renewal", publisher: "Bitil", kind: "consultancy", accessed: "2026-11-30" },
    { id: "gogotraining-2023", url: "https://gogotraining.com/blog/tag/myaxelos/", title: "ITIL 4 Recertification – When Does it Affect You?", publisher: "GogoTraining", kind: "consultancy", published: "2023-05-22", accessed: "2026-11-30" },
    { id: "itilcost-fees", url: "https://itilcertificationcost.com/exam-fees/", title: "ITIL exam fees and recertification", publisher: "itilcertificationcost.com", kind: "consultancy", accessed: "2026-11-30", note: "An independent guide; it does not say who publishes it or when the fees applied." },
    { id: "examatlas-itil4f", url: "https://globalexamatlas.com/en/exams/project-management/itil-4-foundation/", title: "ITIL 4 Foundation (PeopleCert)", publisher: "Global Exam Atlas", kind: "consultancy", published: "2026-05-29", accessed: "2026-11-30" },
    { id: "javc-2026", url: "https://javc.nl/itil-version-5-foundation-released", title: "ITIL Version 5 Foundation released", publisher: "javc.nl", kind: "consultancy", published: "2026", accessed: "2026-11-30" },
    { id: "invensis-v5", url: "https://www.invensislearning.com/info/itil-4-vs-itil-v5-differences", title: "ITIL 4 vs ITIL v5: Key Differences, Updates & Certification Changes", publisher: "Invensis Learning", kind: "consultancy", published: "2026", accessed: "2026-11-30" },
    { id: "itoutsourcing-2026", url: "https://itoutsourcingnews.com/new-itil-certified-professionals-must-rethink-their-approach", title: "New ITIL: certified professionals must rethink their approach", publisher: "IT Outsourcing News", kind: "press", published: "2026", accessed: "2026-11-30" },
    { id: "godson-2026", url: "https://www.stevengodson.com/2026-04-27-itil4-vs-itil5", title: "ITIL 4 vs ITIL (Version 5)", publisher: "Steven Godson", kind: "consultancy", published: "2026-04-27", accessed: "2026-11-30" },
  ],
  description: `**ITIL** is the most widely used framework for IT service management, and its certifications are what service desks, IT help desks and many technical-support contact centres ask for. They certify people.

### Owners and versions
ITIL was owned by the UK government's Office of Government Commerce. AXELOS, a Cabinet Office–Capita joint venture, took it over in 2014, and PeopleCert, its sole exam body from 2018, now publishes it. The versions people name on CVs are ITIL V3 (2007), the ITIL 2011 edition, **ITIL 4** (Foundation released 28 February 2019) and **ITIL (Version 5)**, published in February 2026. The v3 exams were retired around 2021, but v3 and 2011 certificates never expire.

### The levels
ITIL 4 Foundation is a one-hour, 40-question exam anyone may take. Managing Professional (four modules) and Strategic Leader (Direct, Plan and Improve plus Digital and IT Strategy) require accredited training, and Master is a portfolio assessment. One-day Practice Manager courses were added in 2023.

### Cost and renewal
PeopleCert's own price list was not found; independent guides put Foundation at about £269 or US$400 and each advanced module at £420 to £540. Since January 2023 ITIL 4 certificates must be renewed every three years, by another exam or 20 CPD points a year.

### Checking a claim
Ask for the certificate or badge and check PeopleCert's Successful Candidates Register.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
