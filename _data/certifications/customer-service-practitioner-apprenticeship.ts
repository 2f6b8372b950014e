import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "customer-service-practitioner-apprenticeship",
  name: "Customer Service Practitioner (Level 2) Apprenticeship",
  shortName: "Customer Service Practitioner",
  aliases: [
    { name: "ST0072", kind: "abbreviation", note: "The apprenticeship standard's reference." },
    { name: "Level 2 Customer Service Practitioner", kind: "alternative" },
    { name: "Customer Service Practitioner apprenticeship standard", kind: "alternative" },
  ],
  kind: "individual",
  categories: ["workforce", "customer-experience"],
  issuer: "skills-england",
  website: "https://www.skillsfirst.co.uk/end-point-assessment/apprenticeship-standards/customer-service-practitioner-level-2-st0072/",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "End-point assessment organisations and training providers still offer it; its current version on Skills England's register of standards was not read.",
    cite: ["skillsfirst-epa", "riverside-cost"],
    unconfirmed: true,
  },
  related: ["customer-service-excellence"],
  summary: "England's Level 2 apprenticeship for front-line customer service staff, contact-centre agents among them: at least 12 months of on-programme learning while employed, then an independent end-point assessment; the standard is now looked after through Skills England.",
  history: [
    { date: "2025", event: "The Institute for Apprenticeships and Technical Education (Transfer of Functions etc) Act 2025 confers IfATE's functions on the Secretary of State, exercised through the executive agency Skills England; the government reports on this on 27 November 2025.", cite: ["gov-ifate-2025"] },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      { min: 3500, currency: "GBP", basis: "per-person", priceType: "quoted", covers: "the apprenticeship (training and assessment); where the 5% co-investment applies the employer pays £175", context: "Riverside Training's price list, England", asOf: "2026", cite: ["riverside-cost"], note: "Undated page; dated to when it was read. Under the funding rules it quotes, it is free for employers with under 50 staff taking on a 16–18-year-old, and levy payers pay from their levy account." },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P12M", context: "minimum on-programme learning before the end-point assessment", asOf: "2026", cite: ["skillsfirst-epa"] },
    ],
  },
  validity: {
    status: "not-published",
    note: "The apprenticeship records a completed standard. The Education and Skills Funding Agency issues the apprenticeship certificate once the end-point assessment organisation reports a pass, but no source read says whether the certificate expires or is permanent. Looked at ESFA's guide to how apprentices are assessed (as reported by FE News), ESFA and Department for Education help pages on end-point assessment and certificates, an end-point assessment organisation's certification guidance, the Apprenticeships, Skills, Children and Learning Act 2009 explanatory notes, Ofqual pages, and the Skillsfirst and provider pages already cited (2026).",
    cite: ["fenews-esfa-epa"],
  },
  roles: [
    { role: "contact-centre-agent", stage: "entry", cite: ["skillsfirst-epa", "mercia-csp"], note: "The role covers delivering service to customers face to face, by telephone, email, text and social media, often as the first point of contact." },
  ],
  prerequisites: {
    status: "published",
    items: [
      { type: "education", requirement: "required", text: "Before the end-point assessment the apprentice must have achieved Level 1 English and maths and attempted Level 2 in both.", cite: ["skillsfirst-epa"] },
    ],
  },
  requirements: [
    { text: "After at least 12 months on programme, the employer and training provider formally sign off that the apprentice meets the standard's knowledge, skills and behaviours (the 'gateway').", cite: ["skillsfirst-epa"] },
    { text: "The end-point assessment uses three separate, face-to-face assessment methods, delivered in any order by an independent end-point assessment organisation.", cite: ["skillsfirst-epa"] },
    { text: "Training covers knowing your customers, regulations and legislation, customer experience, product and service knowledge, dealing with conflict, communication and team working.", cite: ["mercia-csp"] },
  ],
  recognition: [
    { text: "Training providers describe it as a nationally recognised qualification.", cite: ["mercia-csp"] },
    { text: "The standard was developed by an employer group led by organisations including Boots UK, the Institute of Customer Service, BT, British Gas and E.ON; a provider readiness report gives a maximum core government contribution of £3,000 for 2015/16 and 2016/17, subject to employer contribution.", cite: ["provider-readiness"] },
  ],
  regions: ["England"],
  verify: {
    how: "Ask for the apprenticeship certificate and the end-point assessment result, and confirm with the end-point assessment organisation or training provider named on it.",
    cite: ["skillsfirst-epa"],
    unconfirmed: true,
    note: "No public register of apprenticeship completions was found on the pages read.",
  },
  disagreements: [],
  sources: [
    { id: "skillsfirst-epa", url: "https://www.skillsfirst.co.uk/end-point-assessment/apprenticeship-standards/customer-service-practitioner-level-2-st0072/", title: "Customer Service Practitioner Level 2 – ST0072", publisher: "Skillsfirst (end-point assessment organisation)", kind: "certification-body", accessed: "2026-11-30" },
    { id: "riverside-cost", url: "https://knowledgebase.riverside-training.co.uk/qualifications/how-much-does-it-cost-to-take-on-an-apprentice", title: "How much will it cost to take on an Apprentice or start a qualification?", publisher: "Riverside Training", kind: "consultancy", accessed: "2026-11-30" },
    { id: "mercia-csp", url: "http://www.merciacollege.co.uk/employer/professional-services/customer-service-practitioner-level-2/", title: "Customer Service Practitioner Level 2", publisher: "Mercia College", kind: "consultancy", accessed: "2026-11-30" },
    { id: "provider-readiness", url: "https://businessdocbox.com/Human_Resources/91333634-Provider-readiness-report.html", title: "Provider Readiness Report: Customer Service Practitioner (Level 2) (copy)", publisher: "Training providers' delivery guidance (copy hosted by BusinessDocBox)", kind: "consultancy", published: "2016", accessed: "2026-11-30", note: "A scraped copy; the original report was not found in the search results. Dated from the funding years it quotes." },
    { id: "fenews-esfa-epa", url: "https://www.fenews.co.uk/press-releases/226-careers-information-on-fe-careers/17726-how-apprentices-in-england-are-assessed", title: "How apprentices in England are assessed", publisher: "FE News", kind: "press", accessed: "2026-11-30", note: "Reproduces a guide the Education and Skills Funding Agency published on 25 June; the year is not given in the text read." },
    { id: "gov-ifate-2025", url: "https://www.gov.uk/government/publications/a-report-on-the-exercise-of-ifates-relevant-functions/institute-for-apprenticeships-and-technical-education-transfer-of-functions-etc-act-2025-report-on-exercise-of-the-secretary-of-states-functions", title: "Institute for Apprenticeships and Technical Education (Transfer of Functions etc) Act 2025 – Report on exercise of the Secretary of State's functions", publisher: "UK Government (GOV.UK)", kind: "government", published: "2025-11-27", accessed: "2026-11-30" },
  ],
  description: `The **Customer Service Practitioner (Level 2)** apprenticeship, standard ST0072, is England's Level 2 apprenticeship for front-line customer service staff, including contact-centre agents. The apprentice is employed and learns on the job for at least 12 months, then passes an independent **end-point assessment**.

### What it covers
The standard describes people who deliver service face to face, by telephone, email, text or social media, often as the first point of contact. Training covers knowing the customer, regulations, the customer experience, product knowledge, handling conflict, communication and team working.

### Assessment
After at least 12 months on programme, the employer and provider sign the apprentice off at the 'gateway'. By then the apprentice must have Level 1 English and maths and have attempted Level 2. An end-point assessment organisation then runs three face-to-face assessment methods.

### Cost
One provider lists it at £3,500. Where the 5% co-investment rule applies the employer pays £175. Small employers taking on a 16–18-year-old pay nothing, and levy payers draw the cost from their levy account.

### Owner
The standard was written by an employer group including Boots, BT and the Institute of Customer Service. England's apprenticeship functions passed from IfATE to the Secretary of State under a 2025 Act and are exercised through Skills England.

### Checking a claim
Ask for the apprenticeship certificate and end-point assessment result, and confirm with the assessment organisation.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
