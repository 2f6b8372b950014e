import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cmmi-svc",
  name: "CMMI for Services",
  shortName: "CMMI-SVC",
  aliases: [
    { name: "CMMI-SVC", kind: "abbreviation" },
    { name: "Capability Maturity Model Integration for Services", kind: "alternative" },
    { name: "CMMI Services domain", kind: "alternative", note: "In CMMI V2.0 and V3.0 the services content is part of one integrated model rather than a separate constellation." },
  ],
  kind: "organisation",
  categories: ["service-management", "process-improvement"],
  issuer: "cmmi-institute",
  formerIssuers: ["sei"],
  status: "active",
  related: ["people-cmm", "iso-iec-20000-1", "escm-sp", "hdi-support-center-certification"],
  summary: "The services version of the CMMI process-maturity model; service providers such as support and contact centres are appraised and rated at maturity levels 1 to 5 rather than certified.",
  history: [
    { date: "2009-02", event: "CMMI for Services released as version 1.2, the third CMMI constellation after Development and Acquisition.", cite: ["cmmi-v13-history", "informit-evolution"] },
    { date: "2010-11-01", event: "Version 1.3 released, aligning the Services, Development and Acquisition models.", cite: ["cmmi-v13-history"] },
    { date: "2013-01", event: "CMMI work moves from the Software Engineering Institute to the new CMMI Institute at Carnegie Mellon.", cite: ["prozessblog-2013", "sei-2012-transition"] },
    { date: "2016", event: "ISACA acquires the CMMI Institute, which continues as a subsidiary.", cite: ["agileana", "itskeptic-isaca"] },
    { date: "2018", event: "CMMI V2.0 published, merging Development, Services and Acquisition into a single model.", cite: ["epfl-cmmi"] },
    { date: "2023-04-05", event: "CMMI V3.0 released; its practices include a Services domain alongside Development, Suppliers, Safety and Security, plus new Data, People and Virtual domains.", cite: ["cmmi-v3-workbook", "abscerts-v3"] },
  ],
  levels: [
    { name: "Maturity level 1: Initial", cite: ["cmmi-svc-v13-levels"] },
    { name: "Maturity level 2: Managed", description: "In CMMI-SVC V1.3 this level includes the Service Delivery process area.", cite: ["cmmi-svc-v13-levels", "cmmi-svc-v13-preface"] },
    { name: "Maturity level 3: Defined", description: "Includes service practices such as Incident Resolution and Prevention, Service Continuity and Service System Transition, embedded in an organisation-wide standard process set.", cite: ["cmmi-svc-v13-ml3", "cmmi-svc-v13-preface"] },
    { name: "Maturity level 4: Quantitatively Managed", cite: ["cmmi-svc-v13-levels"] },
    { name: "Maturity level 5: Optimizing", cite: ["cmmi-svc-v13-levels"] },
  ],
  cost: { status: "not-published", note: "Appraisals are priced by the lead appraiser's firm; no public price list was found." },
  timeToAchieve: { status: "not-published", note: "No source gives a typical time to reach a CMMI-SVC maturity level." },
  validity: {
    status: "published",
    period: "P3Y",
    renewal: "Appraisal results expire three years after the appraisal end date; the organisation must be appraised again to keep a current rating.",
    cite: ["cmmi-institute-certified", "sei-apc-faq"],
  },
  requirements: [
    { text: "A maturity level rating comes only from a SCAMPI Class A appraisal led by an authorised lead appraiser; SCAMPI B and C appraisals give improvement feedback but no benchmark rating.", cite: ["cmmi-svc-v13-scampi"] },
    { text: "The model gives service providers practices for deciding and defining their services, setting up agreements, handling service requests and incidents, transitioning service systems and preparing for service continuity.", cite: ["sei-svc-report"] },
    { text: "There is no official 'CMMI certification': the CMMI Institute does not certify appraisal results, and appraised organisations should say they were appraised at a maturity level.", cite: ["cmmi-institute-certified", "askthecmmiappraiser"] },
    { text: "The appraisal result is documented in an Appraisal Disclosure Statement (ADS), which records the level achieved and which parts of the organisation were appraised.", cite: ["cmmi-institute-certified"] },
  ],
  recognition: [
    { text: "Listed by Service Strategies, owner of the SCP Standards, among the quality programmes open to technology service organisations.", cite: ["service-strategies-2016"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the Appraisal Disclosure Statement, check the maturity level, the model (services), the organisational unit and sites covered, and the appraisal end date (results expire after three years). Then look the organisation up in the CMMI Institute's public Published Appraisal Results (PARS) database; publication there is at the sponsor's choice, so absence is not proof of a false claim.",
    cite: ["cmmi-institute-certified", "cmmi-institute-pars"],
  },
  disagreements: [],
  sources: [
    { id: "sei-svc-report", url: "http://repository.cmu.edu/sei/266/", title: "CMMI for Services (technical report abstract)", publisher: "Software Engineering Institute, Carnegie Mellon University", accessed: "2026-11-29" },
    { id: "cmmi-v13-history", url: "http://www.self.gutenberg.org/articles/eng/CMMI_Version_1.3", title: "CMMI Version 1.3 (copy of the Wikipedia article)", publisher: "World Heritage Encyclopedia", accessed: "2026-11-29" },
    { id: "informit-evolution", url: "http://www.informit.com/articles/article.aspx?p=1686446&seqNum=3", title: "Evolution of CMMI", publisher: "InformIT (Pearson)", accessed: "2026-11-29" },
    { id: "cmmi-svc-v13-levels", url: "http://cmmis.free.fr/cmmi-svc/text/ccb777e(CMMI_SVC_1_3)-768.php", title: "CMMI for Services V1.3: Understanding Maturity Levels (copy)", publisher: "Software Engineering Institute (copy hosted by cmmis.free.fr)", accessed: "2026-11-29" },
    { id: "cmmi-svc-v13-ml3", url: "http://cmmis.free.fr/cmmi-svc/text/ccb777e(CMMI_SVC_1_3)-771.php", title: "CMMI for Services V1.3: Maturity Level 3: Defined (copy)", publisher: "Software Engineering Institute (copy hosted by cmmis.free.fr)", accessed: "2026-11-29" },
    { id: "cmmi-svc-v13-preface", url: "http://cmmis.free.fr/cmmi-svc/text/ccb777e(CMMI_SVC_1_3)-724.php", title: "CMMI for Services V1.3: Preface, with process areas by maturity level (copy)", publisher: "Software Engineering Institute (copy hosted by cmmis.free.fr)", accessed: "2026-11-29" },
    { id: "cmmi-svc-v13-scampi", url: "http://cmmis.free.fr/cmmi-dev/text/ccb777e(CMMI_1_3_for_development)-85.php", title: "CMMI V1.3: SCAMPI appraisal methods (copy)", publisher: "Software Engineering Institute (copy hosted by cmmis.free.fr)", accessed: "2026-11-29" },
    { id: "prozessblog-2013", url: "https://prozessblog.de/20130116-cmmi-institute-gegruendet", title: "CMMI Institute gegründet", publisher: "Prozessblog", published: "2013-01-16", accessed: "2026-11-29" },
    { id: "sei-2012-transition", url: "http://www.sei.cmu.edu/partners/CMMI-Transition-2012/", title: "CMMI Moves to Independent Business Unit", publisher: "Software Engineering Institute, Carnegie Mellon University", published: "2012-05-22", accessed: "2026-11-29" },
    { id: "agileana", url: "https://wiki.agileana.com/index.php?direction=prev&oldid=187&title=Certified_CMMI_Associate", title: "Certified CMMI Associate", publisher: "Agileana wiki", accessed: "2026-11-29" },
    { id: "itskeptic-isaca", url: "http://itskeptic.org/content/what-think-isaca-acquisition-cmmi.html", title: "What to think of the ISACA acquisition of CMMI?", publisher: "The IT Skeptic", accessed: "2026-11-29" },
    { id: "epfl-cmmi", url: "https://graphsearch.epfl.ch/concept/1288948", title: "Capability Maturity Model Integration", publisher: "EPFL Graph Search", accessed: "2026-11-29" },
    { id: "cmmi-v3-workbook", url: "https://www.scribd.com/document/663962172/CMMI-V3-0-and-CMMI-V2-2-Practices-1681992254", title: "CMMI V3.0 and CMMI V2.2 practices workbook", publisher: "Scribd (user-published)", accessed: "2026-11-29" },
    { id: "abscerts-v3", url: "https://abscerts.com/cmmi-v-3-0/", title: "Unraveling the complexity of the latest framework: CMMI V3.0", publisher: "ABS Certs", accessed: "2026-11-29" },
    { id: "cmmi-institute-certified", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/216948237-How-does-my-organization-get-CMMI-certified-", title: "How does my organization get CMMI certified?", publisher: "CMMI Institute", accessed: "2026-11-29" },
    { id: "cmmi-institute-pars", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/216948297-Which-organizations-have-achieved-a-CMMI-maturity-level-", title: "Which organizations have achieved a CMMI maturity level?", publisher: "CMMI Institute", accessed: "2026-11-29" },
    { id: "sei-apc-faq", url: "http://www.sei.cmu.edu/cmmi/faq/apc-faq.html", title: "Appraisal Policy Changes (CMMI v1.2)", publisher: "Software Engineering Institute, Carnegie Mellon University", accessed: "2026-11-29" },
    { id: "askthecmmiappraiser", url: "http://askthecmmiappraiser.blogspot.com/2011/07/when-can-we-advertise-that-we-have.html", title: "When can we advertise that we have achieved CMMI Certification?", publisher: "Ask the CMMI Appraiser (Jeff Dalton)", published: "2011-07-27", accessed: "2026-11-29" },
    { id: "service-strategies-2016", url: "https://docslib.org/doc/3846034/a-guide-to-service-quality-programs-selecting-a-quality-program-for-your-technology-service-organization", title: "A Guide to Service Quality Programs: Selecting a Quality Program for Your Technology Service Organization", publisher: "Service Strategies Corporation (copy hosted by docslib)", published: "2016", accessed: "2026-11-29" },
  ],
  description: `CMMI for Services (CMMI-SVC) is the member of the Capability Maturity Model Integration family written for organisations that **deliver services** rather than build products, which can include IT support desks and contact-centre operations. It collects practices for agreeing services with customers, delivering them, handling incidents and requests, keeping services running through disruptions and moving new or changed services into operation.

### What achieving it involves
Like the rest of CMMI, it is not a certification. An organisation implements the practices and then commissions a SCAMPI Class A appraisal from a lead appraiser authorised by the CMMI Institute. The result is a maturity level from 1 (Initial) to 5 (Optimizing) for the organisational unit appraised, recorded in an Appraisal Disclosure Statement. No public price or typical timeline exists; both depend on the size of the unit and its starting point.

### Versions
The services model first appeared in 2009 (version 1.2) and was revised in 2010 (version 1.3). Since CMMI V2.0 (2018) the services content lives inside one integrated model; CMMI V3.0 (April 2023) presents it as a Services domain. The model is now run by the CMMI Institute, part of ISACA.

### Renewal and checking a claim
Appraisal results expire three years after the appraisal ends. Ask for the Appraisal Disclosure Statement and check the unit, sites and date, then search the CMMI Institute's Published Appraisal Results. Be wary of the phrase "CMMI certified".`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
