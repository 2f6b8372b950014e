import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "nasscom-assessment-of-competence",
  name: "NASSCOM Assessment of Competence",
  shortName: "NAC",
  aliases: [
    { name: "NAC", kind: "abbreviation" },
    { name: "NASSCOM Assessment of Competency", kind: "alternative", note: "Spelling used in some press reports." },
    { name: "NASSCOM BPO certification", kind: "alternative", note: "What the 2004 plan was called before it became NAC." },
  ],
  kind: "individual",
  categories: ["workforce", "outsourcing"],
  issuer: "nasscom",
  status: "dormant",
  supersedes: ["nasscom-bpo-certification-plan"],
  summary: "A standard skills test for people seeking entry-level jobs in India's BPO industry, created by NASSCOM with Hewitt Associates and rolled out from 2005; its current status is unknown.",
  history: [
    { date: "2004-09-02", event: "NASSCOM announces it is planning an HR training certification and an assessment programme for BPO staff, with Hewitt Associates for entry level and QAI for middle managers.", cite: ["rediff-2004"] },
    { start: true, date: "2005-08", event: "Pilot phase: more than 6,000 candidates take the assessment.", cite: ["zdnet-2005"] },
    { date: "2005-11-18", event: "First test of the national roll-out, in two cities in Rajasthan, with some 2,500 candidates.", cite: ["zdnet-2005"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "no candidate fee was found in the sources read." },
  timeToAchieve: {
    status: "published",
    figures: [{ min: "PT3H", context: "length of the single assessment test", asOf: "2005-11", cite: ["zdnet-2005"] }],
  },
  validity: { status: "not-published", note: "no source says how long an NAC result remains valid." },
  requirements: [
    { text: "A three-hour test of seven skill areas, including spoken English and verbal communication, comprehension and writing, listening and keyboard skills, use of business software, numerical and analytical ability, and concentration and accuracy.", cite: ["zdnet-2005"] },
    { text: "The test mixes multiple-choice and open-ended questions with recorded voice samples; results are reported as a percentile score for each skill area.", cite: ["zdnet-2005"] },
  ],
  recognition: [
    { text: "Genpact, IBM, Accenture, Convergys, EXL, HCL, Infosys, WNS and Deloitte helped create NAC and, as endorsing companies, were to give preference to candidates who had taken it.", cite: ["nac-note"] },
    { text: "NASSCOM developed the assessment framework with Hewitt Associates and industry players.", cite: ["nac-factsheet"] },
    { text: "NASSCOM planned a counterpart test for IT services, NAC-Tech.", cite: ["assamtimes"] },
  ],
  regions: ["India"],
  verify: {
    how: "NAC is a test score, not a licence. Ask the candidate for the NAC score report, check the date and the percentile for each skill area, and confirm the result with NASSCOM if you rely on it for hiring.",
    cite: ["zdnet-2005"],
    unconfirmed: true,
    note: "No public lookup of NAC results was found, and NAC's current status (it may have been folded into the IT-ITeS Sector Skills Council's assessments) is unknown.",
  },
  disagreements: [],
  sources: [
    { id: "zdnet-2005", url: "https://www.zdnet.com/article/indias-outsourcing-antidote-takes-effect/", title: "India's outsourcing antidote takes effect", publisher: "ZDNet", published: "2005-11", accessed: "2026-11-29" },
    { id: "nac-note", url: "https://docplayer.net/amp/14586243-nasscom-assessment-of-competence-nac-information-note.html", title: "NASSCOM Assessment of Competence (NAC) information note", publisher: "NASSCOM (copy on docplayer.net)", accessed: "2026-11-29" },
    { id: "nac-factsheet", url: "https://www.slideshare.net/hidayath.ns/factsheet-nasscom-assessment-of-competence", title: "NASSCOM Assessment of Competence: Fact Sheet", publisher: "NASSCOM (copy on SlideShare)", accessed: "2026-11-29" },
    { id: "assamtimes", url: "https://assamtimes.org/node/1679?page=442", title: "Report on NASSCOM's NAC for BPO and the planned NAC-Tech", publisher: "Assam Times", accessed: "2026-11-29" },
    { id: "rediff-2004", url: "https://m.rediff.com/amp/money/2004/sep/02bpo2.htm", title: "Nasscom plans HR training certification and assessment programme for BPO firms", publisher: "Rediff.com", published: "2004-09-02", accessed: "2026-11-29" },
  ],
  description: `The NASSCOM Assessment of Competence (NAC) is a standard test of the skills needed for entry-level work in India's business-process outsourcing industry, including contact centres. It grew out of NASSCOM's 2004 plan for a BPO certification. Instead of certifying firms, it gives each job-seeker a comparable score that employers can use to screen candidates and plan training.

### Who it is for
Graduates and other candidates looking for first jobs in BPO. NASSCOM also saw it as a way for state governments to show investors the size and quality of their local talent pool.

### What achieving it involves
A single three-hour test, covering seven skill areas: spoken English, comprehension and writing, listening and keyboard skills, use of office software, numeracy and analysis, and concentration and accuracy. It combines multiple-choice and open questions with recorded voice samples. The result is a percentile score for each area, not a pass or fail. NASSCOM developed it with Hewitt Associates, and a group of large BPO employers helped design it and said they would give preference to candidates who had taken it.

### History
After a pilot in August 2005 with more than 6,000 candidates, the national roll-out began in November 2005 in Rajasthan. A version for IT services, NAC-Tech, was planned.

### Cost, validity and current status
No candidate fee or validity period was found. We could not confirm whether NAC is still offered; it may have been absorbed into later sector-skills assessments. It is therefore shown as dormant.

### Checking a claim
Ask for the score report and its date, and confirm with NASSCOM if needed.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
