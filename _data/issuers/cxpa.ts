import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "cxpa",
  name: "Customer Experience Professionals Association",
  shortName: "CXPA",
  type: "professional-association",
  website: "https://www.cxpa.org",
  founded: { date: "2011-04-27", cite: ["cxpa-history", "temkin-2014"] },
  status: "active",
  statusDetail: {
    note: "CXPA's websites describe a current membership association that awards the CCXP; its sites have moved over the years (cxpa.org, community.cxpa.org, cxpaglobal.org).",
    cite: ["cxpa-mission", "cxpaglobal-about", "ccxp-eligibility", "cxpa-recertify"],
  },
  summary: "A global non-profit association for customer-experience professionals, launched in April 2011; it awards the Certified Customer Experience Professional (CCXP) credential.",
  description: `The CXPA was launched on 27 April 2011 by Bruce Temkin, Karen Temkin and Jeanne Bliss as a non-profit association for people whose job is to assess and improve customer experience. It started with about 60 members in Boston, Massachusetts, and says it now has members in some 70 countries.

The association maintains a CX framework and book of knowledge and awards the **Certified Customer Experience Professional (CCXP)** credential, an exam-based certification open to members and non-members. Its websites have moved over the years (cxpa.org, community.cxpa.org and cxpaglobal.org), and older pages with earlier rules remain online; see the CCXP record for where they disagree.`,
  sources: [
    { id: "cxpa-history", url: "https://community.cxpa.org/meet-us/our-history", title: "Our History", publisher: "CXPA", kind: "issuer", accessed: "2026-11-29" },
    { id: "cxpa-mission", url: "https://www.cxpa.org/meet-us/mission", title: "History, Mission, and Values", publisher: "CXPA", kind: "issuer", accessed: "2026-11-29" },
    { id: "temkin-2014", url: "https://community.cxpa.org/blogs/bruce-temkin/2014/12/17/past-and-exciting-future-of-your-cxpa", title: "The Past and Exciting Future of Your CXPA", publisher: "CXPA (blog post by Bruce Temkin)", kind: "issuer", published: "2014-12-17", accessed: "2026-11-29" },
    { id: "ccxp-eligibility", url: "http://www.ccxp.org/application/eligibility/", title: "CCXP Eligibility Requirements", publisher: "CXPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "cxpa-recertify", url: "https://www.cxpa.org/earn-your-ccxp/recertify-ccxp", title: "Maintain Your CCXP", publisher: "CXPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "cxpaglobal-about", url: "https://cxpaglobal.org/about", title: "About CXPA", publisher: "CXPA", kind: "issuer", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
