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
  status: "active",
  supersedes: ["charter-mark"],
  related: ["iso-18295-1", "iso-10002", "ccxp", "copc-cx-standard"],
  summary: "A UK customer-service standard launched by the Cabinet Office in March 2008 to replace the Charter Mark; organisations are assessed against five criteria by licensed certification bodies.",
  history: [
    { date: "2005", event: "Cabinet Office ministers commission Bernard Herdan to review the Charter Mark scheme.", cite: ["cse-faq"] },
    { date: "2006-06", event: "Herdan's report, 'The Customer Voice in Transforming Services', recommends a new standard based on the key drivers of customer satisfaction.", cite: ["cse-faq"] },
    { date: "2006-12", event: "The government accepts the report's main recommendations.", cite: ["cse-faq"] },
    { start: true, date: "2008-03-10", event: "Minister Tom Watson launches Customer Service Excellence at the Tower '08 event; organisations can apply for assessment from that day.", cite: ["wired-gov-2008", "cse-faq-old"] },
    { date: "2008-06-30", event: "Charter Mark closes to new applications; marks already awarded run on until 30 June 2011.", cite: ["pasc-report"] },
    { date: "2009-05-15", event: "A parliamentary written answer states that the Cabinet Office has licensed four independent certification bodies to assess the standard.", cite: ["hansard-2009"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "fees are set by each licensed certification body; no figures were found." },
  timeToAchieve: { status: "not-published", note: "no source gives a typical time; organisations may start an assessment at any time agreed with their chosen certification body." },
  validity: {
    status: "not-published",
    note: "CSE is widely described as running on a three-year cycle with annual reviews, but no source we could read confirms the cycle, so it is not shown as a fact.",
  },
  requirements: [
    { text: "Five criteria: Customer Insight; The Culture of the Organisation; Information and Access; Delivery; and Timeliness and Quality of Service, each divided into sub-criteria (for example Customer Identification, Engagement and Consultation, and Customer Satisfaction under Customer Insight).", cite: ["cse-standard"] },
    { text: "The criteria are broken down into 57 elements against which evidence is assessed.", cite: ["cse-standard"], unconfirmed: true, note: "The element count comes from our research notes; the copy of the standard we read shows the criteria and sub-criteria but we did not confirm the number of elements." },
    { text: "Formal assessment is carried out by a licensed certification body that the organisation chooses and appoints itself.", cite: ["cse-assessment"] },
  ],
  recognition: [
    { text: "Only organisations certified after formal assessment by a licensed certification body may display the Customer Service Excellence hallmark; completing the online self-assessment does not qualify.", cite: ["cse-faq"] },
  ],
  regions: ["United Kingdom"],
  verify: {
    how: "Ask the organisation for its Customer Service Excellence certificate, note which licensed certification body issued it, the date and the services or sites it covers, and confirm it with that certification body. Use of the hallmark alone is not proof; it should be backed by a current certificate.",
    cite: ["cse-faq", "cse-assessment"],
    unconfirmed: true,
    note: "No public register of certified organisations was found, and the certificate's period of validity is not confirmed.",
  },
  disagreements: [],
  sources: [
    { id: "wired-gov-2008", url: "http://www.wired-gov.net/wg/wg-news-1.nsf/0/92C2EE459C2B832680257408004AE38C?OpenDocument", title: "New standard raises the bar for public services (Cabinet Office news release CAB/025/08)", publisher: "Cabinet Office via WiredGov", published: "2008-03-10", accessed: "2026-11-29" },
    { id: "cse-faq", url: "https://customerserviceexcellence.uk.com/more/faqs", title: "Customer Service Excellence FAQs", publisher: "Customer Service Excellence", accessed: "2026-11-29" },
    { id: "cse-faq-old", url: "http://www.customerserviceexcellence.uk.com/getDynamicContentAreaHomedcf7.html?type=5", title: "Customer Service Excellence FAQs (earlier version)", publisher: "Customer Service Excellence", accessed: "2026-11-29" },
    { id: "cse-assessment", url: "http://customerserviceexcellence.uk.com/formalAssessmentCSE.html", title: "Formal assessment for Customer Service Excellence", publisher: "Customer Service Excellence", accessed: "2026-11-29" },
    { id: "cse-standard", url: "https://pdfslide.net/documents/customer-service-excellence-standard.html", title: "Customer Service Excellence Standard (copy on pdfslide.net)", publisher: "Customer Service Excellence", accessed: "2026-11-29" },
    { id: "hansard-2009", url: "https://hansard.parliament.uk/", title: "House of Commons written answer on Customer Service Excellence certification bodies, 15 May 2009 (answer address not found)", publisher: "UK Parliament, Hansard", published: "2009-05-15", accessed: "2026-11-29" },
    { id: "pasc-report", url: "https://publications.parliament.uk/pa/cm200708/cmselect/cmpubadm/411/41106.htm", title: "Public Administration Select Committee, Twelfth Report: The Charter Mark and user satisfaction with public services", publisher: "UK Parliament, House of Commons", accessed: "2026-11-29" },
  ],
  description: `Customer Service Excellence (CSE) is a UK standard for organisations that want to show their service is built around what customers need. The Cabinet Office launched it on 10 March 2008 to replace the **Charter Mark**, after a review found that the old award should give way to a standard based on what actually drives customer satisfaction. It was designed for public services; the scheme's website now also describes it as a tool for businesses.

### What it involves
The standard has five criteria: understanding customers, the organisation's culture, information and access, delivery, and timeliness and quality of service. Each is split into more detailed sub-criteria. An organisation can first assess itself online. To be certified it must pass a formal assessment by one of the independent certification bodies licensed under the scheme, which it chooses and appoints itself. Only certified organisations may display the CSE hallmark.

### Cost and time
Fees are set by the certification bodies; no figures were found. No typical timescale is published.

### Renewal and ownership
CSE is often said to run on a three-year certification cycle with yearly reviews, but we could not confirm this from a source we could read. We also could not confirm which body owns and manages the standard today. The Cabinet Office launched it, and the scheme's website speaks only of "our licensed certification bodies".

### Checking a claim
Ask for the certificate, the certification body that issued it, its date and what it covers, and confirm with that body. The hallmark on its own is not proof.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
