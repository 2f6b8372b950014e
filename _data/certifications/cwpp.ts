import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cwpp",
  name: "Certified Workforce Planning Professional",
  shortName: "CWPP",
  aliases: [
    { name: "SWPP Workforce Management Certification", kind: "alternative" },
    { name: "Associate CWPP", kind: "alternative", note: "The single-area level." },
    { name: "SWPP certification", kind: "alternative" },
  ],
  kind: "individual",
  categories: ["workforce"],
  issuer: "swpp",
  website: "https://swpp.org/certification/workforce-management-certification-faqs/",
  assurance: "certification",
  status: "active",
  related: ["icmi-professional-certification"],
  summary: "The Society of Workforce Planning Professionals' certification for contact-centre workforce-management staff: three proctored web tests (planning and strategy, staffing and scheduling, managing daily staffing and service) plus an applied project; the Associate CWPP covers one area.",
  history: [
    { date: "2015", event: "A CWPP writing in SWPP's OnTarget newsletter says the programme was introduced almost nine years earlier and describes its three exams, project and two-year completion limit.", cite: ["swpp-ontarget-2015"] },
    { date: "2017", event: "SWPP's executive director writes that SWPP created the programme 'over 10 years ago' to give workforce management professional recognition.", cite: ["swpp-ontarget-2017"] },
  ],
  levels: [
    { name: "Associate CWPP", description: "Pass the test in one of the three areas and complete a project in that area.", cite: ["swpp-faq", "swpp-proctor"] },
    { name: "CWPP", description: "Pass all three tests and complete a workforce management application project.", cite: ["swpp-faq", "swpp-ontarget-2017"] },
  ],
  cost: {
    status: "not-published",
    note: "No fee for the tests or the project was found. Looked at SWPP's certification FAQ, continuing-education page, both versions of its proctor guidelines and its OnTarget articles of 2015 and 2017, and searched for SWPP's registration page, SWPP membership dues, The Call Center School's pages and third-party pages on CWPP fees (2026). The sources say only that SWPP members receive discounted pricing, that the knowledge self-assessment is free and that a re-test costs an additional fee; none gives an amount.",
    cite: ["swpp-ontarget-2015", "swpp-ontarget-2017", "swpp-proctor-cert"],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P2Y", context: "time limit: from registration, the candidate has two years to complete the whole process (three tests and the project)", asOf: "2015", cite: ["swpp-ontarget-2015"] },
      { min: "PT2H", context: "time limit for each of the three tests, which are self-timed and closed book", asOf: "2026", cite: ["swpp-proctor-cert"], note: "SWPP's page is undated; read in 2026." },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { appliesTo: "CWPP", period: "P1Y", renewal: "40 continuing-education points per calendar year, reported to SWPP at the end of each year (for example 10 points for attending the SWPP conference or keeping SWPP membership, 15 for presenting at it).", cite: ["swpp-ce"] },
      { appliesTo: "Associate CWPP", period: "P1Y", renewal: "20 continuing-education points per calendar year.", cite: ["swpp-ce"] },
    ],
  },
  roles: [
    { role: "workforce-planner", stage: "advanced", credential: "CWPP", cite: ["swpp-faq"], note: "SWPP: a good candidate has experience in all three areas and in several different workforce management environments." },
    { role: "workforce-planner", stage: "intermediate", credential: "Associate CWPP", cite: ["swpp-faq", "swpp-proctor"], note: "For workforce management specialists who work in only one area of the profession." },
  ],
  prerequisites: {
    status: "published",
    items: [
      { type: "experience", requirement: "recommended", text: "Experience in all three areas (planning and strategy, staffing and scheduling, managing daily staffing and service) and in several different workforce management environments.", appliesTo: "CWPP", cite: ["swpp-faq"] },
    ],
  },
  requirements: [
    { text: "Each test has 50 multiple-choice questions, some with nested choices, charts or calculations; the tests were validated by a pilot group and certified by a psychometrician.", cite: ["swpp-faq"] },
    { text: "Tests are taken on the web and must be proctored; the proctor can be anyone in the organisation, preferably outside the workforce management team and not the candidate's supervisor.", cite: ["swpp-proctor"] },
    { text: "SWPP membership is not a prerequisite.", cite: ["swpp-ontarget-2015"] },
    { text: "An overall score of 80% is needed to pass each test; a candidate who fails can re-test for an additional fee.", cite: ["swpp-proctor-cert"] },
  ],
  recognition: [
    { text: "Described by a workforce-management wiki as one of the few certifications that validate expertise specific to contact-centre workforce management.", cite: ["wfmlabs-swpp"] },
  ],
  regions: ["Worldwide (web-based, proctored tests)"],
  verify: {
    how: "Ask for the CWPP or Associate CWPP certificate and whether continuing-education points are up to date for the current year, and confirm with SWPP.",
    cite: ["swpp-ce"],
    unconfirmed: true,
    note: "No public register of holders was found on SWPP's pages read.",
  },
  disagreements: [],
  sources: [
    { id: "swpp-faq", url: "https://swpp.org/certification/workforce-management-certification-faqs/", title: "Workforce Management Certification FAQs", publisher: "SWPP", kind: "issuer", accessed: "2026-11-30" },
    { id: "swpp-ce", url: "https://swpp.org/certification/continuing-education/", title: "Workforce Management Certification: Continuing Education", publisher: "SWPP", kind: "issuer", accessed: "2026-11-30" },
    { id: "swpp-proctor", url: "http://www.swpp.org/wmcertproctorguidelines.html", title: "Workforce Management Certification: Proctor Guidelines", publisher: "SWPP", kind: "issuer", accessed: "2026-11-30" },
    { id: "swpp-proctor-cert", url: "http://www.swpp.org/certification/proctorguidelines.html", title: "Workforce Management Certification: Proctor Guidelines (certification section)", publisher: "SWPP", kind: "issuer", accessed: "2026-11-30", note: "Undated; another version of the proctor guidelines (see swpp-proctor), in the certification section of SWPP's older site, which gives the time limit and pass mark." },
    { id: "swpp-ontarget-2015", url: "https://swpp.org/winter-2015-on-target/thinking-about-wfm-certification/", title: "Thinking About WFM Certification? (Michele Borboa, CWPP)", publisher: "SWPP OnTarget", kind: "issuer", published: "2015", accessed: "2026-11-30" },
    { id: "swpp-ontarget-2017", url: "https://swpp.org/summer-2017-ontarget/further-your-career-in-wfm-with-cwpp-certification/", title: "Further Your Career in WFM with CWPP Certification! (Vicki Herrell, Executive Director)", publisher: "SWPP OnTarget", kind: "issuer", published: "2017", accessed: "2026-11-30" },
    { id: "wfmlabs-swpp", url: "https://wiki.wfmlabs.org/wiki/Society_of_Workforce_Planning_Professionals", title: "Society of Workforce Planning Professionals", publisher: "WFM Labs wiki", kind: "reference", accessed: "2026-11-30" },
  ],
  description: `The **Certified Workforce Planning Professional (CWPP)** is the certification of the Society of Workforce Planning Professionals (SWPP), the association for contact-centre workforce management: forecasters, schedulers, real-time analysts and their managers. It is one of very few credentials aimed squarely at the workforce planner.

### What it involves
There are three tests, each of 50 multiple-choice questions with charts and calculations: **planning and strategy**, **staffing and scheduling**, and **managing daily staffing and service**. They are taken on the web under a proctor, who can be a colleague outside the planning team; each test has a two-hour limit and a pass mark of 80%. Passing all three and completing a workforce management application project earns the full CWPP. Specialists who work in only one area can become an **Associate CWPP** by passing that area's test and doing a project in it. Candidates have two years from registration to finish.

### Who it suits
SWPP says the full certification suits people with experience in all three areas and in several workforce management environments. Membership is not required, though members pay less; SWPP offers a free knowledge self-assessment. No fees were found on SWPP's pages.

### Keeping it
The certification is kept up year by year: 40 continuing-education points each calendar year for a CWPP and 20 for an Associate. Points come from SWPP conferences, webinars, articles, mentoring and membership.

### History
SWPP's newsletter said in 2015 that the programme had started almost nine years earlier.

### Checking a claim
Ask for the certificate and confirm current standing with SWPP.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
