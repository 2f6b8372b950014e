import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "itsqc",
  name: "IT Services Qualification Center",
  shortName: "ITSqc",
  formerNames: [
    {
      name: "Information Technology Services Qualification Center, Carnegie Mellon University",
      cite: ["cmu-2003", "itsqc-2001", "business-standard-2004", "itsqc-birth"],
      note: "A centre within Carnegie Mellon's School of Computer Science (Business Standard wrote 'IT Services Qualification Centre') until it was spun off as ITSqc, LLC.",
    },
  ],
  type: "company",
  country: "United States",
  founded: {
    date: "2000-06",
    cite: ["cmu-2003"],
    note: "Established in June 2000 as a centre within Carnegie Mellon University's School of Computer Science; spun off as ITSqc, LLC in 2010.",
  },
  status: "active",
  statusDetail: {
    note: "Shown as active only because no source reports that ITSqc, LLC has closed. itsqc.org still hosts some eSCM pages, but its home page now carries mostly unrelated blog articles, and we found no recent eSCM certification.",
    cite: ["itsqc-home", "itsqc-certification"],
    unconfirmed: true,
  },
  summary: "The body, born at Carnegie Mellon University, that owns the eSourcing Capability Models (eSCM-SP and eSCM-CL) and certifies organisations against them; its programme appears to be dormant.",
  description: `ITSqc was set up at Carnegie Mellon University in June 2000 to develop best-practice models for evaluating and certifying providers of IT-enabled outsourcing, a response to buyers' dissatisfaction with outsourcing results. Its industry consortium included Satyam Computer Services (the founding member), Accenture and STQC, the quality programme of India's Ministry of Communications & Information Technology; IBM Global Services and EDS joined in May 2003.

The centre produced the eSourcing Capability Model for Service Providers (eSCM-SP, first released in 2001) and for Client Organizations (eSCM-CL, 2006). It trains and authorises evaluators and organisations, and its Certification Board reviews evaluations and issues Certificates of Capability, which last at most two years. In 2004 Underwriters Laboratories was reported to be an authorised third-party evaluator.

In 2010 ITSqc was spun off from the university as ITSqc, LLC. Its web domain, itsqc.org, still hosts some eSCM pages but its home page now carries mostly unrelated blog articles. Whether the company still operates the certification programme could not be confirmed, so the eSCM certifications are listed in this catalogue as dormant. (The catalogue shows ITSqc as active only because no source reports that it has closed.)`,
  sources: [
    { id: "cmu-2003", url: "http://www.cmu.edu/PR/releases03/030520_ibmglobal.html", title: "IBM Global Services and EDS Join Carnegie Mellon University's Information Technology Services Qualification Center Consortium", publisher: "Carnegie Mellon University", kind: "academic", published: "2003-05-20", accessed: "2026-11-30" },
    { id: "itsqc-2001", url: "https://itsqc.org/about/news/story20011119.html", title: "Carnegie Mellon to Launch System Rating IT Outsourcing Service Providers", publisher: "ITSqc", kind: "issuer", published: "2001-11-19", accessed: "2026-11-30" },
    { id: "itsqc-birth", url: "https://itsqc.org/the-birth-of-escm-at-carnegie-mellon-university/", title: "The Birth of eSCM at Carnegie Mellon University", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30", note: "A blog-style post on itsqc.org, which now also carries unrelated articles; that it comes from ITSqc, LLC is unconfirmed." },
    { id: "itsqc-certification", url: "https://itsqc.org/certification/index.html", title: "Certification", publisher: "ITSqc", kind: "issuer", accessed: "2026-11-30" },
    { id: "itsqc-home", url: "https://www.itsqc.org/", title: "itsqc.org home page (blog articles)", publisher: "itsqc.org", kind: "issuer", accessed: "2026-11-30", note: "The domain that carries ITSqc's eSCM pages; its home page now shows mostly unrelated blog articles, so who runs it is unconfirmed." },
    { id: "business-standard-2004", url: "https://business-standard.com/amp/article/economy-policy/carnegie-mellon-standard-for-ites-104100501067_1.html", title: "Carnegie Mellon standard for ITeS", publisher: "Business Standard", kind: "press", published: "2004-10", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
