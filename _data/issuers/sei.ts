import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "sei",
  name: "Software Engineering Institute",
  shortName: "SEI",
  type: "university",
  website: "https://www.sei.cmu.edu",
  country: "United States (Pittsburgh, Pennsylvania)",
  status: "active",
  statusDetail: {
    note: "The SEI, a federally funded research and development centre sponsored by the US Department of Defense, continues as a research centre. In 2013 it handed CMMI and the People CMM to the CMMI Institute and kept work such as the Team Software Process, software architecture and cybersecurity. It never certified organisations: it authorised lead appraisers.",
    cite: ["prozessblog-2013", "sei-2012-transition", "sei-2009-tr", "sei-pcmm-v2", "sei-appraisal-faq"],
  },
  successor: {
    issuer: "cmmi-institute",
    date: "2013-01",
    cite: ["prozessblog-2013", "sei-2012-transition"],
    note: "For CMMI (including CMMI for Services) and the People CMM only; the SEI itself did not close.",
  },
  summary: "Carnegie Mellon University's federally funded software research centre, which created the CMM family, including CMMI and the People CMM, before handing them to the CMMI Institute in 2012–13.",
  description: `The Software Engineering Institute (SEI) is a federally funded research and development centre sponsored by the US Department of Defense and operated by Carnegie Mellon University in Pittsburgh. It is best known for the capability maturity models: the Capability Maturity Model for Software, Capability Maturity Model Integration (CMMI, including CMMI for Services) and the People Capability Maturity Model, first published in 1995.

The SEI never certified organisations. It trained and authorised lead appraisers, and an organisation could state that it had been appraised at a maturity level by an SEI-authorised lead appraiser; the SEI's own FAQ warns that neither it nor anyone else is a "certifying authority" for appraisal results.

In May 2012 the SEI announced that CMMI was a mature technology that no longer fitted its research mission and would move to a new business unit run by Carnegie Mellon. From January 2013 the new CMMI Institute took over CMMI training, appraisals and development, together with the People CMM. The SEI itself continues as a research centre, so the appraisals described in this catalogue are now run by the CMMI Institute.`,
  sources: [
    { id: "sei-appraisal-faq", url: "http://www.sei.cmu.edu/appraisal-program/profile/faq.html", title: "Process Maturity Profile - Frequently Asked Questions", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30" },
    { id: "sei-2012-transition", url: "http://www.sei.cmu.edu/partners/CMMI-Transition-2012/", title: "CMMI Moves to Independent Business Unit", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", published: "2012-05-22", accessed: "2026-11-30" },
    { id: "sei-pcmm-v2", url: "http://www.sei.cmu.edu/cmm-p/version2/index.html", title: "People Capability Maturity Model - Version 2", publisher: "Software Engineering Institute, Carnegie Mellon University", kind: "issuer", accessed: "2026-11-30" },
    { id: "sei-2009-tr", url: "https://docslib.org/doc/1312582/people-capability-maturity-model-p-cmm-version-2-0-second-edition", title: "People Capability Maturity Model (P-CMM) Version 2.0, Second Edition (front matter describing the SEI), copy", publisher: "Software Engineering Institute (copy hosted by docslib)", kind: "issuer", published: "2009-07", accessed: "2026-11-30", note: "Scraped copy kept: the report is in the SEI's digital library, but we did not find the original's address." },
    { id: "prozessblog-2013", url: "https://prozessblog.de/20130116-cmmi-institute-gegruendet", title: "CMMI Institute gegründet", publisher: "Prozessblog", kind: "press", published: "2013-01-16", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
