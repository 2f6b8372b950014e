import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "hdi",
  name: "HDI",
  shortName: "HDI",
  formerNames: ["Help Desk Institute"],
  type: "company",
  website: "https://www.thinkhdi.com",
  country: "United States (Colorado Springs, Colorado)",
  founded: {
    date: "1989",
    cite: ["computerworld-2000"],
    note: "Founded by Ron Muns as the Help Desk Institute.",
  },
  status: "active",
  summary: "Formerly the Help Desk Institute: a membership and certification organisation for technical support and service management, which certifies support centres and individual support staff.",
  description: `HDI was founded in 1989 by Ron Muns in Colorado Springs as the **Help Desk Institute**, to support people working on help desks; the initials are now used as the brand name. It was set up as a company rather than a non-profit. Muns sold it to Ziff Davis in 1992 and bought it back in March 1999. In 2000 HDI joined forces with a breakaway group, the Help Desk Professional Association, and merged with the UK's CSM to form Think Service Inc., the company that then ran HDI.

Also in 2000 HDI launched international certifications for support specialists and support centres. Today it certifies individuals in a role-based line-up (Customer Service Representative through Support Center Director) and audits whole support centres against the HDI Support Center Standard, maintained by its International Standards Committee. It also runs an annual conference and the HDI Team Excellence Award.

Muns later sold the business, reportedly for about $30 million, to United Business Media (UBM), and by 2014 HDI materials described it as part of UBM Tech. UBM was itself taken over by Informa in 2018. The exact date of the UBM sale was not confirmed; Muns was still HDI's chief executive in March 2006.`,
  sources: [
    { id: "computerworld-2000", url: "https://www.computerworld.com.au/article/85199/help_desk_groups_merge_mend_fences/", title: "Help Desk Groups Merge to Mend Fences", publisher: "Computerworld Australia", published: "2000-07-07", accessed: "2026-11-29" },
    { id: "hdi-japan-history", url: "https://hdi-japan.com/hdi/about6/history.asp", title: "HDI history (in Japanese)", publisher: "HDI-Japan", accessed: "2026-11-29" },
    { id: "hdi-japan-faq", url: "https://hdi-japan.com/hdi/faq/faq.asp", title: "HDI-Japan FAQ (in Japanese)", publisher: "HDI-Japan", accessed: "2026-11-29" },
    { id: "itskeptic-ubm", url: "http://itskeptic.org/node/449.html", title: "HelpDesk Institute sold to United Business Media: what does this mean for ITSM and ITIL?", publisher: "The IT Skeptic", accessed: "2026-11-29" },
    { id: "hdi-2006", url: "https://www.thinkhdi.com/about/press-room/2006/2006-03-22", title: "HDI founder presents state of the industry address", publisher: "HDI", published: "2006-03-22", accessed: "2026-11-29" },
    { id: "hdi-csr-2014", url: "https://dokumen.tips/documents/hdi-customer-service-representative-2014-06-18-hdi-customer-service-representative.html", title: "HDI Customer Service Representative Certification Standard, version 4.0 (© 2014 UBM), copy", publisher: "HDI / UBM (copy hosted by dokumen.tips)", published: "2014", accessed: "2026-11-29" },
    { id: "cityam-2018", url: "http://www.cityam.com/286700/ftse-100-firm-informas-gbp39bn-ubm-takeover-cleared-uk", title: "FTSE 100 firm Informa's £3.9bn UBM takeover cleared by UK competition watchdog", publisher: "City A.M.", published: "2018-05-31", accessed: "2026-11-29" },
    { id: "hdi-scc-faq", url: "http://www.thinkhdi.com/certification/support-center-certification/faq.aspx", title: "Support Center Certification FAQs", publisher: "HDI", accessed: "2026-11-29" },
    { id: "hdi-team-award", url: "https://www.thinkhdi.com/Events/Awards/team-excellence/team-excellence-award-guidelines", title: "HDI Team Excellence Award", publisher: "HDI", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-29",
} satisfies IssuerInput;
