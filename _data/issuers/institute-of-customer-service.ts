import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "institute-of-customer-service",
  name: "The Institute of Customer Service",
  shortName: "ICS",
  type: "professional-association",
  country: "United Kingdom",
  status: "active",
  statusDetail: { note: "The Institute's website describes its current mission, standards and accreditation programmes; it launched ServiceMark in 2009.", cite: ["ics-mission", "publicnet-2009"] },
  summary: "The UK professional body for customer service, which owns the ServiceMark organisational accreditation and the UK Customer Satisfaction Index.",
  description: `The Institute of Customer Service calls itself the professional body for customer service in the UK and "the independent voice of customer service". It works with member organisations, publishes research, and runs training, accreditation and benchmarking programmes, all built on what it calls its world-class service model.

Its research includes the **UK Customer Satisfaction Index (UKCSI)**. Its organisational accreditation is **ServiceMark**, launched in 2009, which combines an online self-assessment, customer feedback (through the UKCSI or the organisation's own surveys) and a visit by an independent assessor. Organisations that achieve it may display the Institute's mark.

The Institute is a membership body, not a standards body or an accredited certification body: ServiceMark is its own scheme, and the Institute sets its requirements.`,
  sources: [
    { id: "ics-mission", url: "https://www.instituteofcustomerservice.com/about-us/mission-values-and-standards", title: "Mission, values and standards", publisher: "The Institute of Customer Service", kind: "issuer", accessed: "2026-11-30" },
    { id: "publicnet-2009", url: "http://www.publicnet.co.uk/news/2009/09/28/new-national-standard-for-raising-public-sector-service/", title: "New national standard for raising public sector service", publisher: "PublicNet", kind: "press", published: "2009-09-28", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
