import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "people-cmm",
  name: "People Capability Maturity Model",
  shortName: "People CMM",
  aliases: [
    { name: "P-CMM", kind: "abbreviation" },
    { name: "PCMM", kind: "abbreviation" },
    { name: "People CMM appraisal", kind: "alternative", note: "Organisations are appraised and rated at a maturity level rather than certified." },
  ],
  kind: "organisation",
  categories: ["workforce", "process-improvement"],
  issuer: "cmmi-institute",
  formerIssuers: ["sei"],
  assurance: "assessment",
  status: "active",
  statusDetail: {
    note: "Our judgement: responsibility for the People CMM passed to the CMMI Institute in 2013 and we found no announcement retiring it, but we also found no recent public record of standalone People CMM appraisals. CMMI V3.0 (2023) added a People domain covering similar ground.",
    cite: ["prozessblog-2013", "abscerts-v3"],
    unconfirmed: true,
  },
  related: ["cmmi-svc", "escm-sp", "copc-cx-standard"],
  summary: "A five-level maturity framework for how an organisation manages and develops its workforce, originally from Carnegie Mellon's SEI; organisations are appraised at a maturity level rather than certified.",
  history: [
    { date: "1995-09", event: "Version 1.0 published by the Software Engineering Institute (authors Bill Curtis, William Hefley and Sally Miller).", cite: ["sei-1995-overview", "sei-v2-page"] },
    { date: "1999-07-13", event: "Wipro Infotech, already at SW-CMM level 5, reported to be working towards P-CMM level 5.", cite: ["domain-b-1999"] },
    { date: "2001-07", event: "Version 2.0 published (CMU/SEI-2001-MM-01), moving team-building practices from maturity level 4 to level 3.", cite: ["sei-2001-v2", "wikipedia-pcmm"] },
    { date: "2009-07", event: "Version 2.0, Second Edition published as technical report CMU/SEI-2009-TR-003.", cite: ["sei-2009-tr"] },
    { date: "2013-01", event: "Responsibility for the People CMM, with CMMI, moves from the SEI to the newly founded CMMI Institute at Carnegie Mellon.", cite: ["prozessblog-2013"] },
    { date: "2016", event: "ISACA acquires the CMMI Institute, which continues as a subsidiary.", cite: ["agileana", "itskeptic-isaca"] },
  ],
  levels: [
    { name: "Level 1: Initial", description: "Workforce practices, where they exist, are often inconsistent, informal or merely ceremonial.", cite: ["gocourse-pcmm", "domain-b-1999"], note: "The same name in version 1 and version 2." },
    { name: "Level 2: Managed", description: "Managers apply basic people-management practices, such as staffing, performance management and compensation, consistently within their units.", cite: ["gocourse-pcmm"], note: "In version 1 this level was called Repeatable." },
    { name: "Level 3: Defined", cite: ["domain-b-1999"], note: "Name as used for version 1 in 1999; we did not see the version 2 name stated, though it is usually given as Defined too." },
    { name: "Level 4: Predictable", cite: ["domain-b-1999"], unconfirmed: true, note: "The version 2 name for level 4 was not seen in any source we read; in version 1 the level was called Managed." },
    { name: "Level 5: Optimizing", cite: ["domain-b-1999"], unconfirmed: true, note: "Version 1 used 'optimising' (as reported in 1999); the version 2 name was not seen in any source we read." },
  ],
  cost: { status: "not-published", note: "No public price for a People CMM appraisal was found. Looked at the SEI's People CMM pages and FAQ, the abstract of the SEI's People CMM-Based Assessment Method report, the CMMI Institute's help pages, QAI's People CMM case studies (TechSpan, HCL BPO), Alignmentor's posts on People CMM appraisals, and CMMI cost pages by consultancies and appraisers (Broadsword, MDM, SR3, LegalClarity) (2026). Appraisals are bought from authorised lead appraisers. A 2007 Indian press report of US$30,000 to US$50,000 per appraisal concerns CMMI, not People CMM." },
  timeToAchieve: { status: "not-published", note: "No source gives a typical time to reach a People CMM maturity level or the length of a People CMM appraisal. Looked at the SEI's People CMM pages and FAQ, the SEI's People CMM-Based Assessment Method report abstract, Wikipedia, the 1999 Wipro report, QAI's TechSpan and HCL BPO case studies, Alignmentor's posts and CMMI timeline pages by appraisers and consultancies (2026); the timelines these give are for CMMI, not People CMM." },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Appraisal results",
        period: "P3Y",
        renewal: "Appraisal results are a snapshot; a new appraisal is needed to show the level is maintained. For CMMI appraisals the results expire three years after the appraisal ends.",
        cite: ["sei-apc-faq", "sei-appraisal-faq"],
        unconfirmed: true,
        note: "The three-year limit is the SEI and CMMI Institute rule for CMMI SCAMPI A appraisals; we assume, without confirmation, that it also applies to People CMM appraisals.",
      },
    ],
  },
  editions: [
    {
      id: "v1",
      name: "People Capability Maturity Model Version 1.0",
      claims: ["P-CMM v1", "P-CMM v1.0", "People CMM v1", "PCMM v1"],
      published: "1995-09",
      validUntil: { status: "not-published", note: "The SEI's People CMM FAQ asks whether appraisals can still use version 1, but we could not read the answer; no other source gives an end date." },
      cite: ["sei-1995-overview", "sei-pcmm-faq"],
      note: "Used the SW-CMM level names (Initial, Repeatable, Defined, Managed, Optimizing).",
    },
    {
      id: "v2",
      name: "People Capability Maturity Model Version 2.0",
      claims: ["P-CMM v2", "P-CMM v2.0", "People CMM v2", "People CMM Version 2", "PCMM v2"],
      published: "2001-07",
      validUntil: { status: "not-published", note: "No date was found after which appraisals had to use the 2009 second edition; the second edition revised version 2.0 rather than replacing the model." },
      cite: ["sei-2001-v2", "sei-v2-page"],
      note: "A claim of 'P-CMM v2' may mean either this text or the 2009 second edition; both are version 2.0.",
    },
    {
      id: "v2-second-edition",
      name: "People Capability Maturity Model Version 2.0, Second Edition",
      claims: ["P-CMM v2.0 Second Edition", "People CMM v2 Second Edition", "P-CMM 2009"],
      published: "2009-07",
      cite: ["sei-2009-tr", "wikipedia-pcmm"],
      note: "Published as SEI technical report CMU/SEI-2009-TR-003.",
    },
  ],
  requirements: [
    { text: "The SEI does not certify organisations: it authorises lead appraisers, and an organisation may say it has been appraised at a People CMM level by an authorised lead appraiser.", cite: ["sei-appraisal-faq", "sei-v2-page"] },
    { text: "Version 2 defines five maturity levels, each a plateau that builds the practices needed by the next: improving individual competencies, developing effective teams, motivating performance and shaping the workforce.", cite: ["sei-v2-page"] },
  ],
  recognition: [
    { text: "Listed, as PCMM, among organisational certifications for call centres and BPOs in the c. 2004 bpmwatch article.", cite: ["bpmwatch"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the appraisal results (maturity level, date, lead appraiser and the part of the organisation appraised) and check that the appraisal is recent; ask the CMMI Institute whether the results were reported to it. Treat any claim of 'P-CMM certification' with care, since no body certifies People CMM levels.",
    cite: ["sei-appraisal-faq", "cmmi-institute-pars"],
    unconfirmed: true,
    note: "The CMMI Institute's published-results database covers CMMI appraisals; whether People CMM results are listed, and whether People CMM is still actively appraised, was not confirmed.",
  },
  disagreements: [
    {
      topic: "Names of the maturity levels",
      positions: [
        { claim: "Initial, Repeatable, Defined, Managed, Optimising: the SW-CMM names, as used by Wipro for P-CMM in 1999 (version 1 era).", cite: ["domain-b-1999"] },
        { claim: "Initial and Managed for levels 1 and 2 in version 2 (levels 3 to 5 usually given as Defined, Predictable and Optimizing).", cite: ["gocourse-pcmm"] },
      ],
      note: "The two lists reflect the version 1 and version 2 naming; the version 2 names of levels 4 and 5 are unconfirmed.",
    },
  ],
  sources: [
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", kind: "press", accessed: "2026-11-30" },
    { id: "sei-v2-page", url: "http://www.sei.cmu.edu/cmm-p/version2/index.html", title: "People Capability Maturity Model - Version 2", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30", note: "The SEI owned the model until 2013." },
    { id: "sei-pcmm-faq", url: "http://www.sei.cmu.edu/cmm-p/version2/faq.html", title: "People Capability Maturity Model (People CMM): Frequently Asked Questions", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30" },
    { id: "sei-1995-overview", url: "https://pdfslide.us/documents/overview-of-the-people-capability-maturity-model-model-cmusei-95-mm-01-september.html", title: "Overview of the People Capability Maturity Model (CMU/SEI-95-MM-01), copy", publisher: "Software Engineering Institute (copy hosted by pdfslide)", kind: "issuer", published: "1995-09", accessed: "2026-11-30", note: "Scraped copy kept: the report is public through the SEI and the US Defense Technical Information Center, but we did not find the original's address." },
    { id: "sei-2001-v2", url: "http://www.slideshare.net/AbrahamRamirezHerrera/pccm-ingles", title: "People Capability Maturity Model (P-CMM) Version 2.0, CMU/SEI-2001-MM-01, copy", publisher: "Software Engineering Institute (copy hosted by SlideShare)", kind: "issuer", published: "2001-07", accessed: "2026-11-30", note: "Scraped copy kept because we did not find the SEI's original of the 2001 report." },
    { id: "sei-2009-tr", url: "https://docslib.org/doc/1312582/people-capability-maturity-model-p-cmm-version-2-0-second-edition", title: "People Capability Maturity Model (P-CMM) Version 2.0, Second Edition, CMU/SEI-2009-TR-003, copy", publisher: "Software Engineering Institute (copy hosted by docslib)", kind: "issuer", published: "2009-07", accessed: "2026-11-30", note: "Scraped copy kept: the report is in the SEI's digital library, but we did not find the original's address." },
    { id: "wikipedia-pcmm", url: "https://en.wikipedia.org/wiki/People_Capability_Maturity_Model", title: "People Capability Maturity Model", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30", note: "Replaces a LiquiSearch copy of this article; the team-building detail was read in that copy of the Structure section." },
    { id: "gocourse-pcmm", url: "https://www.gocourse.in/2025/08/people-capability-maturity-model-pcmm.html", title: "People Capability Maturity Model (PCMM)", publisher: "GoCourse", kind: "consultancy", published: "2025-08", accessed: "2026-11-30" },
    { id: "domain-b-1999", url: "https://domain-b.com/amp/companies-organisations/firms-companies/life-beyond-sei-level-5-at-wipro", title: "Life beyond SEI level 5 at Wipro", publisher: "domain-b.com", kind: "press", published: "1999-07-13", accessed: "2026-11-30" },
    { id: "prozessblog-2013", url: "https://prozessblog.de/20130116-cmmi-institute-gegruendet", title: "CMMI Institute gegründet", publisher: "Prozessblog", kind: "press", published: "2013-01-16", accessed: "2026-11-30" },
    { id: "agileana", url: "https://wiki.agileana.com/index.php?direction=prev&oldid=187&title=Certified_CMMI_Associate", title: "Certified CMMI Associate", publisher: "Agileana wiki", kind: "consultancy", accessed: "2026-11-30" },
    { id: "itskeptic-isaca", url: "http://itskeptic.org/content/what-think-isaca-acquisition-cmmi.html", title: "What to think of the ISACA acquisition of CMMI?", publisher: "The IT Skeptic", kind: "press", accessed: "2026-11-30", note: "A commentary blog quoting the ISACA board chair's e-mail announcing the acquisition." },
    { id: "abscerts-v3", url: "https://abscerts.com/cmmi-v-3-0/", title: "Unraveling the complexity of the latest framework: CMMI V3.0", publisher: "ABS Certs", kind: "consultancy", accessed: "2026-11-30" },
    { id: "sei-apc-faq", url: "http://www.sei.cmu.edu/cmmi/faq/apc-faq.html", title: "Appraisal Policy Changes (CMMI v1.2)", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30" },
    { id: "sei-appraisal-faq", url: "http://www.sei.cmu.edu/appraisal-program/profile/faq.html", title: "Process Maturity Profile - Frequently Asked Questions", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30" },
    { id: "cmmi-institute-pars", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/216948297-Which-organizations-have-achieved-a-CMMI-maturity-level-", title: "Which organizations have achieved a CMMI maturity level?", publisher: "CMMI Institute", kind: "issuer", accessed: "2026-11-30" },
  ],
  description: `The People Capability Maturity Model (People CMM, often written P-CMM) applies the staged maturity idea of Carnegie Mellon's software CMM to the management of people. It describes how an organisation moves from ad hoc, inconsistent workforce practices to a disciplined, continuously improving way of recruiting, developing, motivating and organising staff. Indian IT firms such as Wipro took it up in the late 1990s, and the c. 2004 bpmwatch article lists it among certifications relevant to call centres.

### What achieving it involves
There is no certificate. An organisation implements the practices for a maturity level and is then **appraised** by a lead appraiser authorised by the model's steward, originally the SEI and since 2013 the CMMI Institute. The result is a rating at one of five maturity levels for the part of the organisation appraised. We found no public price or typical timeline.

### Versions
Version 1 appeared in 1995 and used the software CMM's level names; version 2 (2001, second edition 2009) renamed some levels and moved team building down to level 3, so older and newer sources name the levels differently.

### Renewal and checking a claim
Appraisal results are a point-in-time snapshot. For CMMI, results expire after three years; we assume but have not confirmed the same for People CMM. Ask for the appraisal details, date and lead appraiser, and be wary of anyone claiming to be "P-CMM certified". Whether People CMM is still appraised as a standalone model is unconfirmed.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
