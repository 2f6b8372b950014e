import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-18404",
  name: "ISO 18404 Competencies for key personnel and their organizations in relation to Six Sigma and Lean implementation",
  shortName: "ISO 18404",
  aliases: [
    { name: "ISO 18404:2015", kind: "alternative" },
    { name: "BS ISO 18404", kind: "alternative", note: "The UK edition." },
    { name: "RSS 18404", kind: "alternative", note: "The Royal Statistical Society's sector scheme through which people and organisations are certified to ISO 18404 in the UK." },
    { name: "Lean Six Sigma ISO standard", kind: "alternative" },
  ],
  kind: "individual",
  categories: ["process-improvement", "workforce"],
  issuer: "iso",
  assurance: "certification",
  status: "active",
  related: ["asq-six-sigma", "iassc-lean-six-sigma"],
  summary: "The international standard that defines the competencies of Six Sigma Green, Black and Master Black Belts and of Lean Practitioners, Leaders and Experts, and of the organisations that deploy them; Yellow Belt is deliberately left out. In the UK, certification runs through the Royal Statistical Society's RSS 18404 scheme.",
  history: [
    { date: "2015-11-30", event: "The UK edition, BS ISO 18404:2015, is published under BSI's authority.", cite: ["scribd-bs-18404"] },
    { date: "2015-12-01", event: "ISO 18404:2015 published (first edition).", cite: ["iteh-18404", "irca-18404"] },
    { date: "2016-02-02", event: "The standard is officially launched in the UK; work on a certification scheme at the Royal Statistical Society follows.", cite: ["servicesltd-what"] },
  ],
  levels: [
    { name: "Six Sigma Green Belt", description: "The first of three certifiable Six Sigma levels; delivers the agreed benefits of a Six Sigma project, often within the holder's own area of work.", cite: ["iteh-18404", "servicesltd-gb", "standrewslean-18404"] },
    { name: "Lean Practitioner", description: "The first Lean level, focused on understanding and applying Lean principles; treated alongside the Green Belt for renewal.", cite: ["iteh-18404", "standrewslean-18404", "servicesltd-what"] },
    { name: "Six Sigma Black Belt", cite: ["iteh-18404", "servicesltd-gb", "standrewslean-18404"] },
    { name: "Lean Leader", description: "The Lean equivalent of the Black Belt, with added stakeholder management, team engagement and reporting.", cite: ["standrewslean-18404", "servicesltd-ongoing"] },
    { name: "Six Sigma Master Black Belt", cite: ["servicesltd-gb", "standrewslean-18404", "rss-18404"] },
    { name: "Lean Expert", description: "The highest Lean level, the equivalent of the Master Black Belt.", cite: ["standrewslean-18404", "rss-18404"] },
  ],
  cost: { status: "not-published", note: "Looked at the Royal Statistical Society's RSS 18404 page and searched for the RSS 18404 sector scheme's fees for assessment centres, individuals and certification bodies; the blogs of Services Limited and St Andrews Lean; the CQI/IRCA blog; ISO 18404 pages from other consultancies and training providers (MS Matter, Greece Lean Six Sigma, BSNS QA, isorobot); and German and UK Lean Six Sigma course pages that mention ISO 18404 (2026). None publishes a fee for assessment or certification to ISO 18404. Belt training and exams from ASQ or IASSC, and courses merely 'aligned' with ISO 18404, are separate offerings with their own prices." },
  timeToAchieve: { status: "not-published", note: "No duration published in the same sources (2026); certification is by assessment of a portfolio of completed work rather than by a course of fixed length, and none of the pages read says how long an RSS 18404 assessment or an organisation's certification takes." },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Six Sigma Green Belt and Lean Practitioner",
        period: "P1Y",
        renewal: "A yearly in-house check: an annual status review of the holder's portfolio of work by a Black Belt or Master Black Belt, or the Lean equivalent.",
        cite: ["servicesltd-what", "servicesltd-ongoing"],
        note: "As described in 2018 by a UK consultancy, Services Limited, whose blog reports that Professor Tony Bendell chaired the meetings at the Royal Statistical Society on a certification scheme; we could not read the standard or the scheme document itself.",
      },
      {
        appliesTo: "Six Sigma Black Belt, Master Black Belt and their Lean equivalents",
        period: "P3Y",
        renewal: "A review by an external certification body every three years; Black Belts and Lean Leaders also have a yearly review by a Master Black Belt or Lean Expert.",
        cite: ["servicesltd-what", "servicesltd-ongoing"],
        note: "Same source and caveat as above.",
      },
    ],
  },
  roles: [
    { role: "quality-analyst", stage: "intermediate", credential: "Six Sigma Green Belt", cite: ["servicesltd-gb"], note: "The Green Belt delivers Six Sigma projects within the holder's usual field of work, often under the direction of a Black Belt." },
    { role: "process-improvement-lead", stage: "intermediate", credential: "Lean Practitioner", cite: ["standrewslean-18404"], note: "The Lean Practitioner level covers applying Lean principles, workplace optimisation and the analysis and measurement of process improvement." },
    { role: "process-improvement-lead", stage: "advanced", credential: "Six Sigma Black Belt", cite: ["servicesltd-gb", "irca-18404"], note: "Black Belts lead the larger Six Sigma projects on which Green Belts work." },
    { role: "process-improvement-lead", stage: "advanced", credential: "Six Sigma Master Black Belt", cite: ["servicesltd-gb", "rss-18404"] },
  ],
  prerequisites: {
    status: "published",
    items: [
      { type: "experience", requirement: "required", text: "A portfolio of evidence of the holder's own Lean or Six Sigma work experience, which forms the basis of assessment and of later reviews.", cite: ["servicesltd-ongoing", "servicesltd-what"] },
      { type: "other", requirement: "required", text: "In the UK, assessment at a Royal Statistical Society assessment centre (or by an RSS 18404 certified organisation) for the level sought.", cite: ["rss-18404"] },
      { type: "training", requirement: "recommended", text: "The Royal Statistical Society runs training courses that prepare individuals for its assessment centres.", cite: ["rss-18404"] },
    ],
  },
  requirements: [
    { text: "Defines the competencies for specific levels in Six Sigma, in Lean and in combined \"Lean & Six Sigma\", for individuals (for example Black Belts, Green Belts and Lean practitioners) and for their organisations.", cite: ["iteh-18404", "isorobot-18404"] },
    { text: "Yellow Belt is not included, and Design for Six Sigma is excluded.", cite: ["iteh-18404", "bsnsqa-18404"] },
    { text: "Focuses on competencies (skills and abilities) that deliver benefits to an organisation, not on the educational level required for each role.", cite: ["isorobot-18404"] },
    { text: "Builds on ISO 13053-1 (the DMAIC method) and ISO 13053-2 (tools and techniques), which it references normatively.", cite: ["bsnsqa-18404"] },
    { text: "In the UK the Royal Statistical Society's sector scheme, RSS 18404, is the only route to certification against ISO 18404. The RSS approves and monitors the certification bodies that audit organisations, runs assessment centres for individuals at every level, and keeps a register of assessed personnel and certified organisations.", cite: ["rss-18404"] },
    { text: "Certification assesses the application of competencies, shown through a portfolio of completed work, rather than knowledge alone.", cite: ["servicesltd-what", "servicesltd-ongoing"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Ask the person or organisation for the certificate, which level it covers (Green Belt, Black Belt, Lean Practitioner and so on), who assessed it and against which scheme. For UK certificates under RSS 18404, ask the Royal Statistical Society, which keeps a register of assessed personnel and certified organisations. A Yellow Belt cannot be certified to ISO 18404, because the standard leaves it out.",
    cite: ["iteh-18404", "rss-18404"],
    unconfirmed: true,
    note: "We found no public web address for the RSS register, so none is given here.",
  },
  disagreements: [],
  sources: [
    { id: "iteh-18404", url: "https://standards.theiteh.com/catalog/standards/iso/efd69beb-5ade-4491-8ad9-b639956f33af/iso-18404-2015", title: "ISO 18404:2015 Quantitative methods in process improvement – Six Sigma – Competencies for key personnel and their organizations", publisher: "iTeh Standards", kind: "reference", accessed: "2026-11-30", note: "A standards retailer showing the standard's scope and first pages." },
    { id: "scribd-bs-18404", url: "https://www.scribd.com/document/652448181/BS-ISO-18404-2015-parte-1", title: "BS ISO 18404:2015 (front matter)", publisher: "BSI, via Scribd", kind: "standards-body", accessed: "2026-11-30", note: "A copy on a document-sharing site. The standard is sold, not public, and we found no BSI page giving the UK publication date; we keep this copy only for that date, printed in the national foreword." },
    { id: "irca-18404", url: "http://blog.irca.org/index.php/do-we-need-an-iso-standard-for-lean-and-six-sigma/", title: "Do we need an ISO standard for Lean and Six Sigma?", publisher: "CQI and IRCA blog (Quality World)", kind: "press", accessed: "2026-11-30" },
    { id: "rss-18404", url: "https://www.rss.org.uk/RSS/pro_dev/RSS_18404_/RSS/pro_dev/Lean_and_Six_Sigma/RSS18404.aspx?hkey=59f3a295-a7f7-4514-89ee-bf15e4c3b1cd", title: "RSS 18404: the only route for certification against ISO 18404:2015", publisher: "Royal Statistical Society", kind: "certification-body", accessed: "2026-11-30", note: "The scheme owner's page; replaces an EverybodyWiki page cited before." },
    { id: "standrewslean-18404", url: "http://standrewslean.com/blog/iso18404/", title: "ISO 18404", publisher: "St Andrews Lean", kind: "consultancy", accessed: "2026-11-30" },
    { id: "servicesltd-what", url: "https://www.servicesltd.co.uk/post/2018/04/23/what-is-iso184042015", title: "What is ISO18404:2015?", publisher: "Services Limited", kind: "consultancy", published: "2018-04-23", accessed: "2026-11-30" },
    { id: "servicesltd-gb", url: "https://www.servicesltd.co.uk/post/2018/04/23/iso18404-5-benefits-of-certification", title: "ISO18404: 5 Benefits of Certification", publisher: "Services Limited", kind: "consultancy", published: "2018-04-23", accessed: "2026-11-30" },
    { id: "servicesltd-ongoing", url: "https://www.servicesltd.co.uk/post/2018/04/23/iso18404-ongoing-certification-requirements", title: "ISO18404: Ongoing Certification Requirements", publisher: "Services Limited", kind: "consultancy", published: "2018-04-23", accessed: "2026-11-30" },
    { id: "isorobot-18404", url: "http://isorobot.io/iso-18404-lean-six-sigma.html", title: "ISO 18404 Lean Six Sigma", publisher: "isorobot.io", kind: "consultancy", accessed: "2026-11-30" },
    { id: "bsnsqa-18404", url: "https://bsnsqa.com/18404.php", title: "ISO 18404 – Quantitative methods in process improvement", publisher: "BSNS QA", kind: "consultancy", accessed: "2026-11-30" },
  ],
  description: `Six Sigma has no single owner, and a "Black Belt" from one trainer may not mean the same as one from another. ISO 18404, published on 1 December 2015, tries to fix that by defining **what competencies each role needs**, for Six Sigma, for Lean and for the combination the standard calls "Lean & Six Sigma". It covers individuals and also the organisations that deploy them, so a BPO or contact centre running an improvement programme can be assessed as well as its staff.

### Levels
There are three Six Sigma levels (Green Belt, Black Belt, Master Black Belt) and three Lean levels (Practitioner, Leader, Expert); "Lean & Six Sigma" combines the matching levels and follows the belt structure. Two things are deliberately out of scope: **Yellow Belt is not included**, and Design for Six Sigma is excluded. A Yellow Belt certificate, however useful, therefore cannot be an ISO 18404 certificate.

### How certification works
The standard describes competencies (skills and abilities that deliver results) rather than the education each role needs, and it builds on ISO 13053, the two-part ISO standard on the DMAIC method and its tools. In the UK the **Royal Statistical Society's RSS 18404 scheme** is the only route to certification: the RSS approves the certification bodies that audit organisations, runs assessment centres for individuals, and keeps a register of certified people and organisations. Candidates show a portfolio of completed work, not just exam results.

### Cost, time and renewal
No source gives a cost or a typical duration. A UK consultancy close to the scheme's creation describes the renewal rules: Green Belts and Lean Practitioners have a yearly in-house review of their portfolio, and Black Belts, Master Black Belts and their Lean equivalents a review by an external certification body every three years. Belt training and exams from bodies such as ASQ or IASSC are separate credentials with their own rules; see their pages.

### Checking a holder
Ask for the certificate, the level it covers, the assessing body and the scheme it used, and confirm it with that body; for UK certificates the RSS keeps a register. For an organisation, ask what part of the business and which roles the assessment covered.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
