import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "nasscom-assessment-of-competence",
  name: "NASSCOM Assessment of Competence",
  shortName: "NAC",
  aliases: [
    { name: "NAC", kind: "abbreviation" },
    { name: "NASSCOM Assessment of Competency", kind: "alternative", note: "Spelling used in some press reports." },
    { name: "NAC test", kind: "alternative" },
    { name: "NASSCOM BPO certification", kind: "alternative", note: "What the 2004 plan was called before it became NAC." },
  ],
  kind: "individual",
  categories: ["workforce", "outsourcing"],
  issuer: "nasscom",
  website: "http://nac.nasscom.in/",
  assurance: "assessment",
  status: "active",
  statusDetail: {
    note: "NASSCOM's NAC site still describes the test, its fee and how organisations can request a sitting, now under SSC NASSCOM (the IT-ITeS Sector Skills Council). The page is undated and we found no dated report of recent sittings, so whether NAC tests are still held is not confirmed.",
    cite: ["nac-site"],
    unconfirmed: true,
  },
  supersedes: ["nasscom-bpo-certification-plan"],
  summary: "A standard skills test for people seeking entry-level jobs in India's BPO industry, created by NASSCOM and rolled out from 2005; it gives a score, not a pass or fail, and is now presented by SSC NASSCOM.",
  history: [
    { date: "2004-09-02", event: "NASSCOM announces it is planning an HR training certification and an assessment programme for BPO staff, with Hewitt Associates for entry level and QAI for middle managers.", cite: ["rediff-2004"] },
    { start: true, date: "2005-08", event: "Pilot phase: more than 6,000 candidates take the assessment.", cite: ["zdnet-2005"] },
    { date: "2005-11-18", event: "First test of the national roll-out, in two cities in Rajasthan, with some 2,500 candidates.", cite: ["zdnet-2005"] },
    { date: "2007-09-09", event: "Chandigarh's administration sponsors the NAC fee for about 1,230 final-year students from its colleges, who sit the test on one day.", cite: ["spic-2007"] },
    { date: "2008-01-25", event: "NASSCOM announces the national roll-out of NAC-Tech, a counterpart test for engineering students, with MeritTrac as assessment partner.", cite: ["siliconindia-2008"] },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      {
        min: 750,
        currency: "INR",
        basis: "per-exam",
        priceType: "list",
        context: "test fee per candidate, plus applicable taxes",
        asOf: "2026",
        cite: ["nac-site"],
        note: "The NAC page is undated, so the figure is dated to when it was read; it may be older.",
      },
      {
        min: 378,
        currency: "INR",
        basis: "per-exam",
        priceType: "list",
        context: "subsidised fee, inclusive of taxes, for tests officially run by government universities or colleges and for state-wide assessments",
        asOf: "2026",
        cite: ["nac-site"],
        note: "Undated page; dated to when it was read.",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [{ min: "PT3H", context: "length of the single assessment test", asOf: "2005-11", cite: ["zdnet-2005"] }],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "NAC score",
        period: "P1Y",
        renewal: "No renewal is described; each BPO firm decides which NAC cut-off scores it accepts and whether it also sets its own test.",
        cite: ["careerquips-2008", "siliconindia-2008"],
        unconfirmed: true,
        note: "Stated in February 2008 by a career-advice blog ('the scores made by you in this test will be valid for one year for most prominent BPO firms'), not by NASSCOM. NASSCOM's NAC site (two versions), its NAC information note, ZDNet's 2005 report, Business Line's report on the revamped test and other Indian press read give no validity period. A 2008 report gives the same one-year validity for the sister test NAC-Tech.",
      },
    ],
  },
  roles: [
    {
      role: "contact-centre-agent",
      stage: "entry",
      cite: ["nac-site", "zdnet-2005"],
      note: "NASSCOM presents NAC as a way for BPO employers to screen candidates for entry-level jobs; it is taken before joining.",
    },
  ],
  prerequisites: {
    status: "published",
    items: [
      {
        type: "education",
        requirement: "required",
        text: "Open to any candidate in the final year of an undergraduate programme or equivalent course.",
        cite: ["nac-site"],
      },
      {
        type: "education",
        requirement: "recommended",
        text: "A minimum aggregate of 60% in the pre-final year is preferred.",
        cite: ["nac-site"],
      },
    ],
  },
  requirements: [
    { text: "A three-hour test of seven skill areas, including spoken English and verbal communication, comprehension and writing, listening and keyboard skills, use of business software, numerical and analytical ability, and concentration and accuracy.", cite: ["zdnet-2005"] },
    { text: "The test mixes multiple-choice and open-ended questions with recorded voice samples; results are reported as a percentile score for each skill area.", cite: ["zdnet-2005"] },
    { text: "NASSCOM describes NAC as an online test of basic employability skills whose results employers can use to screen candidates and managers can use for training-needs analysis.", cite: ["nac-site"] },
  ],
  recognition: [
    { text: "Genpact, IBM, Accenture, Convergys, EXL, HCL, Infosys, WNS and Deloitte helped create NAC and, as endorsing companies, were to give preference to candidates who had taken it.", cite: ["nac-note"] },
    { text: "NASSCOM's NAC site names Accenture, Convergys, Concentrix, EXL, Genpact, Infosys BPO, Wipro BPO and WNS among the organisations that endorse it.", cite: ["nac-site"] },
    { text: "NASSCOM planned a counterpart test for IT services, NAC-Tech.", cite: ["assamtimes"] },
  ],
  regions: ["India"],
  verify: {
    how: "NAC is a test score, not a licence. Ask the candidate for the NAC score report, check the date and the percentile for each skill area, and confirm the result with SSC NASSCOM if you rely on it for hiring.",
    cite: ["zdnet-2005", "nac-site"],
    unconfirmed: true,
    note: "No public lookup of NAC results was found.",
  },
  disagreements: [],
  sources: [
    { id: "nac-site", url: "http://nac.nasscom.in/", title: "NAC - NASSCOM Assessment of Competence", publisher: "NASSCOM / SSC NASSCOM", kind: "issuer", accessed: "2026-11-30", note: "Two stored versions of this page were read: an older one presenting NAC as NASSCOM's ITeS-BPO programme, and a newer one presenting it under SSC NASSCOM with the fee and eligibility. Neither is dated." },
    { id: "zdnet-2005", url: "https://www.zdnet.com/article/indias-outsourcing-antidote-takes-effect/", title: "India's outsourcing antidote takes effect", publisher: "ZDNet", kind: "press", published: "2005-11", accessed: "2026-11-29" },
    { id: "nac-note", url: "https://docplayer.net/amp/14586243-nasscom-assessment-of-competence-nac-information-note.html", title: "NASSCOM Assessment of Competence (NAC) information note", publisher: "NASSCOM (copy on docplayer.net)", kind: "issuer", accessed: "2026-11-29", note: "A copy of NASSCOM's information note; the original is no longer on NASSCOM's sites and no archived copy was found, so this copy is kept for the list of companies that helped create NAC." },
    { id: "assamtimes", url: "https://assamtimes.org/node/1679?page=442", title: "Report on NASSCOM's NAC for BPO and the planned NAC-Tech", publisher: "Assam Times", kind: "press", accessed: "2026-11-30" },
    { id: "rediff-2004", url: "https://m.rediff.com/amp/money/2004/sep/02bpo2.htm", title: "Nasscom plans HR training certification and assessment programme for BPO firms", publisher: "Rediff.com", kind: "press", published: "2004-09-02", accessed: "2026-11-29" },
    { id: "spic-2007", url: "http://spicindia.com/pages/nac", title: "National Assessment of Competence (NAC)", publisher: "Society for Promotion of IT in Chandigarh (SPIC)", kind: "government", accessed: "2026-11-30" },
    { id: "careerquips-2008", url: "http://www.careerquips.blogspot.com/2008/02/nac-test-your-passport-to-bpo-job.html", title: "NAC Test - your passport to a BPO Job", publisher: "CareerQuips (blog)", kind: "press", published: "2008-02-16", accessed: "2026-11-30", note: "A personal career-advice blog, not NASSCOM; shown because no official source states how long a NAC score is valid." },
    { id: "siliconindia-2008", url: "http://www.siliconindia.com/shownews/Nasscom_rolls_out_NACTECH_across_India_-nid-39060-cid-2.html", title: "Nasscom rolls out NAC-TECH across India", publisher: "siliconindia", kind: "press", published: "2008-01-25", accessed: "2026-11-30" },
  ],
  description: `The NASSCOM Assessment of Competence (NAC) is a standard test of the skills needed for entry-level work in India's business-process outsourcing industry, including contact centres. It grew out of NASSCOM's 2004 plan for a BPO certification. Instead of certifying firms, it gives each job-seeker a comparable score that employers can use to screen candidates and plan training. **It is an assessment, not a certification to a standard**: there is no pass mark, only a score for each skill.

### Who it is for
Final-year undergraduates and others looking for first jobs in BPO, such as contact-centre agent roles. NASSCOM also saw it as a way for state governments to show investors the size and quality of their local talent pool; Chandigarh, for one, paid the fee for its students in 2007.

### What achieving it involves
A single three-hour test, covering seven skill areas: spoken English, comprehension and writing, listening and keyboard skills, use of office software, numeracy and analysis, and concentration and accuracy. It combines multiple-choice and open questions with recorded voice samples. The result is a percentile score for each area, not a pass or fail. A group of large BPO employers helped design it and said they would give preference to candidates who had taken it.

### Cost
NASSCOM's NAC site gives a test fee of Rs 750 plus taxes, or a subsidised Rs 378 including taxes for tests run by government universities and colleges and for state-wide assessments. The page is undated.

### History and current status
After a pilot in August 2005 with more than 6,000 candidates, the national roll-out began in November 2005 in Rajasthan. A version for engineering and IT graduates, NAC-Tech, followed. NASSCOM's NAC site now presents the test under SSC NASSCOM, the IT-ITeS Sector Skills Council, but we could not confirm that sittings are still held. NASSCOM states no validity period for a score; a 2008 career blog said scores were valid for one year with most large BPO employers.

### Checking a claim
Ask for the score report and its date, and confirm with SSC NASSCOM if needed.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
