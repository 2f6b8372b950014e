import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "hdi",
  name: "HDI",
  shortName: "HDI",
  formerNames: [{ name: "Help Desk Institute", cite: ["computerworld-2000"], note: "The name it was founded under in 1989; the initials are now the brand. When the full name stopped being used is not stated." }],
  type: "company",
  website: "https://www.thinkhdi.com",
  country: "United States (Colorado Springs, Colorado)",
  founded: {
    date: "1989",
    cite: ["computerworld-2000", "hdi-ci-program-2009"],
    note: "Founded by Ron Muns as the Help Desk Institute.",
  },
  status: "active",
  statusDetail: {
    note: "HDI's site describes current certification for individuals and support centres, continuing certification and a team award. Its founder was still chief executive in March 2006; HDI was bought by UBM's Think Services in January 2008 (reportedly for about $30 million), was described as part of UBM Tech in 2014, and UBM was taken over by Informa in 2018. HDI-Japan runs HDI's programmes in Japan.",
    cite: ["hdi-scc-faq", "hdi-team-award", "hdi-continuing", "hdi-2006", "hdi-ci-program-2009", "itskeptic-ubm", "hdi-csr-2014", "cityam-2018", "hdi-japan-history", "hdi-japan-faq"],
  },
  summary: "Formerly the Help Desk Institute: a membership and certification organisation for technical support and service management, which certifies support centres and individual support staff.",
  description: `HDI was founded in 1989 by Ron Muns in Colorado Springs as the **Help Desk Institute**, to support people working on help desks; the initials are now used as the brand name. It was set up as a company rather than a non-profit. Muns sold it to Ziff Davis in 1992 and bought it back in March 1999. In 2000 HDI joined forces with a breakaway group, the Help Desk Professional Association, and merged with the UK's CSM to form Think Service Inc., the company that then ran HDI.

Also in 2000 HDI launched international certifications for support specialists and support centres. Today it certifies individuals in a role-based line-up (Customer Service Representative through Support Center Director) and audits whole support centres against the HDI Support Center Standard, maintained by its International Standards Committee. It also runs an annual conference and the HDI Team Excellence Award.

Muns later sold the business, reportedly for about $30 million, to United Business Media (UBM). HDI's 2009 instructor-programme document dates the sale to January 2008, when HDI was acquired by Think Services, a division of UBM; Muns was still HDI's chief executive in March 2006. By 2014 HDI materials described it as part of UBM Tech. UBM was itself taken over by Informa in 2018.

From 1 January 2013 HDI's management-level certifications became valid for three years, renewable with professional development units; earlier ones stay valid for life. HDI-Japan, an affiliate, runs HDI's programmes in Japan.`,
  sources: [
    { id: "computerworld-2000", url: "https://www.computerworld.com.au/article/85199/help_desk_groups_merge_mend_fences/", title: "Help Desk Groups Merge to Mend Fences", publisher: "Computerworld Australia", kind: "press", published: "2000-07-07", accessed: "2026-11-29" },
    { id: "hdi-japan-history", url: "https://hdi-japan.com/hdi/about6/history.asp", title: "HDI history (in Japanese)", publisher: "HDI-Japan", kind: "consultancy", accessed: "2026-11-29", note: "HDI's Japanese affiliate." },
    { id: "hdi-japan-faq", url: "https://hdi-japan.com/hdi/faq/faq.asp", title: "HDI-Japan FAQ (in Japanese)", publisher: "HDI-Japan", kind: "consultancy", accessed: "2026-11-29", note: "HDI's Japanese affiliate." },
    { id: "itskeptic-ubm", url: "http://itskeptic.org/node/449.html", title: "HelpDesk Institute sold to United Business Media: what does this mean for ITSM and ITIL?", publisher: "The IT Skeptic", kind: "press", accessed: "2026-11-29" },
    { id: "hdi-2006", url: "https://www.thinkhdi.com/about/press-room/2006/2006-03-22", title: "HDI founder presents state of the industry address", publisher: "HDI", kind: "issuer", published: "2006-03-22", accessed: "2026-11-29" },
    { id: "hdi-ci-program-2009", url: "https://docplayer.net/amp/19957162-Hdi-certified-instructor-program-a-document-of-understanding-for-hdi-certified-instructors.html", title: "HDI Certified Instructor Program: a document of understanding for HDI Certified Instructors (as of 1 November 2009), copy", publisher: "HDI (copy on docplayer.net)", kind: "issuer", published: "2009-11-01", accessed: "2026-11-30", note: "A copy of an HDI document no longer on HDI's site; no original or archived copy was found. Kept for the date of the UBM acquisition." },
    { id: "hdi-csr-2014", url: "https://dokumen.tips/documents/hdi-customer-service-representative-2014-06-18-hdi-customer-service-representative.html", title: "HDI Customer Service Representative Certification Standard, version 4.0 (© 2014 UBM), copy", publisher: "HDI / UBM (copy hosted by dokumen.tips)", kind: "issuer", published: "2014", accessed: "2026-11-30", note: "HDI's self-study guides are sold to candidates and not published on thinkhdi.com; this copy is the only text we found." },
    { id: "cityam-2018", url: "http://www.cityam.com/286700/ftse-100-firm-informas-gbp39bn-ubm-takeover-cleared-uk", title: "FTSE 100 firm Informa's £3.9bn UBM takeover cleared by UK competition watchdog", publisher: "City A.M.", kind: "press", published: "2018-05-31", accessed: "2026-11-29" },
    { id: "hdi-scc-faq", url: "http://www.thinkhdi.com/certification/support-center-certification/faq.aspx", title: "Support Center Certification FAQs", publisher: "HDI", kind: "issuer", accessed: "2026-11-30" },
    { id: "hdi-continuing", url: "http://www.thinkhdi.com/certification/professional/continuing-certification.aspx", title: "Continuing Certification", publisher: "HDI", kind: "issuer", accessed: "2026-11-30" },
    { id: "hdi-team-award", url: "https://www.thinkhdi.com/Events/Awards/team-excellence/team-excellence-award-guidelines", title: "HDI Team Excellence Award", publisher: "HDI", kind: "issuer", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
