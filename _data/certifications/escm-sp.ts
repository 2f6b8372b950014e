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
  status: "dormant",
  related: ["escm-cl", "copc-cx-standard", "cmmi-svc", "people-cmm"],
  summary: "A Carnegie Mellon capability model and certification for IT-enabled and BPO service providers, with five capability levels; the certification programme appears to be dormant.",
  history: [
    { date: "2000-06", event: "Information Technology Services Qualification Center (ITSqc) established at Carnegie Mellon University to build models for evaluating and certifying IT-enabled outsourcing providers.", cite: ["cmu-2003"] },
    { date: "2001-11", event: "Version 1.0 released under the name eServices Capability Model, with 100 practices.", cite: ["cmu-tr-04-113", "itsqc-development"] },
    { date: "2002-10", event: "Version 1.1 released with 93 practices, renamed the eSourcing Capability Model for IT-enabled Service Providers.", cite: ["cmu-tr-04-113", "itsqc-development", "cmu-cs-02-155"] },
    { date: "2003-05-20", event: "IBM Global Services and EDS join the ITSqc consortium, alongside founding member Satyam, Accenture and India's STQC programme.", cite: ["cmu-2003"] },
    { date: "2003-10", event: "First certification against the model awarded to LG CNS's LG*Net Network Service Center in Seoul, according to ITSqc.", cite: ["itsqc-development"] },
    { date: "2003-12", event: "First company certified under version 1, according to Business Standard.", cite: ["business-standard-2004"] },
    { date: "2004-04", event: "Version 2 released with 84 practices, organised into ten capability areas.", cite: ["itsqc-development", "cmu-tr-04-113"] },
    { date: "2004-10", event: "Reported that Underwriters Laboratories (UL) had been authorised as a third-party evaluator, with Carnegie Mellon issuing the certificates.", cite: ["business-standard-2004"] },
    { date: "2006-12", event: "Version 2.01 released with minor corrections.", cite: ["itsqc-development"] },
    { date: "2009", event: "Version 2.02, described by Van Haren as the current version.", cite: ["vanharen-sp"] },
    { date: "2010", event: "ITSqc spun off from Carnegie Mellon as ITSqc, LLC.", cite: ["itsqc-birth"] },
  ],
  levels: [
    { name: "Level 1: Providing Services", description: "The organisation is providing a service.", cite: ["vanharen-sp"], note: "Level name as commonly given; Van Haren describes the level in these terms." },
    { name: "Level 2: Consistently Meeting Requirements", description: "Procedures are in place so the organisation can consistently meet its clients' requirements.", cite: ["vanharen-sp"], note: "Level name as commonly given; Van Haren describes the level in these terms." },
    { name: "Level 3: Managing Organizational Performance", cite: ["vanharen-sp"], unconfirmed: true, note: "Shown because it is the name usually given for level 3; no source we read states it." },
    { name: "Level 4: Proactively Enhancing Value", cite: ["vanharen-sp"], unconfirmed: true, note: "Shown because it is the name usually given for level 4; no source we read states it." },
    { name: "Level 5: Sustaining Excellence", cite: ["cmu-tr-04-114"], unconfirmed: true, note: "Carnegie Mellon's report describes the top level as sustaining excellence over time, but we did not see the level's formal name." },
  ],
  cost: { status: "not-published", note: "ITSqc's FAQ says certification cost has two components, but the figures could not be retrieved." },
  timeToAchieve: { status: "not-published", note: "No source gives how long implementation and evaluation take; ITSqc says its Certification Board usually issues the certificate within thirty days of reviewing the evaluation." },
  validity: {
    status: "published",
    period: "P2Y",
    renewal: "A Certificate of Capability lasts at most two years and does not renew automatically; ITSqc may ask for a Mini Evaluation after significant changes, and a new Full Evaluation for Certification is needed to stay certified.",
    cite: ["itsqc-certification", "itsqc-cert-status"],
  },
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
    { id: "cmu-2003", url: "http://www.cmu.edu/PR/releases03/030520_ibmglobal.html", title: "IBM Global Services and EDS Join Carnegie Mellon University's Information Technology Services Qualification Center Consortium", publisher: "Carnegie Mellon University", published: "2003-05-20", accessed: "2026-11-29" },
    { id: "cmu-tr-04-113", url: "http://reports-archive.adm.cs.cmu.edu/anon/isri2004/abstracts/04-113.html", title: "The eSourcing Capability Model for Service Providers (eSCM-SP) v2, Part 1: Model Overview (CMU-ISRI-04-113)", publisher: "Carnegie Mellon University, School of Computer Science", published: "2004-05", accessed: "2026-11-29" },
    { id: "cmu-tr-04-114", url: "http://reports-archive.adm.cs.cmu.edu/anon/isri2004/abstracts/04-114.html", title: "The eSourcing Capability Model for Service Providers (eSCM-SP) v2, Part 2: Practice Details (CMU-ISRI-04-114)", publisher: "Carnegie Mellon University, School of Computer Science", published: "2004-05", accessed: "2026-11-29" },
    { id: "cmu-cs-02-155", url: "http://reports-archive.adm.cs.cmu.edu/anon/anon/anon/2002/abstracts/02-155.html", title: "eSourcing Capability Model for IT-enabled Service Providers v1.1 (CMU-CS-02-155)", publisher: "Carnegie Mellon University, Computer Science Department", published: "2002-10", accessed: "2026-11-29" },
    { id: "itsqc-development", url: "https://itsqc.org/models/escm-sp/development.html", title: "Development of the eSCM-SP", publisher: "ITSqc", accessed: "2026-11-29" },
    { id: "itsqc-certification", url: "https://itsqc.org/certification/index.html", title: "Certification", publisher: "ITSqc", accessed: "2026-11-29" },
    { id: "itsqc-cert-status", url: "https://itsqc.org/?p=35", title: "eSCM Certification by ITSqc: Process, Roles, and Status", publisher: "ITSqc", accessed: "2026-11-29" },
    { id: "itsqc-process", url: "http://www.itsqc.org/certification/process.html", title: "Certification Process", publisher: "ITSqc", accessed: "2026-11-29" },
    { id: "itsqc-faq", url: "http://itsqc.cmu.edu/faq.asp", title: "Frequently Asked Questions (eSCM-SP)", publisher: "ITSqc, Carnegie Mellon University", accessed: "2026-11-29" },
    { id: "itsqc-birth", url: "https://itsqc.org/the-birth-of-escm-at-carnegie-mellon-university/", title: "The Birth of eSCM at Carnegie Mellon University", publisher: "ITSqc", accessed: "2026-11-29" },
    { id: "vanharen-sp", url: "https://archive.vanharen.net/blog/escm-sp-in-3-minutes-2", title: "eSCM-SP – in 3 minutes", publisher: "Van Haren Publishing", accessed: "2026-11-29" },
    { id: "business-standard-2004", url: "https://business-standard.com/amp/article/economy-policy/carnegie-mellon-standard-for-ites-104100501067_1.html", title: "Carnegie Mellon standard for ITeS", publisher: "Business Standard", published: "2004-10", accessed: "2026-11-29" },
    { id: "dqweek", url: "https://www.dqweek.com/escm-fighting-for-quality-space/", title: "eSCM: Fighting for quality space (undated, c. 2004–05)", publisher: "DQ Week", accessed: "2026-11-29" },
  ],
  description: `The eSourcing Capability Model for Service Providers (eSCM-SP) was built at Carnegie Mellon University, home of the well-known software CMM, to give IT-enabled service and BPO providers a comparable yardstick. It tells a provider which practices to put in place across the whole life of an outsourcing deal, from winning and starting a contract through delivery to handing the work back, and it lets clients compare providers against one standard.

Version 2 has 84 practices grouped into ten capability areas such as contracting, people management, threat management and service delivery. Each practice sits at one of five capability levels, so a provider can be certified at a particular level.

### Getting certified
Certification needs a full third-party evaluation by an organisation authorised by ITSqc, the body that owns the model, led by an authorised lead evaluator. ITSqc's Certification Board reviews the results and issues a Certificate of Capability. No price or typical timeline is published.

### Renewal
A certificate lasts at most two years and then needs a new evaluation.

### Status today
Indian BPO firms, the original target, were reported to be lukewarm, preferring COPC and ISO. ITSqc left Carnegie Mellon in 2010, and its web domain now mostly carries unrelated articles. We therefore list the programme as **dormant**, but that is our reading, not an announcement: treat any current eSCM-SP claim with care and ask ITSqc to confirm it.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
