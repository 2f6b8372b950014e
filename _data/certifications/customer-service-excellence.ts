import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "customer-service-excellence",
  name: "Customer Service Excellence",
  shortName: "CSE",
  aliases: [
    { name: "CSE", kind: "abbreviation" },
    { name: "Customer Service Excellence standard", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["customer-experience", "quality-management"],
  issuer: "uk-cabinet-office",
  website: "https://customerserviceexcellence.uk.com",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "Still assessed and awarded: public bodies report annual reassessments as recently as 2024, and the scheme's website still refers organisations to its licensed certification bodies.",
    cite: ["iopc-cse", "cse-faq"],
  },
  supersedes: ["charter-mark"],
  related: ["iso-18295-1", "iso-10002", "ccxp", "copc-cx-standard"],
  summary: "A UK customer-service standard launched by the Cabinet Office in March 2008 to replace the Charter Mark; organisations are certified against five criteria by licensed certification bodies on a three-year cycle with yearly reviews.",
  history: [
    { date: "2005", event: "Cabinet Office ministers commission Bernard Herdan to review the Charter Mark scheme.", cite: ["cse-faq"] },
    { date: "2006-06", event: "Herdan's report, 'The Customer Voice in Transforming Services', recommends a new standard based on the key drivers of customer satisfaction.", cite: ["cse-faq"] },
    { date: "2006-12", event: "The government accepts the report's main recommendations.", cite: ["cse-faq"] },
    { start: true, date: "2008-03-10", event: "Minister Tom Watson launches Customer Service Excellence at the Tower '08 event; organisations can apply for assessment from that day.", cite: ["wired-gov-2008", "cse-faq-old"] },
    { date: "2008-06-30", event: "Charter Mark closes to new applications; marks already awarded run on until 30 June 2011.", cite: ["pasc-report"] },
    { date: "2009-05-15", event: "A parliamentary written answer states that the Cabinet Office owns the scheme and licenses four independent certification bodies to assess it.", cite: ["hansard-2009"] },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      {
        min: 62040,
        currency: "GBP",
        basis: "per-organisation",
        priceType: "reported",
        context: "Scottish Courts and Tribunals Service: contract for CSE accreditation by a certification body licensed by the Cabinet Office, awarded on 13 November 2024 (a public body's contract award notice)",
        covers: "Undertaking CSE accreditation of the Scottish Courts and Tribunals Service",
        asOf: "2024-11",
        cite: ["scts-2024", "cse-assessment"],
        note: "The notice's tender and lot value. The same notice gives a contracts value of £124,080, states no contract period, gives SCTS an option to extend for up to a further 36 months and expects the next tender in summer or autumn 2030. The scheme itself publishes no fees: assessments are bought from the licensed certification body the organisation chooses. Looked at the scheme's pages (formal assessment, FAQs), the 2009 parliamentary answer, council records (Stockton-on-Tees's 2018 cabinet decision record, which says the report set out the costs but gives no figure in the text read; its 2024 record; South Cambridgeshire 2009), university and police pages, and searched for licensed certification bodies' fee pages and day rates (2026); no other figure was found.",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      {
        min: "P2D",
        context: "on-site part of the full assessment held every three years at Newcastle University Library ('the assessor is in the Library for two days')",
        asOf: "2026",
        cite: ["ncl-library-cse"],
        note: "Undated page; dated to when it was read. It says the library's last major assessment was at the end of 2019.",
      },
      {
        min: "P3D",
        context: "assessment of three service areas at Elmbridge Borough Council for its second award",
        asOf: "2026",
        cite: ["elmbridge-cse"],
        note: "Undated article; dated to when it was read.",
      },
      {
        min: "P1W",
        context: "on-site assessment of the whole of Stockton-on-Tees Borough Council by two assessors, May 2016 ('a comprehensive week long assessment')",
        asOf: "2016-05",
        cite: ["stockton-cse"],
      },
      {
        min: "P1Y",
        context: "evidence gathering and preparation before first certification of Northampton Borough Council's customer services team ('a year-long programme')",
        asOf: "2018-12",
        cite: ["northampton-2018", "cse-assessment"],
        note: "The scheme itself gives no typical timescale: an organisation can start an assessment at any time agreed with its chosen certification body.",
      },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certification cycle",
        period: "P3Y",
        renewal: "At the start of each three-year cycle the organisation must show compliance with all 57 elements of the standard in detail.",
        cite: ["iopc-cse"],
      },
      {
        appliesTo: "Annual reassessment",
        period: "P1Y",
        renewal: "The certification body reassesses the organisation every year within the cycle.",
        cite: ["iopc-cse", "eastdevon-cse"],
      },
    ],
  },
  requirements: [
    { text: "Five criteria: Customer Insight; The Culture of the Organisation; Information and Access; Delivery; and Timeliness and Quality of Service, each divided into sub-criteria (for example Customer Identification, Engagement and Consultation, and Customer Satisfaction under Customer Insight).", cite: ["cse-standard", "sconul-cse"] },
    { text: "The criteria are broken down into 57 elements; the assessor rates each as Compliance Plus (an area of particular strength), Compliance or Partial Compliance.", cite: ["iopc-cse"] },
    { text: "Assessment combines evidence supplied by the organisation with assessors' interviews of staff, service users and stakeholders.", cite: ["iopc-cse"] },
    { text: "Formal assessment is carried out by a licensed certification body that the organisation chooses and appoints itself.", cite: ["cse-assessment"] },
  ],
  recognition: [
    { text: "Only organisations certified after formal assessment by a licensed certification body may display the Customer Service Excellence hallmark; completing the online self-assessment does not qualify.", cite: ["cse-faq"] },
  ],
  regions: ["United Kingdom"],
  verify: {
    how: "Ask the organisation for its Customer Service Excellence certificate, note which licensed certification body issued it, the date of the last annual assessment and the services or sites it covers, and confirm it with that certification body. Use of the hallmark alone is not proof; it should be backed by a current certificate.",
    cite: ["cse-faq", "cse-assessment", "iopc-cse"],
    note: "No public register of certified organisations was found.",
  },
  disagreements: [],
  sources: [
    { id: "wired-gov-2008", url: "http://www.wired-gov.net/wg/wg-news-1.nsf/0/92C2EE459C2B832680257408004AE38C?OpenDocument", title: "New standard raises the bar for public services (Cabinet Office news release CAB/025/08)", publisher: "Cabinet Office via WiredGov", kind: "government", published: "2008-03-10", accessed: "2026-11-30", note: "A Cabinet Office news release as republished by WiredGov, a government-news service." },
    { id: "cse-faq", url: "https://customerserviceexcellence.uk.com/more/faqs", title: "Customer Service Excellence FAQs", publisher: "Customer Service Excellence", kind: "issuer", accessed: "2026-11-30" },
    { id: "cse-faq-old", url: "http://www.customerserviceexcellence.uk.com/getDynamicContentAreaHomedcf7.html?type=5", title: "Customer Service Excellence FAQs (earlier version)", publisher: "Customer Service Excellence", kind: "issuer", accessed: "2026-11-30" },
    { id: "cse-assessment", url: "http://customerserviceexcellence.uk.com/formalAssessmentCSE.html", title: "Formal assessment for Customer Service Excellence", publisher: "Customer Service Excellence", kind: "issuer", accessed: "2026-11-30" },
    { id: "cse-standard", url: "https://pdfslide.net/documents/customer-service-excellence-standard.html", title: "Customer Service Excellence Standard (copy on pdfslide.net)", publisher: "Customer Service Excellence", kind: "issuer", accessed: "2026-11-30", note: "A scraped copy of the scheme's own standard document, kept because the original PDF was not found in our search; the five criteria are confirmed by SCONUL's page." },
    { id: "sconul-cse", url: "https://www.sconul.ac.uk/page/customer-service-excellence", title: "Customer Service Excellence", publisher: "SCONUL", kind: "academic", accessed: "2026-11-30" },
    { id: "iopc-cse", url: "https://www.policeconduct.gov.uk/about-us/our-independence-and-governance/governance/customer-service-excellence", title: "Customer Service Excellence", publisher: "Independent Office for Police Conduct", kind: "government", accessed: "2026-11-30" },
    { id: "eastdevon-cse", url: "http://eastdevon.gov.uk/news/2015/03/youre-simply-the-best-councils-licensing-team-is-sixth-time-winner-of-customer-service-excellence-award/", title: "You're simply the best: council's licensing team is sixth-time winner of Customer Service Excellence award", publisher: "East Devon District Council", kind: "government", published: "2015-03", accessed: "2026-11-30" },
    { id: "hansard-2009", url: "https://hansard.parliament.uk/Commons/2009-05-15/debates/09051566000081/LocalGovernmentStandards", title: "Local Government: Standards (written answer, 15 May 2009)", publisher: "UK Parliament, Hansard", kind: "government", published: "2009-05-15", accessed: "2026-11-30" },
    { id: "scts-2024", url: "https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000773944", title: "Customer Service Excellence (CSE) Accreditation (contract award notice, Scottish Courts and Tribunals Service)", publisher: "Scottish Courts and Tribunals Service, notice republished by D3 Tenders", kind: "government", published: "2024-11-14", accessed: "2026-11-30", note: "D3 Tenders' copy of the contract award notice the Scottish Courts and Tribunals Service published on Public Contracts Scotland; the original notice page was not in our search results." },
    { id: "northampton-2018", url: "https://www.northampton.gov.uk/news/article/2872/borough-council-receives-customer-services-excellence-accreditation", title: "Borough Council receives Customer Services Excellence Accreditation", publisher: "Northampton Borough Council", kind: "government", published: "2018-12-03", accessed: "2026-11-30" },
    { id: "stockton-cse", url: "https://www.stockton.gov.uk/stockton-council/customer-services/", title: "Customer Services", publisher: "Stockton-on-Tees Borough Council", kind: "government", accessed: "2026-11-30", note: "Undated page; it reports the council's May 2016 assessment and May 2017 surveillance visit." },
    { id: "elmbridge-cse", url: "http://www.thisislocallondon.co.uk/news/10548947.excellence-award-elmbridge-council/", title: "Excellence award for Elmbridge Council", publisher: "This is Local London", kind: "press", accessed: "2026-11-30", note: "Undated article." },
    { id: "ncl-library-cse", url: "https://libguides.ncl.ac.uk/welcomehost/excellence", title: "Welcome Host online: Customer Service Excellence Award", publisher: "Newcastle University Library", kind: "academic", accessed: "2026-11-30", note: "Undated staff-training guide." },
    { id: "pasc-report", url: "https://publications.parliament.uk/pa/cm200708/cmselect/cmpubadm/411/41106.htm", title: "Public Administration Select Committee, Twelfth Report: The Charter Mark and user satisfaction with public services", publisher: "UK Parliament, House of Commons", kind: "government", accessed: "2026-11-30" },
  ],
  description: `Customer Service Excellence (CSE) is a UK standard for organisations that want to show their service is built around what customers need. The Cabinet Office launched it on 10 March 2008 to replace the **Charter Mark**, after a review found that the old award should give way to a standard based on what actually drives customer satisfaction. It was designed for public services; the scheme's website now also describes it as a tool for businesses.

### What it is
CSE is a **certification**: an independent certification body, licensed under the scheme, assesses the organisation against the standard and certifies it. The standard has five criteria: understanding customers, the organisation's culture, information and access, delivery, and timeliness and quality of service. They are split into sub-criteria and 57 elements, each rated Compliance Plus, Compliance or Partial Compliance. An organisation can first assess itself online, but only a formal assessment by a licensed certification body, which the organisation chooses and appoints itself, leads to certification and the right to display the CSE hallmark.

### Cycle
Certification runs on a **three-year cycle**: at the start of each cycle the organisation must show compliance with all 57 elements in detail, and it is reassessed every year in between. The Independent Office for Police Conduct, for example, completed its first cycle in March 2022, started a new one in June 2023 and was reassessed in June 2024; an East Devon council team reported its sixth consecutive annual assessment in 2015.

### Cost and time
Assessments are bought from the licensed certification body the organisation chooses, and the scheme publishes no fees. One public body's contract notice gives a figure: the Scottish Courts and Tribunals Service put a value of £62,040 on a CSE accreditation contract awarded in November 2024. No typical timescale is published either. Organisations report on-site assessments of two days (a university library), three days (a council, three service areas) and a week (a whole council, two assessors), and one council team reported a year of preparation before its first award. No versions or editions of the standard with dates were found.

### Who owns it
A 2009 parliamentary answer says the Cabinet Office owns the scheme and licenses the certification bodies, which alone decide who is certified. No later public statement on ownership was found: the scheme's website speaks only of "our licensed certification bodies".

### Checking a claim
Ask for the certificate, the certification body that issued it, the date of the last annual assessment and what it covers, and confirm with that body. The hallmark on its own is not proof.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
