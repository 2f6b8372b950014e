import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "ciac-certification",
  name: "CIAC Certification",
  shortName: "CIAC",
  aliases: [
    { name: "CIAC", kind: "abbreviation", note: "Call Center Industry Advisory Council, the body that awarded it." },
    { name: "Call Center Industry Advisory Council certification", kind: "alternative" },
    { name: "CIAC Certified", kind: "alternative", note: "How holders often write it on a CV." },
    { name: "CIAC-Certified Strategic Leader (CCSL)", kind: "alternative", note: "One of the four designations." },
    { name: "CIAC-Certified Operations Manager (CCOM)", kind: "alternative", note: "One of the four designations." },
    { name: "CIAC-Certified Management Consultant (CCMC)", kind: "alternative", note: "One of the four designations." },
    { name: "CIAC-Certified Management Associate (CCMA)", kind: "alternative", note: "One of the four designations." },
  ],
  kind: "individual",
  categories: ["workforce"],
  issuer: "ciac",
  assurance: "certification",
  status: "superseded",
  statusDetail: {
    note: "ICMI says it identified the certification competencies together with the Call Center Industry Advisory Council and now awards ICMI Professional Certification with the same designation abbreviations and three-year recertification. No source gives a date on which CIAC certification ended or passed to ICMI, so 'superseded' is our reading of the sources.",
    cite: ["icmi-learn", "icmi-2011"],
    unconfirmed: true,
  },
  supersededBy: ["icmi-professional-certification"],
  related: ["hdi-professional-certifications", "ccxp", "sspa-certification"],
  summary: "A competency-based certification for call-centre managers and consultants, awarded by the non-profit Call Center Industry Advisory Council; its designations now continue as ICMI Professional Certification.",
  history: [
    { date: "2004", event: "The call-centre certification article lists CIAC Certification among the individual certifications open to call-centre staff.", cite: ["bpmwatch"], unconfirmed: true, note: "The article is undated; about 2004 is inferred from the dated items it links to." },
    { date: "2011-05", event: "ICMI writes that it has for many years prepared call-centre professionals for CIAC certification, and that its own Professional Certification courses work through the CIAC standards.", cite: ["icmi-2011"] },
  ],
  levels: [
    { name: "CIAC-Certified Management Associate (CCMA)", description: "For people who want to move into contact-centre management.", cite: ["ciac-details"] },
    { name: "CIAC-Certified Operations Manager (CCOM)", description: "For operations managers; at least one year in an operational role.", cite: ["ciac-details", "ciac-ccom-competencies"] },
    { name: "CIAC-Certified Strategic Leader (CCSL)", description: "For senior contact-centre leaders; at least one year in a strategic role.", cite: ["ciac-details"] },
    { name: "CIAC-Certified Management Consultant (CCMC)", description: "For consultants who advise contact centres.", cite: ["ciac-details"] },
  ],
  cost: { status: "not-published", note: "No fee for the CIAC programme appears in the sources found: the CIAC programme outline, the CIAC competency document, TechRepublic's article and ICMI's pages (looked at in 2026)." },
  timeToAchieve: {
    status: "published",
    figures: [
      {
        min: "P1Y",
        approximate: true,
        context: "whole process: four six-week training classes, each followed by a knowledge test, plus any work-product assessment",
        asOf: "2004",
        cite: ["ciac-details"],
        note: "The programme document is undated; 2004 is the approximate date of the earliest source we have that describes CIAC certification, not the document's own date.",
      },
      {
        min: "P6W",
        context: "each of the four competency training classes, held once a quarter; candidates were advised to test within 30 days of a class",
        asOf: "2004",
        cite: ["ciac-details"],
        note: "Undated programme document; see the note on the figure above.",
      },
    ],
  },
  validity: { status: "published", rules: [{ period: "P3Y", renewal: "Recertification every three years.", cite: ["ciac-details"] }] },
  roles: [
    { role: "team-leader", stage: "advanced", credential: "CIAC-Certified Management Associate (CCMA)", cite: ["ciac-details"], note: "The Management Associate designation was for people wanting a contact-centre management position." },
    { role: "contact-centre-manager", stage: "intermediate", credential: "CIAC-Certified Operations Manager (CCOM)", cite: ["ciac-details", "ciac-ccom-competencies"], note: "For people whose main job is day-to-day management of contact-centre operations." },
    { role: "head-of-customer-operations", stage: "advanced", credential: "CIAC-Certified Strategic Leader (CCSL)", cite: ["ciac-details", "techrepublic"] },
  ],
  prerequisites: {
    status: "published",
    items: [
      {
        type: "experience",
        requirement: "required",
        text: "At least one year in the candidate's current strategic job role.",
        years: 1,
        appliesTo: "CIAC-Certified Strategic Leader (CCSL)",
        cite: ["ciac-details"],
      },
      {
        type: "experience",
        requirement: "required",
        text: "At least one year in the candidate's current operational job role (the competency document: one year in a contact centre in an operational management role).",
        years: 1,
        appliesTo: "CIAC-Certified Operations Manager (CCOM)",
        cite: ["ciac-details", "ciac-ccom-competencies"],
      },
      {
        type: "other",
        requirement: "recommended",
        text: "A self-assessment before choosing a designation (recommended, not required).",
        cite: ["ciac-details"],
      },
    ],
  },
  requirements: [
    { text: "Choose one of four professional designations; a self-assessment is recommended but not required.", cite: ["ciac-details"] },
    { text: "Pass four knowledge assessments, one for each competency: People Management, Operations Management, Customer Relationship Management, and Leadership & Business Management. Each competency has a six-week training class held once a quarter, and candidates are advised to test within 30 days of the class.", cite: ["ciac-details"] },
    { text: "Complete a Work Product Assignment where the chosen designation requires one; behavioural competencies are assessed with a 360-degree review.", cite: ["ciac-details", "ciac-ccom-competencies"] },
    { text: "Strategic Leader and Operations Manager candidates need at least one year in their current role.", cite: ["ciac-details"] },
  ],
  recognition: [
    { text: "An executive recruiter quoted by TechRepublic called CIAC certification good to have but not yet a hiring requirement for his clients.", cite: ["techrepublic"] },
  ],
  regions: ["Not stated in the sources found"],
  verify: {
    how: "Ask the holder for the certificate, the designation (CCSL, CCOM, CCMC or CCMA) and the date it was awarded or last renewed; a certificate more than three years old without recertification has lapsed. Because the programme now runs under ICMI, ask ICMI whether it can confirm CIAC-era certificates.",
    cite: ["ciac-details", "icmi-learn"],
    unconfirmed: true,
    note: "No public register of CIAC holders was found, and no source says whether ICMI confirms certificates awarded under the CIAC name.",
  },
  disagreements: [],
  sources: [
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", kind: "press", accessed: "2026-11-29" },
    { id: "ciac-details", url: "https://fdocuments.net/document/ciac-certification-program-details.html", title: "CIAC Certification Program Details", publisher: "Call Center Industry Advisory Council (copy on fdocuments.net)", kind: "issuer", accessed: "2026-11-30", note: "A copy of CIAC's undated programme outline. CIAC no longer has a website of its own and we found no original or archived copy, so this copy is the only text of the outline." },
    { id: "ciac-ccom-competencies", url: "https://docplayer.net/amp/21962012-Ciac-call-center-management-competencies.html", title: "CIAC Call Center Management Competencies: CIAC-Certified Operations Manager (CCOM)", publisher: "Call Center Industry Advisory Council (copy on docplayer.net)", kind: "issuer", accessed: "2026-11-30", note: "A copy of CIAC's undated competency document; no original or archived copy was found." },
    { id: "techrepublic", url: "https://www.techrepublic.com/article/get-it-done-call-center-certifications-offer-a-new-way-to-prove-expertise/", title: "Get it done: Call center certifications offer a new way to prove expertise", publisher: "TechRepublic", kind: "press", accessed: "2026-11-30" },
    { id: "icmi-2011", url: "http://www.icmi.com/Resources/Strategy-and-Planning/2011/05/Looking-Beyond-Call-Center-Best-Practices-to-Certification-of-Skills", title: "Standards to Live By: Looking Beyond Call Center Best Practices to Certification of Skills", publisher: "ICMI", kind: "consultancy", published: "2011-05", accessed: "2026-11-30", note: "ICMI trained candidates for CIAC certification and now runs the successor programme." },
    { id: "icmi-learn", url: "http://www.icmi.com/Certification/What-Youll-Learn", title: "ICMI Professional Certification: What You'll Learn", publisher: "ICMI", kind: "consultancy", accessed: "2026-11-30", note: "ICMI runs the successor programme." },
  ],
  description: `CIAC Certification was a professional credential for people who run or advise call centres. It was created by the **Call Center Industry Advisory Council**, a non-profit set up by the industry itself, whose president Fredia Barry argued that the field needed a recognised standard of management competence to attract and keep qualified people.

### What it involved
Candidates picked one of four role designations: Management Associate, Operations Manager, Strategic Leader or Management Consultant. They then trained and were tested in four competency areas: people, operations, customer relationships, and leadership and business management. Each training class ran for six weeks. Some designations also required a piece of real work, reviewed by others, showing that the candidate could apply the standards. The whole route took about a year.

### Who it was for
The Management Associate designation was for people aiming at their first contact-centre management job. The Operations Manager designation was for people running day-to-day operations, and the Strategic Leader designation for senior leaders. Both of these needed at least a year in the role. The Management Consultant designation was for consultants to the industry.

### Cost and renewal
No fee was found in public sources. Certificates had to be renewed every three years.

### What happened to it
ICMI trained candidates for CIAC certification for many years. Its own ICMI Professional Certification now uses the same four-domain competency model and almost the same designations, under the ICMI name. We could not find when the handover happened, and we found no sign that the council still operates on its own. Treat CIAC Certification as the forerunner of ICMI Professional Certification.

### Checking a claim
There is no public register. Ask for the certificate and its date, and check that it has been renewed within three years.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
