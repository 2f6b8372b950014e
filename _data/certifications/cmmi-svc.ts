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
  assurance: "assessment",
  status: "active",
  statusDetail: {
    note: "CMMI for Services as a separate model ended with V1.3, whose appraisals were accepted until 30 September 2020; its content continues as the Services domain of the integrated CMMI (V2.0 from 2018, V3.0 from 2023), which the CMMI Institute, part of ISACA, still appraises.",
    cite: ["cmmi-zendesk-prepare", "abscerts-v3", "thecoresolution-v3"],
  },
  related: ["people-cmm", "iso-iec-20000-1", "escm-sp", "hdi-support-center-certification"],
  summary: "The services version of the CMMI process-maturity model; service providers such as support and contact centres are appraised and rated at maturity levels 1 to 5 rather than certified.",
  history: [
    { date: "2009-02", event: "CMMI for Services released as version 1.2, the third CMMI constellation after Development and Acquisition.", cite: ["informit-evolution"] },
    { date: "2010-11", event: "Version 1.3 released, aligning the Services, Development and Acquisition models.", cite: ["askthecmmiappraiser-2011-09", "askthecmmiappraiser-2011-11"] },
    { date: "2011-11", event: "Appraisals to CMMI V1.2 no longer accepted.", cite: ["askthecmmiappraiser-2011-09", "askthecmmiappraiser-2011-11"] },
    { date: "2013-01", event: "CMMI work moves from the Software Engineering Institute to the new CMMI Institute at Carnegie Mellon.", cite: ["prozessblog-2013", "sei-2012-transition"] },
    { date: "2016", event: "ISACA acquires the CMMI Institute, which continues as a subsidiary.", cite: ["agileana", "itskeptic-isaca"] },
    { date: "2018", event: "CMMI V2.0 published, merging Development, Services and Acquisition into a single model; V2.0 appraisals accepted from January 2019.", cite: ["epfl-cmmi", "cmmi-zendesk-prepare"] },
    { date: "2020-09-30", event: "Last day on which CMMI V1.3 appraisals, including CMMI-SVC V1.3, were accepted.", cite: ["cmmi-zendesk-prepare"] },
    { date: "2023-04", event: "CMMI V3.0 released; its domains are Data, Development, People, Safety, Security, Services, Suppliers and Virtual.", cite: ["dannysf-v3", "abscerts-v3", "thecoresolution-v3"] },
  ],
  levels: [
    { name: "Maturity level 1: Initial", cite: ["meerad-cmmi"] },
    { name: "Maturity level 2: Managed", description: "Work groups institutionalise selected work-management, support and service establishment and delivery processes: they define a service strategy, plan and monitor the work, and agree services with customers.", cite: ["certsphere-cmmi", "wibas-svc-ml2"] },
    { name: "Maturity level 3: Defined", cite: ["certsphere-cmmi"] },
    { name: "Maturity level 4: Quantitatively Managed", cite: ["certsphere-cmmi"] },
    { name: "Maturity level 5: Optimizing", cite: ["certsphere-cmmi"] },
  ],
  cost: {
    status: "published",
    figures: [
      {
        min: 30000,
        max: 50000,
        currency: "USD",
        basis: "per-organisation",
        priceType: "reported",
        approximate: true,
        context: "in India, per CMMI appraisal (which the article calls a certification); said of CMMI generally, not of the services model in particular",
        covers: "the appraisal business per certification, not the organisation's own internal costs",
        asOf: "2007",
        cite: ["business-standard-2007"],
        note: "The article gives the rupee equivalent as around Rs 12 lakh to Rs 20 lakh and adds that lakhs of rupees more go on internal resources, preparation time and man hours; the name of the person it quotes is cut off in the text read. No lead appraiser, consultancy or the CMMI Institute publishes a current price for a SCAMPI A or Benchmark appraisal on the pages read: the CMMI Institute's help pages and partner policies, Broadsword's 'Ask the CMMI Appraiser' blog (which says prices vary widely), MDM, SR3, LegalClarity, ABS Certs, Meerad, Equalitas and other Indian consultancies (2026).",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P5D", max: "P10D", context: "the Benchmark appraisal itself, with four to eight appraisal team members plus a lead appraiser, depending on complexity and scope", asOf: "2026", cite: ["mdmaturity"], note: "Undated consultancy page, read in 2026; Benchmark appraisals exist from CMMI V2.0 on." },
      { min: "P18M", max: "P24M", context: "moving from maturity level 2 to level 3, which a lead appraiser said the SEI expects to take", asOf: "2007-05", cite: ["askthecmmiappraiser-2007"], note: "Said of CMMI generally, not the services model in particular; the same appraiser thought one year possible for a well-prepared organisation." },
      { min: "P12M", max: "P18M", context: "implementation time for CMMI, per a compliance-software vendor's comparison page", asOf: "2026", cite: ["gradum"], note: "Undated page, read in 2026; it refers to CMMI as of 2023." },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Benchmark appraisal rating (CMMI V2.0 and V3.0)",
        period: "P3Y",
        renewal: "A Benchmark appraisal gives a maturity level rating valid for three years; it is renewed by a new Benchmark appraisal or extended by a Sustainment appraisal.",
        cite: ["cmmi-zendesk-prepare", "cmmi-zendesk-validity"],
      },
      {
        appliesTo: "Sustainment appraisal",
        period: "P2Y",
        renewal: "A Sustainment appraisal of reduced scope extends a Benchmark rating by up to two years; after at most three in a row, a new Benchmark appraisal is needed. It cannot raise the rating.",
        cite: ["cmmi-zendesk-prepare", "cmmi-zendesk-validity"],
      },
      {
        appliesTo: "SCAMPI A appraisal results (CMMI-SVC V1.2 and V1.3)",
        period: "P3Y",
        renewal: "Results expire three years after the appraisal end date; the organisation must be appraised again to keep a current rating.",
        cite: ["sei-apc-faq", "cmmi-institute-certified"],
      },
    ],
  },
  editions: [
    {
      id: "v1-2",
      name: "CMMI for Services, Version 1.2",
      claims: ["CMMI-SVC v1.2", "CMMI-SVC 1.2", "CMMI for Services v1.2"],
      published: "2009-02",
      newCertificationEnds: "2011-11",
      validUntil: { status: "not-published", note: "Results expire three years after the appraisal end date, so the last V1.2 ratings would have lapsed around the end of 2014, but no source states the date." },
      cite: ["informit-evolution", "askthecmmiappraiser-2011-09", "askthecmmiappraiser-2011-11"],
      note: "A lead appraiser wrote in September 2011 that CMMI V1.2 could be used until November 2011, and on 29 November 2011 that V1.2 was retired and its appraisals would no longer be accepted.",
    },
    {
      id: "v1-3",
      name: "CMMI for Services, Version 1.3",
      claims: ["CMMI-SVC v1.3", "CMMI-SVC 1.3", "CMMI for Services v1.3"],
      published: "2010-11",
      newCertificationEnds: "2020-09-30",
      validUntil: { status: "not-published", note: "The CMMI Institute says V1.3 appraisals stayed active until their own expiry date, three years after the appraisal ended, so the last V1.3 ratings would have lapsed around the end of September 2023; no source states the date." },
      cite: ["askthecmmiappraiser-2011-09", "askthecmmiappraiser-2011-11", "cmmi-zendesk-prepare"],
      note: "Released in the autumn of 2010 ('around this time last year', wrote a lead appraiser on 29 November 2011). The CMMI Institute accepted V1.3 appraisals until 30 September 2020.",
    },
    {
      id: "v2-0",
      name: "CMMI V2.0",
      claims: ["CMMI 2.0", "CMMI-SVC V2.0", "CMMI V2.0 Services"],
      published: "2018",
      validUntil: { status: "not-published", note: "We found no date after which V2.0 appraisals stopped being accepted; looked at the CMMI Institute's help pages and consultancies' notes on V3.0 (2023–2024)." },
      cite: ["epfl-cmmi", "cmmi-zendesk-prepare", "thecoresolution-v3"],
      note: "One integrated model with Development, Services and Supplier Management views; a 'CMMI V2.0' claim may refer to the Development view, so ask which one was appraised. Benchmark appraisals replaced SCAMPI A.",
    },
    {
      id: "v3-0",
      name: "CMMI V3.0",
      claims: ["CMMI 3.0", "CMMI V3", "CMMI-SVC V3.0", "CMMI V3.0 Services"],
      published: "2023-04",
      cite: ["dannysf-v3", "abscerts-v3", "thecoresolution-v3"],
      note: "A Chinese consultancy's article dates the release to 6 April 2023 and says V3.0 appraisals were accepted from January 2024. Services is one of eight domains; ask which domain a 'CMMI V3.0' rating covers.",
    },
  ],
  requirements: [
    { text: "A maturity level rating comes only from the most rigorous appraisal class, led by an authorised lead appraiser: SCAMPI A up to V1.3, the Benchmark appraisal from V2.0. SCAMPI B and C, replaced from V2.0 by Evaluation appraisals, give improvement feedback but no rating.", cite: ["processtrendz", "cmmi-zendesk-prepare"] },
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
    { id: "sei-svc-report", url: "http://repository.cmu.edu/sei/266/", title: "CMMI for Services (technical report abstract)", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30", note: "The SEI owned CMMI until 2013." },
    { id: "informit-evolution", url: "http://www.informit.com/articles/article.aspx?p=1686446&seqNum=3", title: "Evolution of CMMI", publisher: "InformIT (Pearson)", kind: "press", accessed: "2026-11-30", note: "An excerpt from the CMMI for Services book on the publisher's site." },
    { id: "askthecmmiappraiser-2011-09", url: "http://askthecmmiappraiser.blogspot.com/2011/09/dear-appraiser-i-need-to-know-when-cmmi.html", title: "When was CMMI v1.3 Released?", publisher: "Ask the CMMI Appraiser (Jeff Dalton, Broadsword)", kind: "consultancy", published: "2011-09-20", accessed: "2026-11-30" },
    { id: "askthecmmiappraiser-2011-11", url: "http://askthecmmiappraiser.blogspot.com/2011/11/its-time-for-our-re-appraisal-what.html", title: "It's time for our re-appraisal. What version of CMMI should we use?", publisher: "Ask the CMMI Appraiser (Jeff Dalton, Broadsword)", kind: "consultancy", published: "2011-11-29", accessed: "2026-11-30" },
    { id: "askthecmmiappraiser-2007", url: "http://askthecmmiappraiser.blogspot.com/2007/05/dear-jeff-i-represent-privately-held.html", title: "Can we get to Level Three in 12 months?", publisher: "Ask the CMMI Appraiser (Jeff Dalton, Broadsword)", kind: "consultancy", published: "2007-05", accessed: "2026-11-30" },
    { id: "meerad-cmmi", url: "https://meerad.in/frequently-asked-questions-about-cmmi-certification-in-india/", title: "Frequently Asked Questions about CMMI Certification in India", publisher: "Meerad", kind: "consultancy", accessed: "2026-11-30" },
    { id: "certsphere-cmmi", url: "http://certsphere.com/cmmi/", title: "CMMI (maturity levels for services)", publisher: "Certsphere", kind: "consultancy", accessed: "2026-11-30" },
    { id: "wibas-svc-ml2", url: "https://www.wibas.com/cmmi/maturity-level-2-managed-cmmi-svc", title: "Maturity Level 2: Managed (CMMI-SVC)", publisher: "wibas GmbH", kind: "consultancy", accessed: "2026-11-30", note: "Reproduces the CMMI-SVC V1.3 model text with the SEI's permission; replaces a copy on cmmis.free.fr." },
    { id: "processtrendz", url: "http://processtrendz.com/benchmarkings.html", title: "Benchmarking & Certifications: SCAMPI Appraisals", publisher: "ProcessTrendz", kind: "consultancy", accessed: "2026-11-30", note: "Replaces a copy of the SEI's CMMI V1.3 text on cmmis.free.fr; it restates the SEI's description of the SCAMPI classes." },
    { id: "mdmaturity", url: "https://www.mdmaturity.com/services/appraisals/a-benchmark-appraisal", title: "A Benchmark Appraisal", publisher: "MDM (Management & Development Maturity)", kind: "consultancy", accessed: "2026-11-30" },
    { id: "gradum", url: "https://blog.gradum.io/compare/iso-20000-vs-cmmi", title: "ISO 20000 vs CMMI", publisher: "Gradum", kind: "consultancy", accessed: "2026-11-30" },
    { id: "prozessblog-2013", url: "https://prozessblog.de/20130116-cmmi-institute-gegruendet", title: "CMMI Institute gegründet", publisher: "Prozessblog", kind: "press", published: "2013-01-16", accessed: "2026-11-30" },
    { id: "sei-2012-transition", url: "http://www.sei.cmu.edu/partners/CMMI-Transition-2012/", title: "CMMI Moves to Independent Business Unit", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", published: "2012-05-22", accessed: "2026-11-30" },
    { id: "agileana", url: "https://wiki.agileana.com/index.php?direction=prev&oldid=187&title=Certified_CMMI_Associate", title: "Certified CMMI Associate", publisher: "Agileana wiki", kind: "consultancy", accessed: "2026-11-30" },
    { id: "itskeptic-isaca", url: "http://itskeptic.org/content/what-think-isaca-acquisition-cmmi.html", title: "What to think of the ISACA acquisition of CMMI?", publisher: "The IT Skeptic", kind: "press", accessed: "2026-11-30", note: "A commentary blog quoting the ISACA board chair's e-mail announcing the acquisition." },
    { id: "epfl-cmmi", url: "https://graphsearch.epfl.ch/concept/1288948", title: "Capability Maturity Model Integration", publisher: "EPFL Graph Search", kind: "reference", accessed: "2026-11-30" },
    { id: "abscerts-v3", url: "https://abscerts.com/cmmi-v-3-0/", title: "Unraveling the complexity of the latest framework: CMMI V3.0", publisher: "ABS Certs", kind: "consultancy", accessed: "2026-11-30" },
    { id: "thecoresolution-v3", url: "https://www.thecoresolution.com/cmmi-v3-update-explained", title: "CMMI v3 Update Explained", publisher: "The Core Solution", kind: "consultancy", published: "2024-02-05", accessed: "2026-11-30" },
    { id: "dannysf-v3", url: "http://dannysf.com/sell/show-614580.html", title: "CMMI V3.0 changes explained (Chinese)", publisher: "dannysf.com (article by a Chinese CMMI consultancy)", kind: "consultancy", accessed: "2026-11-30", note: "A Chinese-language consultancy article on a business-listing site; the only source we found for the day of release. ISACA's own announcement was not found." },
    { id: "cmmi-zendesk-prepare", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/360000712547-How-should-I-prepare-for-my-next-appraisal-", title: "How should I prepare for my next appraisal?", publisher: "CMMI Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "cmmi-zendesk-validity", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/360013710373-Why-are-there-two-options-now-for-appraisal-validity-periods-", title: "Why are there two options now for appraisal validity periods?", publisher: "CMMI Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "cmmi-institute-certified", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/216948237-How-does-my-organization-get-CMMI-certified-", title: "How does my organization get CMMI certified?", publisher: "CMMI Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "cmmi-institute-pars", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/216948297-Which-organizations-have-achieved-a-CMMI-maturity-level-", title: "Which organizations have achieved a CMMI maturity level?", publisher: "CMMI Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "sei-apc-faq", url: "http://www.sei.cmu.edu/cmmi/faq/apc-faq.html", title: "Appraisal Policy Changes (CMMI v1.2)", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30" },
    { id: "askthecmmiappraiser", url: "http://askthecmmiappraiser.blogspot.com/2011/07/when-can-we-advertise-that-we-have.html", title: "When can we advertise that we have achieved CMMI Certification?", publisher: "Ask the CMMI Appraiser (Jeff Dalton, Broadsword)", kind: "consultancy", published: "2011-07-27", accessed: "2026-11-30" },
    { id: "business-standard-2007", url: "https://business-standard.com/amp/article/technology/indian-it-firms-face-higher-quality-bar-107091401077_1.html", title: "Indian IT firms face higher quality bar", publisher: "Business Standard", kind: "press", published: "2007", accessed: "2026-11-30", note: "By Leslie D'Monte. The page shows only 'Last Updated: Jun 14 2013'; the text dates itself to 2007 (figures 'as on December 2006', SCAMPI V1.1 ending 'on August 25', reappraisals due 'in 2007-08')." },
    { id: "service-strategies-2016", url: "https://docslib.org/doc/3846034/a-guide-to-service-quality-programs-selecting-a-quality-program-for-your-technology-service-organization", title: "A Guide to Service Quality Programs: Selecting a Quality Program for Your Technology Service Organization", publisher: "Service Strategies Corporation (copy hosted by docslib)", kind: "consultancy", published: "2016", accessed: "2026-11-30", note: "Scraped copy kept because we did not find the original on Service Strategies' site." },
  ],
  description: `CMMI for Services (CMMI-SVC) is the member of the Capability Maturity Model Integration family written for organisations that **deliver services** rather than build products, which can include IT support desks and contact-centre operations. It collects practices for agreeing services with customers, delivering them, handling incidents and requests, keeping services running through disruptions and moving new or changed services into operation.

### What achieving it involves
Like the rest of CMMI, it is not a certification. An organisation implements the practices and then commissions an appraisal from a lead appraiser authorised by the CMMI Institute: a SCAMPI Class A appraisal up to V1.3, a Benchmark appraisal since V2.0. The result is a maturity level from 1 (Initial) to 5 (Optimizing) for the organisational unit appraised, recorded in an Appraisal Disclosure Statement. No lead appraiser publishes a price; a 2007 Indian press report put the appraisal business at around US$30,000 to US$50,000 per rating, before the organisation's own costs. Consultancies describe the appraisal itself as taking five to ten days with a team of four to eight, and getting ready as a matter of a year or more.

### Versions
The services model first appeared in 2009 (V1.2) and was revised in 2010 (V1.3). V1.2 appraisals stopped being accepted in November 2011, and V1.3 appraisals on 30 September 2020. Since CMMI V2.0 (2018) the services content lives inside one integrated model; CMMI V3.0 (2023) presents it as a Services domain. The model is now run by the CMMI Institute, part of ISACA.

### Renewal and checking a claim
A rating lasts three years from the end of the appraisal. Since V2.0 a lighter Sustainment appraisal can extend a rating by two years, up to three times in a row. Ask for the Appraisal Disclosure Statement and check the model version and domain, the unit, sites and date, then search the CMMI Institute's Published Appraisal Results. A "CMMI-SVC V1.3" rating is now at least six years old and has lapsed. Be wary of the phrase "CMMI certified".`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
