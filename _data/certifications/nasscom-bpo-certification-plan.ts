import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "nasscom-bpo-certification-plan",
  name: "NASSCOM BPO certification plan (2004)",
  shortName: "NASSCOM BPO certification",
  aliases: [
    { name: "NASSCOM BPO certification", kind: "alternative" },
    { name: "NASSCOM HR certification", kind: "alternative", note: "The plan included a human-resource training certification." },
    { name: "NASSCOM", kind: "abbreviation", note: "National Association of Software and Service Companies." },
  ],
  kind: "individual",
  categories: ["workforce", "outsourcing"],
  issuer: "nasscom",
  assurance: "assessment",
  status: "superseded",
  statusDetail: {
    note: "The plan's entry-level strand was piloted in August 2005 as the NASSCOM Assessment of Competence, a test of individual candidates; no certification of BPO firms followed.",
    cite: ["zdnet-2005", "rediff-2004"],
  },
  supersededBy: ["nasscom-assessment-of-competence"],
  related: ["copc-cx-standard", "escm-sp"],
  summary: "NASSCOM's 2004 plan for a training certification and assessment programme for India's BPO industry; it became the NASSCOM Assessment of Competence, a test for entry-level staff, and no certification of BPO firms followed.",
  history: [
    { date: "2004", event: "The call-centre certification article reports that NASSCOM is planning certification programmes for HR personnel and for BPO firms, which could become an industry standard in India.", cite: ["bpmwatch"], unconfirmed: true, note: "The article is undated (about 2004)." },
    { date: "2004-09-02", event: "NASSCOM says it plans to introduce a human-resource training certification and an assessment programme for BPO firms within two to three months, with Hewitt Associates certifying entry-level employees and QAI India developing middle managers.", cite: ["rediff-2004"] },
    { date: "2005-08", event: "The programme is piloted as the NASSCOM Assessment of Competence, a test of entry-level candidates.", cite: ["zdnet-2005"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "The plan was announced without fees: neither NASSCOM's September 2004 announcement (Rediff) nor the c. 2004 bpmwatch article gives one. For the test it became, see the NASSCOM Assessment of Competence." },
  timeToAchieve: { status: "not-published", note: "The plan was announced without details of duration; the 2004 announcement and bpmwatch article give none." },
  validity: { status: "not-published", note: "The plan was announced without details of validity; the 2004 announcement and bpmwatch article give none." },
  roles: [
    { role: "contact-centre-agent", stage: "entry", cite: ["rediff-2004"], note: "The Hewitt strand was to certify entry-level BPO employees." },
    { role: "team-leader", stage: "intermediate", cite: ["rediff-2004"], note: "The QAI strand was to develop middle managers' people-management skills." },
  ],
  prerequisites: { status: "none-published", note: "The September 2004 announcement gave no entry requirements for either strand; the plan was never launched in this form.", cite: ["rediff-2004"] },
  requirements: [
    { text: "As announced, Hewitt Associates had submitted a programme for certifying entry-level BPO employees, to be endorsed by the leading BPO firms.", cite: ["rediff-2004"] },
    { text: "A separate track with QAI India was to train middle managers in soft skills such as people management and group dynamics.", cite: ["rediff-2004"] },
  ],
  recognition: [],
  regions: ["India"],
  verify: {
    how: "There is nothing to verify under this name: the plan led to the NASSCOM Assessment of Competence, a test for individual candidates. A claim that a BPO firm is 'NASSCOM certified' as an organisation does not match any NASSCOM programme we could find; ask the firm what exactly it holds (for example NASSCOM membership, or NAC scores for its staff).",
    cite: ["rediff-2004", "zdnet-2005"],
    unconfirmed: true,
    note: "The absence of an organisational NASSCOM BPO certification is a finding of our search, not a statement by NASSCOM.",
  },
  disagreements: [
    {
      topic: "Whom the planned certification was for",
      positions: [
        { claim: "Certification programmes for HR personnel and also for BPO firms, i.e. including an organisational certification.", cite: ["bpmwatch"] },
        { claim: "A training certification for entry-level employees (with Hewitt Associates) and development of middle managers (with QAI), as part of an assessment programme for the BPO industry.", cite: ["rediff-2004"] },
      ],
      note: "What was actually launched, the NASSCOM Assessment of Competence, assesses individual candidates; no certification of BPO firms was found.",
    },
  ],
  sources: [
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", kind: "press", accessed: "2026-11-30" },
    { id: "rediff-2004", url: "https://m.rediff.com/amp/money/2004/sep/02bpo2.htm", title: "Nasscom plans HR training certification and assessment programme for BPO firms", publisher: "Rediff.com", kind: "press", published: "2004-09-02", accessed: "2026-11-30" },
    { id: "zdnet-2005", url: "https://www.zdnet.com/article/indias-outsourcing-antidote-takes-effect/", title: "India's outsourcing antidote takes effect", publisher: "ZDNet", kind: "press", published: "2005-11", accessed: "2026-11-30" },
  ],
  description: `In 2004 NASSCOM, the Indian IT and BPO industry association, said it would introduce a certification for the business-process outsourcing industry that it hoped would become an industry standard. The call-centre certification article of that time reported it as certification programmes "for HR personnel and also for BPO firms".

### What was actually planned
NASSCOM's own announcement in September 2004 was about **people**, not firms. Hewitt Associates, an HR consultancy, had proposed a certification for entry-level BPO employees, to be backed by the leading BPO companies. A second track with QAI India was to build the soft skills of middle managers, many of whom had very little experience. NASSCOM also planned work with universities to add BPO-relevant modules to degree courses. The aim was to enlarge the supply of job-ready staff for a fast-growing industry.

### What it became
The entry-level strand became the **NASSCOM Assessment of Competence (NAC)**. It was piloted in August 2005 and rolled out nationally from November 2005. See that page for how the test works.

### What did not happen
We found no NASSCOM certification of BPO **organisations**, then or later. No fees, durations or validity rules were ever published for the 2004 plan itself.

### Checking a claim
If a vendor says it is "NASSCOM certified", ask what it means. Membership of NASSCOM, or staff who have taken the NAC test, is not a certification of the firm's operations.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
