import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "benchmarkportal-center-of-excellence",
  name: "BenchmarkPortal Certified Center of Excellence",
  shortName: "BenchmarkPortal Center of Excellence",
  aliases: [
    { name: "BenchmarkPortal Contact Center Certification", kind: "alternative" },
    { name: "Certified Call Center of Excellence", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["customer-experience", "quality-management"],
  issuer: "benchmarkportal",
  website: "https://www.benchmarkportal.com/call-center-certification-overview/",
  assurance: "assessment",
  status: "active",
  statusDetail: { note: "BenchmarkPortal's website still describes the certification process.", cite: ["bp-overview"] },
  related: ["jd-power-certified-contact-center", "sqm-world-class-fcr", "copc-cx-standard"],
  summary: "A US contact-centre rating from the benchmarking firm BenchmarkPortal: centres whose audited metrics rank in the top ten per cent of their industry peers on cost and quality are named a 'Center of Excellence'. It is a benchmark result, not an audit against a written standard.",
  history: [
    { date: "1995", event: "Call-centre performance benchmarking begins at Purdue University under Dr Jon Anton, with a grant from IBM; the database is later handed to BenchmarkPortal.", cite: ["bp-realitycheck", "connections-anton"] },
    { date: "2012-05-03", event: "BenchmarkPortal announces that Bright Horizons' contact centre has achieved certification as a Center of Excellence, based on operational metrics, customer satisfaction and agent satisfaction.", cite: ["bp-blog-2012"] },
    { date: "2014-07", event: "BenchmarkPortal announces QBE's certification as a Center of Excellence for the eighth year.", cite: ["bp-blog-2014"] },
  ],
  levels: [],
  cost: {
    status: "not-published",
    note: "Looked at (2026) BenchmarkPortal's certification overview and In-Depth RealityCheck pages, its 2008 Merrill Lynch re-certification release and its 2012 and 2014 certification announcements; press reports (Vision Monday on EyeMed, ExecutiveBiz on MAXIMUS's four certified centres in 2014, TMCnet on the 2014 Top 100 contest, Connections Magazine, Peter Lyle DeHaan, Multichannel Merchant); Purdue University's 1998 benchmark-study releases and the 2002–2003 'Ask Dr. Jon' columns; and searches for city 311 centres', colleges' and state agencies' purchase records and council papers. None gives a price for the certification, the RealityCheck survey or the caller and agent surveys.",
  },
  timeToAchieve: {
    status: "not-published",
    note: "The process has five steps, including a benchmarking survey with an audit of the centre's data, a caller survey, an agent survey and a process and technology review, but no source gives how long they take or how long certification takes from enrolment. Looked at the same pages as for cost (2026).",
    cite: ["bp-overview"],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Center of Excellence certification",
        period: "P1Y",
        renewal: "Centres are re-certified year by year; announcements count consecutive years of certification.",
        cite: ["bp-2008-merrill", "bp-blog-2014", "visionmonday-eyemed"],
        unconfirmed: true,
        note: "Inferred from announcements of Merrill Lynch's centres being 're-certified for the fourth year' (2008), a 'fifth consecutive year' (EyeMed) and an '8th year' (QBE); no source states the period outright.",
      },
    ],
  },
  requirements: [
    { text: "The centre fills in a 41-KPI benchmarking survey (the In-Depth RealityCheck) and sends its ACD reports so that an independent auditor can confirm the data; its performance is compared with a statistically valid sample of centres in its industry segment.", cite: ["bp-overview"] },
    { text: "BenchmarkPortal runs an independent caller-satisfaction survey, for which the centre supplies 600–1,000 e-mail addresses of recent customers, and an agent-satisfaction survey; it also reviews the centre's processes and technology.", cite: ["bp-overview"] },
    { text: "The designation goes to centres that rank in the top ten per cent of those surveyed on a balanced scorecard of efficiency (cost) and effectiveness (quality) metrics.", cite: ["bp-blog-2012", "bp-blog-2014"] },
    { text: "The approach is quantitative: it rests on a statistical comparison with a peer group of similar centres rather than on an auditor's judgement of processes.", cite: ["dehaan", "bp-blog-2012"] },
  ],
  recognition: [
    { text: "BenchmarkPortal said that only 5 per cent of centres that applied for the Center of Excellence recognition had attained it five or more years in a row.", cite: ["visionmonday-eyemed"] },
  ],
  regions: ["United States", "North America"],
  verify: {
    how: "Ask the provider for its Center of Excellence certificate and the year it covers, and confirm with BenchmarkPortal. BenchmarkPortal has published announcements of certified centres on its blog; because the rating is renewed each year, check that the certification is for the current or last year.",
    cite: ["bp-blog-2012", "bp-blog-2014"],
    unconfirmed: true,
    note: "We did not find a current public register of certified centres.",
  },
  disagreements: [],
  sources: [
    { id: "bp-overview", url: "https://www.benchmarkportal.com/call-center-certification-overview/", title: "Contact Center Certification Overview: the 5 steps in the certification process", publisher: "BenchmarkPortal", kind: "issuer", accessed: "2026-11-30" },
    { id: "bp-realitycheck", url: "http://www.benchmarkportal.com/in-depth-reality-check", title: "In-Depth RealityCheck", publisher: "BenchmarkPortal", kind: "issuer", accessed: "2026-11-30" },
    { id: "bp-2008-merrill", url: "http://www.benchmarkportal.com/2008/03/01/merrill-lynch-call-centers-awarded-%E2%80%9C-call-center-of-excellence%E2%80%9D-for-fourth-consecutive-year", title: "Merrill Lynch Call Centers awarded \u201cCall Center of Excellence\u201d for fourth consecutive year", publisher: "BenchmarkPortal", kind: "issuer", published: "2008-03-01", accessed: "2026-11-30" },
    { id: "bp-blog-2012", url: "http://benchmarkportal.blogspot.com/2012/05/benchmarkportal-announces-bright.html", title: "BenchmarkPortal announces: Bright Horizons achieves its certification as a Center of Excellence", publisher: "BenchmarkPortal (blog)", kind: "issuer", published: "2012-05-03", accessed: "2026-11-30" },
    { id: "bp-blog-2014", url: "https://benchmarkportal.blogspot.com/2014/07/qbe-center-of-excellence-8th-year.html", title: "QBE Center of Excellence, 8th year", publisher: "BenchmarkPortal (blog)", kind: "issuer", published: "2014-07", accessed: "2026-11-30", note: "Month and the words '8th year' are taken from the post's address; the text we read does not repeat them." },
    { id: "visionmonday-eyemed", url: "http://visionmonday.com/latest-news/article/eyemed-call-center-certified-as-center-of-excellence-for-fifth-consecutive-year-1/", title: "EyeMed call center certified as Center of Excellence for fifth consecutive year", publisher: "Vision Monday", kind: "press", accessed: "2026-11-30" },
    { id: "connections-anton", url: "https://connectionsmagazine.com/article/interview-with-dr-jon-anton/", title: "Interview with Dr. Jon Anton", publisher: "Connections Magazine", kind: "press", accessed: "2026-11-30" },
    { id: "dehaan", url: "https://peterlyledehaan.com/healthcare-call-center/call-center-credentials/amp", title: "Call center credentials", publisher: "Peter Lyle DeHaan", kind: "press", accessed: "2026-11-30", note: "Article by the publisher of Connections Magazine, on his own site." },
  ],
  description: `BenchmarkPortal's **Center of Excellence** certification rates a contact centre by its numbers. BenchmarkPortal holds a large database of call-centre metrics that began as benchmarking research at Purdue University in 1995. It compares a centre's audited figures with a peer group of similar centres in the same industry. Centres that rank in the **top ten per cent** on a balanced scorecard of cost and quality metrics earn the designation.

This is a **benchmark rating**, not an audit against a written standard such as ISO 18295-1 or COPC. BenchmarkPortal itself contrasts it with certifications that look at process-handling methods and procedures.

### How it works
The process has five steps, among them a 41-KPI benchmarking survey whose data an auditor checks against the centre's ACD reports; an independent e-mail survey of 600–1,000 recent callers; an agent-satisfaction survey; and a review of processes and technology. The KPIs include first-call resolution, caller and agent satisfaction, speed of answer, abandonment, cost per call, agent turnover and occupancy.

### Cost, time and validity
No price or typical duration is published. Announcements count consecutive years of certification (a fourth year for Merrill Lynch's centres in 2008, a fifth for EyeMed, an eighth for QBE). That suggests yearly renewal, but no source states the period.

### Checking a claim
Ask for the certificate and the year it covers, and confirm with BenchmarkPortal. Being named a Center of Excellence says the centre compared well with its peers in that year. It does not say the centre's processes conform to any standard.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
