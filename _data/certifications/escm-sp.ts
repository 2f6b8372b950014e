import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "escm-sp",
  name: "eSourcing Capability Model for Service Providers",
  shortName: "eSCM-SP",
  aliases: [
    { name: "eSCM", kind: "abbreviation", note: "eSourcing Capability Model; the family also includes eSCM-CL for client organisations." },
    { name: "eServices Capability Model", kind: "former-name", note: "Name of version 1.0 (November 2001)." },
    { name: "eSourcing Capability Model for IT-enabled Service Providers", kind: "former-name", note: "Name of version 1.1 (October 2002)." },
    { name: "e-Services Capability Model", kind: "alternative", note: "Spelling used in the c. 2004 bpmwatch article." },
  ],
  kind: "organisation",
  categories: ["outsourcing", "process-improvement", "quality-management"],
  issuer: "itsqc",
  assurance: "certification",
  status: "dormant",
  statusDetail: {
    note: "Our judgement: we found no evaluation or certification reported after the 2000s, ITSqc's certified-organisation lists are on its old Carnegie Mellon pages, and itsqc.org now carries unrelated blog articles beside a few eSCM pages. No source says the programme has closed.",
    unconfirmed: true,
  },
  related: ["escm-cl", "copc-cx-standard", "cmmi-svc", "people-cmm"],
  summary: "A Carnegie Mellon capability model and certification for IT-enabled and BPO service providers, with five capability levels; the certification programme appears to be dormant.",
  history: [
    { date: "2000-06", event: "Information Technology Services Qualification Center (ITSqc) established at Carnegie Mellon University to build models for evaluating and certifying IT-enabled outsourcing providers.", cite: ["cmu-2003"] },
    { date: "2001-11", event: "Version 1.0 released under the name eServices Capability Model, with 100 practices.", cite: ["cmu-tr-04-113", "itsqc-development"] },
    { date: "2002-10", event: "Version 1.1 released with 93 practices, renamed the eSourcing Capability Model for IT-enabled Service Providers.", cite: ["cmu-tr-04-113", "itsqc-development", "cmu-cs-02-155"] },
    { date: "2003-05-20", event: "IBM Global Services and EDS join the ITSqc consortium, alongside founding member Satyam, Accenture and India's STQC programme.", cite: ["cmu-2003"] },
    { date: "2003-10", event: "First certification against the model awarded to LG CNS's LG*Net Network Service Center in Seoul, according to ITSqc.", cite: ["itsqc-development"] },
    { date: "2003-12", event: "First company certified under version 1, according to Business Standard.", cite: ["business-standard-2004"] },
    { date: "2004-04", event: "Version 2 released with 84 practices, organised into ten capability areas; certification to it became available that month.", cite: ["itsqc-development", "cmu-tr-04-113", "business-standard-2004"] },
    { date: "2004-10", event: "Reported that Underwriters Laboratories (UL) had been authorised as a third-party evaluator, with Carnegie Mellon issuing the certificates.", cite: ["business-standard-2004"] },
    { date: "2006-12", event: "Version 2.01 released with minor corrections.", cite: ["itsqc-development"] },
    { date: "2009", event: "Version 2.02, described by Van Haren as the current version.", cite: ["vanharen-sp"] },
    { date: "2010", event: "ITSqc spun off from Carnegie Mellon as ITSqc, LLC.", cite: ["itsqc-birth"] },
  ],
  levels: [
    { name: "Level 1: Providing Services", description: "The organisation is providing a service.", cite: ["itsqc-sp-model", "vanharen-sp"], unconfirmed: true, note: "ITSqc and Van Haren describe level 1 in these terms; the formal level name is the one usually given, but no source we read states it." },
    { name: "Level 2: Consistently Meeting Requirements", description: "Procedures are in place so the organisation can consistently meet its clients' requirements.", cite: ["itsqc-sp-model", "vanharen-sp"], unconfirmed: true, note: "Van Haren describes level 2 in these terms; the formal level name is the one usually given, but no source we read states it." },
    { name: "Level 3: Managing Organizational Performance", description: "The organisation can manage its performance consistently across engagements.", cite: ["vanharen-sp"], unconfirmed: true, note: "The description is Van Haren's; the name is the one usually given for level 3, but no source we read states it." },
    { name: "Level 4: Proactively Enhancing Value", cite: ["vanharen-sp"], unconfirmed: true, note: "Shown because it is the name usually given for level 4; the sources we could read break off before describing it." },
    { name: "Level 5: Sustaining Excellence", description: "The organisation sustains excellence over time.", cite: ["cmu-tr-04-114"], unconfirmed: true, note: "Carnegie Mellon's report describes the top level as 'sustaining excellence over time', but we did not see the level's formal name." },
  ],
  cost: {
    status: "not-published",
    note: "ITSqc's old FAQ asks 'What does certification cost?' and begins 'There are two components of costs for becoming certified', but the rest of the answer could not be read. No figure was found on ITSqc's current pages, Van Haren's summary, or in Business Standard, DQ Week or Voice&Data (2004–05).",
    cite: ["itsqc-faq"],
  },
  timeToAchieve: { status: "not-published", note: "No source gives how long implementation and evaluation take; ITSqc says only that its Certification Board usually issues the certificate within thirty days of reviewing the evaluation. Looked at ITSqc's pages, Van Haren and the 2004–05 Indian trade press.", cite: ["itsqc-process"] },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certificate of Capability",
        period: "P2Y",
        renewal: "A Certificate of Capability lasts at most two years and does not renew automatically; ITSqc may ask for a Mini Evaluation after significant changes, and a new Full Evaluation for Certification is needed to stay certified.",
        cite: ["itsqc-certification", "itsqc-cert-status"],
      },
    ],
  },
  editions: [
    {
      id: "v1-0",
      name: "eServices Capability Model v1.0",
      claims: ["eSCM-SP v1.0", "eSCM-SP version 1.0", "eServices Capability Model version 1.0"],
      published: "2001-11",
      validUntil: { status: "not-published", note: "ITSqc's development history and Carnegie Mellon's reports give no date after which certificates to v1.0 lapsed; certificates last at most two years in any case." },
      cite: ["itsqc-development", "cmu-tr-04-113"],
      note: "100 practices; released under the name eServices Capability Model.",
    },
    {
      id: "v1-1",
      name: "eSourcing Capability Model for IT-enabled Service Providers v1.1",
      claims: ["eSCM-SP v1.1", "eSCM-SP version 1.1"],
      published: "2002-10",
      validUntil: { status: "not-published", note: "No end date for v1.1 certificates was found on ITSqc's pages or in the 2004 Indian press; certificates last at most two years." },
      cite: ["itsqc-development", "cmu-cs-02-155"],
      note: "93 practices. The first certification (LG CNS, October 2003) was awarded against this version.",
    },
    {
      id: "v2",
      name: "eSCM-SP v2",
      claims: ["eSCM-SP v2.0", "eSCM-SP version 2", "eSCM v2"],
      published: "2004-04",
      validUntil: { status: "not-published", note: "No end date found; v2.01 and v2.02 were corrections of v2 rather than new models." },
      cite: ["itsqc-development", "cmu-tr-04-113", "business-standard-2004"],
      note: "84 practices in ten capability areas; the capability levels stayed essentially unchanged from version 1.",
    },
    {
      id: "v2-01",
      name: "eSCM-SP v2.01",
      claims: ["eSCM v2.01", "eSCM-SP version 2.01"],
      published: "2006-12",
      validUntil: { status: "not-published", note: "No end date found on ITSqc's pages." },
      cite: ["itsqc-development"],
      note: "Minor corrections to v2 (for example typographical errors) and updates to the methods and graphics.",
    },
    {
      id: "v2-02",
      name: "eSCM-SP v2.02",
      claims: ["eSCM v2.02", "eSCM-SP version 2.02"],
      published: "2009",
      cite: ["vanharen-sp", "itsqc-development", "itsqc-sp-book"],
      note: "Van Haren gives v2.02 (2009) as the current version; ITSqc's 2009 book edition carries the model.",
    },
  ],
  requirements: [
    { text: "Only a Full Evaluation for Certification, performed by an ITSqc-Authorized Organization and led by an Authorized Lead Evaluator, can lead to certification; the ITSqc Certification Board reviews the plan and results before issuing a Certificate of Capability.", cite: ["itsqc-certification", "itsqc-process"] },
    { text: "Version 2 contains 84 practices arranged by sourcing life-cycle (Initiation, Delivery, Completion, plus Ongoing), ten capability areas and five capability levels.", cite: ["cmu-tr-04-114", "vanharen-sp"] },
    { text: "The ten capability areas are Knowledge Management, People Management, Performance Management, Relationship Management, Technology Management, Threat Management, Service Transfer, Contracting, Service Design & Deployment, and Service Delivery.", cite: ["vanharen-sp"] },
  ],
  recognition: [
    { text: "An industry magazine reported that quality heads at Indian BPO firms were lukewarm about eSCM, preferring the already established COPC and ISO certifications.", cite: ["dqweek"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the ITSqc Certificate of Capability and check its issue date (it lasts at most two years), the capability level awarded and the part of the organisation evaluated; then ask ITSqc to confirm. ITSqc historically kept a list of currently certified organisations on its website.",
    cite: ["itsqc-certification", "itsqc-faq"],
    unconfirmed: true,
    note: "The programme may be dormant: the current itsqc.org home page carries unrelated blog content, so it is unconfirmed whether a current register exists or whether ITSqc still answers verification requests.",
  },
  disagreements: [
    {
      topic: "When the first eSCM-SP certification was awarded",
      positions: [
        { claim: "October 2003, to LG CNS's LG*Net Network Service Center in Seoul.", cite: ["itsqc-development"] },
        { claim: "December 2003, under the first version of the model.", cite: ["business-standard-2004"] },
      ],
    },
  ],
  sources: [
    { id: "cmu-2003", url: "http://www.cmu.edu/PR/releases03/030520_ibmglobal.html", title: "IBM Global Services and EDS Join Carnegie Mellon University's Information Technology Services Qualification Center Consortium", publisher: "Carnegie Mellon University", kind: "academic", published: "2003-05-20", accessed: "2026-11-30" },
    { id: "cmu-tr-04-113", url: "http://reports-archive.adm.cs.cmu.edu/anon/isri2004/abstracts/04-113.html", title: "The eSourcing Capability Model for Service Providers (eSCM-SP) v2, Part 1: Model Overview (CMU-ISRI-04-113)", publisher: "Carnegie Mellon University, School of Computer Science", kind: "issuer", published: "2004-05", accessed: "2026-11-30", note: "Technical report by ITSqc staff while ITSqc was part of Carnegie Mellon." },
    { id: "cmu-tr-04-114", url: "http://reports-archive.adm.cs.cmu.edu/anon/isri2004/abstracts/04-114.html", title: "The eSourcing Capability Model for Service Providers (eSCM-SP) v2, Part 2: Practice Details (CMU-ISRI-04-114)", publisher: "Carnegie Mellon University, School of Computer Science", kind: "issuer", published: "2004-05", accessed: "2026-11-30", note: "Technical report by ITSqc staff while ITSqc was part of Carnegie Mellon." },
    { id: "cmu-cs-02-155", url: "http://reports-archive.adm.cs.cmu.edu/anon/anon/anon/2002/abstracts/02-155.html", title: "eSourcing Capability Model for IT-enabled Service Providers v1.1 (CMU-CS-02-155)", publisher: "Carnegie Mellon University, Computer Science Department", kind: "issuer", published: "2002-10", accessed: "2026-11-30", note: "Technical report by ITSqc staff while ITSqc was part of Carnegie Mellon." },
    { id: "itsqc-development", url: "https://itsqc.org/models/escm-sp/development.html", title: "Development of the eSCM-SP", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-sp-model", url: "https://itsqc.org/models/escm-sp/index.html", title: "The Service Quality Model for eSourcing (eSCM-SP overview)", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-sp-book", url: "https://itsqc.org/downloads/books/eSCM-SP_2009.html", title: "eSourcing Capability Model for Service Providers (eSCM-SP), book edition (ITSqc Series, Van Haren Publishing)", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-certification", url: "https://itsqc.org/certification/index.html", title: "Certification", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-cert-status", url: "https://itsqc.org/?p=35", title: "eSCM Certification by ITSqc: Process, Roles, and Status", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30", note: "A blog-style post on itsqc.org, which now also carries unrelated articles; that it comes from ITSqc, LLC is unconfirmed. It agrees with ITSqc's older Certification page." },
    { id: "itsqc-process", url: "http://www.itsqc.org/certification/process.html", title: "Certification Process", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-faq", url: "http://itsqc.cmu.edu/faq.asp", title: "Frequently Asked Questions (eSCM-SP)", publisher: "ITSqc, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-birth", url: "https://itsqc.org/the-birth-of-escm-at-carnegie-mellon-university/", title: "The Birth of eSCM at Carnegie Mellon University", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30", note: "A blog-style post on itsqc.org, which now also carries unrelated articles; that it comes from ITSqc, LLC is unconfirmed." },
    { id: "vanharen-sp", url: "https://archive.vanharen.net/blog/escm-sp-in-3-minutes-2", title: "eSCM-SP – in 3 minutes", publisher: "Van Haren Publishing", kind: "consultancy", accessed: "2026-11-30", note: "Van Haren published the eSCM books for ITSqc." },
    { id: "business-standard-2004", url: "https://business-standard.com/amp/article/economy-policy/carnegie-mellon-standard-for-ites-104100501067_1.html", title: "Carnegie Mellon standard for ITeS", publisher: "Business Standard", kind: "press", published: "2004-10", accessed: "2026-11-30" },
    { id: "dqweek", url: "https://www.dqweek.com/escm-fighting-for-quality-space/", title: "eSCM: Fighting for quality space (undated, c. 2004–05)", publisher: "DQ Week", kind: "press", accessed: "2026-11-30" },
  ],
  description: `The eSourcing Capability Model for Service Providers (eSCM-SP) was built at Carnegie Mellon University, home of the well-known software CMM, to give IT-enabled service and BPO providers a comparable yardstick. It tells a provider which practices to put in place across the whole life of an outsourcing deal, from winning and starting a contract through delivery to handing the work back, and it lets clients compare providers against one standard.

Version 2 has 84 practices grouped into ten capability areas such as contracting, people management, threat management and service delivery. Each practice sits at one of five capability levels, so a provider can be certified at a particular level.

### Versions
Version 1.0 (November 2001) was called the eServices Capability Model; version 1.1 (October 2002) the eSourcing Capability Model for IT-enabled Service Providers. Version 2 (April 2004) took the present name and structure. Versions 2.01 (2006) and 2.02 (2009) corrected v2 without changing the model, so a "v2" claim and a "v2.02" claim describe the same practices.

### Getting certified
Certification needs a full third-party evaluation by an organisation authorised by ITSqc, the body that owns the model, led by an authorised lead evaluator. ITSqc's Certification Board reviews the results and issues a Certificate of Capability, usually within thirty days. ITSqc's old FAQ says the cost has two components, but no figure or typical timeline is published.

### Renewal
A certificate lasts at most two years and then needs a new evaluation.

### Status today
Indian BPO firms, the original target, were reported to be lukewarm, preferring COPC and ISO. ITSqc left Carnegie Mellon in 2010, and its web domain now mostly carries unrelated articles. We therefore list the programme as **dormant**, but that is our reading, not an announcement: treat any current eSCM-SP claim with care and ask ITSqc to confirm it.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
