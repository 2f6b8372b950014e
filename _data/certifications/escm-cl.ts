import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "escm-cl",
  name: "eSourcing Capability Model for Client Organizations",
  shortName: "eSCM-CL",
  aliases: [
    { name: "eSCM", kind: "abbreviation", note: "eSourcing Capability Model; the family also includes eSCM-SP for service providers." },
    { name: "eSourcing Capability Model for Clients", kind: "alternative", note: "Wording used in Carnegie Mellon's 2003 press release." },
  ],
  kind: "organisation",
  categories: ["outsourcing", "process-improvement"],
  issuer: "itsqc",
  assurance: "certification",
  status: "dormant",
  statusDetail: {
    note: "Our judgement: ITSqc's own list of eSCM-CL certified organisations said there were none, and we found no certification reported since. No source says the programme has closed.",
    cite: ["itsqc-cl-certified"],
    unconfirmed: true,
  },
  related: ["escm-sp", "copc-cx-standard", "cmmi-svc"],
  summary: "The client-side companion to eSCM-SP: a capability model and certification for organisations that buy outsourced, IT-enabled services such as contact centres; no certified organisations were listed.",
  history: [
    { date: "2003", event: "ITSqc begins work on a best-practice model for clients of IT-enabled sourcing.", cite: ["itsqc-cl-development", "cmu-2003"] },
    { date: "2006-09", event: "Model released; ITSqc's document list dates eSCM-CL v1.1 Parts 1 and 2 to 27 September 2006.", cite: ["itsqc-cl-downloads"] },
    { date: "2008-06", event: "Errata for eSCM-CL v1.1 published.", cite: ["itsqc-cl-downloads"] },
    { date: "2009", event: "Model published globally in book form.", cite: ["itsqc-cl-documents"] },
    { date: "2010", event: "Version 1.11, the current version according to Van Haren, is dated to 2010.", cite: ["vanharen-cl"] },
  ],
  levels: [
    { name: "Level 1: Performing Sourcing", description: "A limited capability to perform sourcing.", cite: ["wikipedia-escm-cl", "vanharen-cl"], note: "Name as Wikipedia gives it; the description is Van Haren's for the bottom of the scale. The ITSqc documents we could read describe the range of levels but do not list their names." },
    { name: "Level 2: Consistently Managing Sourcing", cite: ["wikipedia-escm-cl"], note: "Name as Wikipedia gives it." },
    { name: "Level 3: Managing Organizational Sourcing Performance", cite: ["wikipedia-escm-cl"], note: "Name as Wikipedia gives it." },
    { name: "Level 4: Proactively Enhancing Value", cite: ["wikipedia-escm-cl"], note: "Name as Wikipedia gives it." },
    { name: "Level 5: Sustaining Excellence", description: "Sustaining excellence over time in the client organisation's sourcing activities.", cite: ["wikipedia-escm-cl", "vanharen-cl"], note: "Name as Wikipedia gives it; the description is Van Haren's." },
  ],
  cost: { status: "not-published", note: "No price for eSCM-CL evaluation or certification was found on ITSqc's pages (itsqc.org and the old itsqc.cmu.edu site), in Van Haren's summaries or in Wikipedia (2026)." },
  timeToAchieve: { status: "not-published", note: "No source gives how long implementation and evaluation take; looked at ITSqc's certification pages, Van Haren and Wikipedia." },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certificate of Capability",
        period: "P2Y",
        renewal: "ITSqc Certificates of Capability, for client organisations as for providers, last at most two years and do not renew automatically; a new evaluation is needed.",
        cite: ["itsqc-certification", "itsqc-cert-status"],
      },
    ],
  },
  editions: [
    {
      id: "v1-1",
      name: "eSCM-CL v1.1",
      claims: ["eSCM-CL version 1.1"],
      published: "2006-09-27",
      validUntil: { status: "not-published", note: "No end date for v1.1 certificates was found on ITSqc's pages; certificates last at most two years in any case, and ITSqc listed no certified client organisations." },
      cite: ["itsqc-cl-downloads", "itsqc-cl-documents"],
      note: "ITSqc dates Parts 1 and 2 of v1.1 to 27 September 2006 and published errata on 2 June 2008. Van Haren instead calls the 2006 release version 1.0.",
    },
    {
      id: "v1-11",
      name: "eSCM-CL v1.11",
      claims: ["eSCM-CL version 1.11"],
      published: "2010",
      cite: ["vanharen-cl"],
      note: "Van Haren gives v1.11 (2010) as the current version; ITSqc's own document list we read stops at the v1.1 errata of 2008.",
    },
  ],
  requirements: [
    { text: "Certification requires a Full Evaluation for Certification: a third-party evaluation of the client organisation's implementation of all 95 practices, led by ITSqc-authorised evaluators and reviewed by the ITSqc Certification Board.", cite: ["itsqc-cl-certified", "itsqc-certification"] },
    { text: "The 95 practices are arranged by sourcing life-cycle (Analysis, Initiation, Delivery, Completion, plus Ongoing), seventeen capability areas and five capability levels.", cite: ["vanharen-cl", "itsqc-cl-practices"] },
    { text: "Many client organisations are expected to use the model only for internal self-appraisal and improvement rather than certification.", cite: ["itsqc-cl-certified"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the ITSqc Certificate of Capability, its date and the capability level awarded, and ask ITSqc to confirm it. ITSqc's own list of eSCM-CL certified organisations said there were none at the time.",
    cite: ["itsqc-cl-certified"],
    unconfirmed: true,
    note: "The list is undated and the programme may be dormant; whether ITSqc still maintains the list or answers verification requests is unconfirmed.",
  },
  disagreements: [
    {
      topic: "Which version was released in 2006",
      positions: [
        { claim: "Version 1.1 was released on 27 September 2006.", cite: ["itsqc-cl-downloads"] },
        { claim: "Version 1.0 was released in 2006; the current version 1.11 dates from 2010.", cite: ["vanharen-cl"] },
      ],
    },
  ],
  sources: [
    { id: "cmu-2003", url: "http://www.cmu.edu/PR/releases03/030520_ibmglobal.html", title: "IBM Global Services and EDS Join Carnegie Mellon University's Information Technology Services Qualification Center Consortium", publisher: "Carnegie Mellon University", kind: "academic", published: "2003-05-20", accessed: "2026-11-30" },
    { id: "itsqc-cl-development", url: "https://itsqc.org/models/escm-cl/development.html", title: "Development of the eSCM-CL", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-cl-downloads", url: "http://itsqc.cmu.edu/models/escm-cl/downloads.asp", title: "eSCM-CL Downloads", publisher: "ITSqc, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-cl-documents", url: "http://itsqc.org/models/escm-cl/documents.html", title: "eSCM-CL Documents", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-cl-certified", url: "http://itsqc.cmu.edu/certification/certified-cl.asp", title: "eSCM-CL Certified Organizations (undated)", publisher: "ITSqc, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-cl-practices", url: "https://itsqc.org/escm-cl-v1-1-practices-overview/", title: "eSCM-CL v1.1: Practices Overview", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30", note: "A blog-style post on itsqc.org, which now also carries unrelated articles; that it comes from ITSqc, LLC is unconfirmed. Its figures agree with ITSqc's older pages." },
    { id: "itsqc-certification", url: "https://itsqc.org/certification/index.html", title: "Certification", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-cert-status", url: "https://itsqc.org/?p=35", title: "eSCM Certification by ITSqc: Process, Roles, and Status", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30", note: "A blog-style post on itsqc.org, which now also carries unrelated articles; that it comes from ITSqc, LLC is unconfirmed. It agrees with ITSqc's older Certification page." },
    { id: "vanharen-cl", url: "https://community.vanharen.net/escm-cl-in-3-minutes/", title: "eSCM-CL – in 3 minutes", publisher: "Van Haren Publishing", kind: "consultancy", accessed: "2026-11-30", note: "Van Haren published the eSCM books for ITSqc." },
    { id: "wikipedia-escm-cl", url: "https://en.wikipedia.org/wiki/ESCM-CL", title: "eSCM-CL", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
  ],
  description: `eSCM-CL is the buyer's half of Carnegie Mellon's eSourcing Capability Model. Where eSCM-SP judges the outsourcing provider, eSCM-CL judges the **client**: how well an organisation decides what to outsource, picks and contracts a provider, manages the relationship and brings work back at the end. It is relevant to companies that outsource their contact centre or back office and want evidence that their own sourcing is well run.

The model has 95 practices in seventeen capability areas. Its life-cycle adds an Analysis phase, for working out what could be sourced and how, in front of the Initiation, Delivery and Completion phases it shares with the provider model. Five capability levels describe the path from a limited ability to perform sourcing up to sustained excellence.

### Versions
ITSqc released the model as v1.1 in September 2006 (Van Haren calls this first release version 1.0); Van Haren gives v1.11 (2010) as the current version.

### Getting certified
As with eSCM-SP, certification needs a full third-party evaluation, here of all 95 practices, by evaluators authorised by ITSqc, followed by review by ITSqc's Certification Board. ITSqc expected many clients to use the model only for self-assessment. No cost or timeline is published.

### Renewal
ITSqc certificates last at most two years.

### Status today
ITSqc's own list of certified client organisations showed none, and the programme appears dormant. We list it as **dormant** on that basis; this is our reading, not an announcement by ITSqc.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
