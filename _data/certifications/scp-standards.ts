import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "scp-standards",
  name: "Service Capability & Performance (SCP) Standards",
  shortName: "SCP",
  aliases: [
    { name: "Support Center Practices", kind: "former-name", note: "Earlier expansion of SCP, as in the 'Support Center Practices (SCP) Certification Program'." },
    { name: "Support Center Practices (SCP) Certification", kind: "former-name", note: "Name used in the c. 2004 bpmwatch article." },
    { name: "Support Centre Practices Certification", kind: "former-name", note: "British spelling used by ComputerWeekly, abbreviated SCPC." },
    { name: "SCP", kind: "abbreviation" },
    { name: "SCPC", kind: "abbreviation" },
    { name: "SCP Certification", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["customer-experience", "service-management", "quality-management"],
  issuer: "service-strategies",
  website: "https://sgsa.com/scp-standards/",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "The current SCP Standards page describes certification by audit and annual re-certification, and standards updated every year.",
    cite: ["sgsa-scp"],
  },
  related: ["hdi-support-center-certification", "tsia-rated-outstanding", "copc-cx-standard", "cmmi-svc"],
  summary: "Performance standards for technology support, eService, field service and professional services operations, certified by an on-site audit and renewed every year; formerly called Support Center Practices.",
  history: [
    { date: "1997", event: "Service Strategies sets up a standard for technical support centres, according to its president John Hamilton.", cite: ["computerweekly"] },
    { date: "1998", event: "Start of the Service Capability & Performance Standards, according to the current SCP Standards page.", cite: ["sgsa-scp"] },
    { date: "2007-03-27", event: "Service Strategies presents the programme in Sydney: developed with about 50 service organisations, over 100 service business factors, on-site audits and annual recertification, with AFSMI participation and endorsement.", cite: ["service-strategies-2007"] },
    { date: "2016", event: "Service Strategies' guide to service quality programmes describes SCP under its current name alongside ISO 9001, ISO/IEC 20000, CMMI-SVC and others.", cite: ["service-strategies-2016"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "No price for SCP audits, audit days, certification or annual re-certification was found. Looked at (2026) the SCP Standards page on sgsa.com, Service Strategies' own pages (including its comparison of quality programmes and its page on SCP certified organisations' customer satisfaction), its 2016 guide to quality programmes and 2007 Sydney presentation, the Citect case study, ComputerWeekly and bpmwatch, and searches for SCP audit or certification fees and for public bodies' purchases of SCP certification." },
  timeToAchieve: {
    status: "not-published",
    note: "An undated Citect case-study deck (studylib and PowerShow copies) was reported in the first pass to say that preparation averaged 3 to 12 months before a two-day on-site certification audit; we could not re-open its text in this pass to quote it, so it is not shown as a figure. Service Strategies' pages, its 2016 guide and 2007 presentation, and ComputerWeekly give no typical timescale or number of audit days (looked at 2026).",
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certification",
        period: "P1Y",
        renewal: "Certified organisations must pass an annual re-certification audit.",
        cite: ["sgsa-scp", "citect-deck"]
      },
    ],
  },
  requirements: [
    { text: "Certification requires a comprehensive on-site audit of service operations; the audit score must reach 100 or more and the operation must meet a minimum customer-satisfaction level.", cite: ["citect-deck", "citect-deck-powershow", "sgsa-scp"] },
    { text: "An undated Citect case study lists the steps: review the SCP materials, complete a self-assessment, hold a kick-off review with an SCP auditor, carry out a project plan, optionally run a trial audit, then pass a two-day on-site certification audit.", cite: ["citect-deck-powershow"] },
    { text: "There are four standards: Support (remote customer, technical, IT and help-desk support), eService, Field Service and Professional Services.", cite: ["sgsa-scp"] },
    { text: "Service Strategies updates the standards every year through a benchmark process.", cite: ["sgsa-scp"] },
    { text: "The original support-centre programme checked 11 competencies, including customer feedback, productivity tools, performance metrics and electronic service delivery.", cite: ["computerweekly"] },
  ],
  recognition: [
    { text: "Listed as an organisational certification for technology support centres in the c. 2004 bpmwatch article.", cite: ["bpmwatch"] },
    { text: "ComputerWeekly reported that companies including Microsoft, EMC, Sage and Xerox had invested in the programme.", cite: ["computerweekly"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the SCP certificate, which standard it covers (Support, eService, Field Service or Professional Services), the site or operation audited and the date of the latest annual audit; anything older than a year should have been renewed. Then check Service Strategies' list of SCP certified organisations or ask Service Strategies to confirm.",
    cite: ["service-strategies-menu", "sgsa-scp"],
    unconfirmed: true,
    note: "Service Strategies' website has an 'SCP Certified Organizations' page, but we did not read its contents or confirm that it is kept current.",
  },
  disagreements: [
    {
      topic: "When the SCP programme started",
      positions: [
        { claim: "1997 ('In 1997 we set up a standard', Service Strategies' president).", cite: ["computerweekly"] },
        { claim: "Since 1998.", cite: ["sgsa-scp"] },
      ],
    },
    {
      topic: "What SCP stands for",
      positions: [
        { claim: "Support Center Practices (SCP) Certification Program.", cite: ["citect-deck", "bpmwatch"] },
        { claim: "Support Centre Practices Certification (SCPC).", cite: ["computerweekly"] },
        { claim: "Service Capability & Performance (SCP) Standards.", cite: ["sgsa-scp", "service-strategies-2016"] },
      ],
      note: "These look like successive names of the same programme; the date of the rename was not found.",
    },
  ],
  sources: [
    { id: "sgsa-scp", url: "https://sgsa.com/scp-standards/", title: "SCP Standards", publisher: "SGSA", kind: "consultancy", accessed: "2026-11-30", note: "The page presents the SCP Standards as developed by Service Strategies; its relationship to Service Strategies is not stated on the part we read." },
    { id: "computerweekly", url: "https://www.computerweekly.com/feature/How-is-your-support-centre-coping", title: "How is your support centre coping?", publisher: "ComputerWeekly", kind: "press", accessed: "2026-11-30" },
    { id: "citect-deck", url: "https://studylib.net/doc/5545399/view-presentation---service-strategies", title: "Citect's SCP Certification Journey (undated presentation)", publisher: "Citect / Service Strategies (copy hosted by studylib)", kind: "consultancy", accessed: "2026-11-30", note: "Scraped copy kept because we found no original on Service Strategies' or Citect's sites." },
    { id: "citect-deck-powershow", url: "https://powershow.com/view4/5e4eea-MDcyM/Citect_powerpoint_ppt_presentation", title: "Citect's SCP Certification Journey (undated presentation, second copy)", publisher: "Citect (copy hosted by PowerShow)", kind: "consultancy", accessed: "2026-11-30", note: "Scraped copy kept because we found no original on Service Strategies' or Citect's sites." },
    { id: "service-strategies-2007", url: "https://documents.pub/amp/document/certification-standards-for-sbusiness-and-certification-standards-for-sbusiness.html", title: "Certification Standards for Business and Management (Sydney presentation)", publisher: "Service Strategies Corporation (copy hosted by documents.pub)", kind: "issuer", published: "2007-03-27", accessed: "2026-11-30", note: "Scraped copy kept because we found no original on Service Strategies' site." },
    { id: "service-strategies-2016", url: "https://docslib.org/doc/3846034/a-guide-to-service-quality-programs-selecting-a-quality-program-for-your-technology-service-organization", title: "A Guide to Service Quality Programs: Selecting a Quality Program for Your Technology Service Organization", publisher: "Service Strategies Corporation (copy hosted by docslib)", kind: "issuer", published: "2016", accessed: "2026-11-30", note: "Scraped copy kept because we found no original on Service Strategies' site." },
    { id: "service-strategies-menu", url: "https://servicestrategies.com/customer-satisfaction-higher-for-scp-certified-organizations", title: "Customer Satisfaction Higher for SCP Certified Organizations (site menu lists SCP Certified Organizations)", publisher: "Service Strategies", kind: "issuer", accessed: "2026-11-30" },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", kind: "press", accessed: "2026-11-30" },
  ],
  description: `The SCP Standards are a certification for **technology service and support operations**: help desks and technical support centres, eService (web and self-service support), field service and professional services. The programme was built by Service Strategies, a San Diego consultancy, together with about 50 sponsoring service organisations, and it was first known as the Support Center Practices (SCP) certification. It focuses on measured results, such as customer satisfaction, as well as on having defined practices.

### What achieving it involves
An organisation works through the relevant standard, usually starting with a self-assessment, and then undergoes an on-site audit by Service Strategies' auditors. To pass it must score at least 100 on the audit and meet a minimum customer-satisfaction level. The standards are revised every year using benchmark data. An undated customer case study describes three to twelve months of preparation and a two-day audit; no price is published.

### Renewal
Certification is not permanent: certified organisations are audited again **every year**.

### Checking a claim
Ask which of the four standards the certificate covers, which site or operation was audited and when the last annual audit took place, then check with Service Strategies, whose website lists SCP certified organisations.

Service Strategies also certifies individuals (for example Certified Support Manager and Certified Field Service Manager); those career certifications are separate from the organisational SCP certification.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
