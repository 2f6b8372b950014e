import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "ciac-certification",
  name: "CIAC Certification",
  shortName: "CIAC",
  aliases: [
    { name: "CIAC", kind: "abbreviation", note: "Call Center Industry Advisory Council, the body that awarded it." },
    { name: "Call Center Industry Advisory Council certification", kind: "alternative" },
    { name: "CIAC-Certified Strategic Leader (CCSL)", kind: "alternative", note: "One of the four designations." },
    { name: "CIAC-Certified Operations Manager (CCOM)", kind: "alternative", note: "One of the four designations." },
  ],
  kind: "individual",
  categories: ["workforce"],
  issuer: "ciac",
  status: "superseded",
  supersededBy: ["icmi-professional-certification"],
  related: ["hdi-professional-certifications", "ccxp", "sspa-certification"],
  summary: "A competency-based certification for call-centre managers and consultants, awarded by the non-profit Call Center Industry Advisory Council; its designations now continue as ICMI Professional Certification.",
  history: [
    { date: "2004", event: "The call-centre certification article lists CIAC Certification among the individual certifications open to call-centre staff.", cite: ["bpmwatch"], unconfirmed: true, note: "The article is undated; about 2004 is inferred from the dated items it links to." },
    { date: "2011-05", event: "ICMI writes that it has for many years prepared call-centre professionals for CIAC certification, and that its own Professional Certification courses work through the CIAC standards.", cite: ["icmi-2011"] },
  ],
  levels: [
    { name: "CIAC-Certified Strategic Leader (CCSL)", description: "For senior contact-centre leaders; at least one year in a strategic role.", cite: ["ciac-details"] },
    { name: "CIAC-Certified Operations Manager (CCOM)", description: "For operations managers; at least one year in an operational role.", cite: ["ciac-details"] },
    { name: "CIAC-Certified Management Consultant (CCMC)", description: "For consultants who advise contact centres.", cite: ["ciac-details"] },
    { name: "CIAC-Certified Management Associate (CCMA)", description: "For people who want to move into contact-centre management.", cite: ["ciac-details"] },
  ],
  cost: { status: "not-published", note: "no fee for the CIAC programme appears in the sources found." },
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
    ],
  },
  validity: { status: "published", period: "P3Y", renewal: "Recertification every three years.", cite: ["ciac-details"] },
  requirements: [
    { text: "Choose one of four professional designations; a self-assessment is recommended but not required.", cite: ["ciac-details"] },
    { text: "Pass four knowledge assessments, one for each competency: People Management, Operations Management, Customer Relationship Management, and Leadership & Business Management. Each competency has a six-week training class held once a quarter, and candidates are advised to test within 30 days of the class.", cite: ["ciac-details"] },
    { text: "Complete a Work Product Assignment where the chosen designation requires one, with a 360-degree review.", cite: ["ciac-details"] },
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
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", accessed: "2026-11-29" },
    { id: "ciac-details", url: "https://fdocuments.net/document/ciac-certification-program-details.html", title: "CIAC Certification Program Details", publisher: "Call Center Industry Advisory Council (copy on fdocuments.net)", accessed: "2026-11-29" },
    { id: "techrepublic", url: "https://www.techrepublic.com/article/get-it-done-call-center-certifications-offer-a-new-way-to-prove-expertise/", title: "Get it done: Call center certifications offer a new way to prove expertise", publisher: "TechRepublic", accessed: "2026-11-29" },
    { id: "icmi-2011", url: "http://www.icmi.com/Resources/Strategy-and-Planning/2011/05/Looking-Beyond-Call-Center-Best-Practices-to-Certification-of-Skills", title: "Standards to Live By: Looking Beyond Call Center Best Practices to Certification of Skills", publisher: "ICMI", published: "2011-05", accessed: "2026-11-29" },
    { id: "icmi-learn", url: "http://www.icmi.com/Certification/What-Youll-Learn", title: "ICMI Professional Certification: What You'll Learn", publisher: "ICMI", accessed: "2026-11-29" },
  ],
  description: `CIAC Certification was a professional credential for people who run or advise call centres. It was created by the **Call Center Industry Advisory Council**, a non-profit set up by the industry itself, whose president Fredia Barry argued that the field needed a recognised standard of management competence to attract and keep qualified people.

### What it involved
Candidates picked one of four role designations: Strategic Leader, Operations Manager, Management Consultant or Management Associate. They then trained and were tested in four competency areas: people, operations, customer relationships, and leadership and business management. Each training class ran for six weeks. Some designations also required a piece of real work, reviewed by others, showing that the candidate could apply the standards. The whole route took about a year.

### Cost and renewal
No fee was found in public sources. Certificates had to be renewed every three years.

### What happened to it
ICMI trained candidates for CIAC certification for many years. Its own ICMI Professional Certification now uses the same four-domain competency model and almost the same designations, under the ICMI name. We could not find when the handover happened, and we found no sign that the council still operates on its own. Treat CIAC Certification as the forerunner of ICMI Professional Certification.

### Checking a claim
There is no public register. Ask for the certificate and its date, and check that it has been renewed within three years.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
