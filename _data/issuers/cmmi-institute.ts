import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cmmi-institute",
  name: "CMMI Institute",
  type: "company",
  website: "https://cmmiinstitute.com",
  country: "United States",
  founded: {
    date: "2013",
    cite: ["prozessblog-2013", "sei-2012-transition"],
    note: "Carnegie Mellon set up the institute at the start of 2013 to take CMMI over from the SEI, after an announcement in May 2012.",
  },
  status: "active",
  statusDetail: {
    note: "A subsidiary of ISACA since 2016, run separately from it. It still authorises appraisals and publishes results: to CMMI V2.0 (2018) since January 2019, and to CMMI V3.0, released in 2023. It does not certify appraisal results.",
    cite: ["itskeptic-isaca", "agileana", "cmmi-zendesk-prepare", "epfl-cmmi", "abscerts-v3", "cmmi-institute-certified", "cmmi-institute-pars"],
  },
  summary: "The steward of CMMI (including CMMI for Services) and the People CMM since 2013, a subsidiary of ISACA since 2016; it authorises appraisers and publishes appraisal results but does not certify organisations.",
  description: `The CMMI Institute was created by Carnegie Mellon University to take over Capability Maturity Model Integration (CMMI) from the Software Engineering Institute. From January 2013 it became responsible for CMMI training, appraisals, licensing and further development, and also for the People Capability Maturity Model. Its first chief executive was Kirk Botula.

In 2016 the professional association ISACA acquired the institute, which continues to operate as a subsidiary and remains the body that runs CMMI appraisals. Under ISACA the separate CMMI models were merged into one (V2.0, 2018) and CMMI V3.0 was released in 2023 with domains including Services and People.

The institute does not certify appraisal results. It trains and authorises lead appraisers, quality-checks appraisals, and lets appraised organisations publish their results in its public Published Appraisal Results (PARS) database. A Benchmark appraisal rating lasts three years; a lighter Sustainment appraisal can extend it by two years. The institute advises buyers to ask suppliers for their Appraisal Disclosure Statement.`,
  sources: [
    { id: "prozessblog-2013", url: "https://prozessblog.de/20130116-cmmi-institute-gegruendet", title: "CMMI Institute gegründet", publisher: "Prozessblog", kind: "press", published: "2013-01-16", accessed: "2026-11-30" },
    { id: "sei-2012-transition", url: "http://www.sei.cmu.edu/partners/CMMI-Transition-2012/", title: "CMMI Moves to Independent Business Unit", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", published: "2012-05-22", accessed: "2026-11-30", note: "The SEI was the CMMI Institute's predecessor as owner of CMMI." },
    { id: "itskeptic-isaca", url: "http://itskeptic.org/content/what-think-isaca-acquisition-cmmi.html", title: "What to think of the ISACA acquisition of CMMI?", publisher: "The IT Skeptic", kind: "press", accessed: "2026-11-30", note: "A commentary blog quoting the ISACA board chair's e-mail announcing the acquisition; undated." },
    { id: "agileana", url: "https://wiki.agileana.com/index.php?direction=prev&oldid=187&title=Certified_CMMI_Associate", title: "Certified CMMI Associate", publisher: "Agileana wiki", kind: "consultancy", accessed: "2026-11-30" },
    { id: "epfl-cmmi", url: "https://graphsearch.epfl.ch/concept/1288948", title: "Capability Maturity Model Integration", publisher: "EPFL Graph Search", kind: "reference", accessed: "2026-11-30" },
    { id: "abscerts-v3", url: "https://abscerts.com/cmmi-v-3-0/", title: "Unraveling the complexity of the latest framework: CMMI V3.0", publisher: "ABS Certs", kind: "consultancy", accessed: "2026-11-30" },
    { id: "cmmi-zendesk-prepare", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/360000712547-How-should-I-prepare-for-my-next-appraisal-", title: "How should I prepare for my next appraisal?", publisher: "CMMI Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "cmmi-institute-certified", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/216948237-How-does-my-organization-get-CMMI-certified-", title: "How does my organization get CMMI certified?", publisher: "CMMI Institute", kind: "issuer", accessed: "2026-11-30" },
    { id: "cmmi-institute-pars", url: "https://cmmiinstitute.zendesk.com/hc/en-us/articles/216948297-Which-organizations-have-achieved-a-CMMI-maturity-level-", title: "Which organizations have achieved a CMMI maturity level?", publisher: "CMMI Institute", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
