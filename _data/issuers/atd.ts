import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "atd",
  name: "Association for Talent Development",
  shortName: "ATD",
  formerNames: [
    { name: "American Society for Training & Development (ASTD)", cite: ["td-blog-2014"], note: "An ATD blog post of September 2014 speaks of 'ATD (formely ASTD)'; the exact date of the change of name was not confirmed." },
  ],
  type: "professional-association",
  website: "https://www.td.org",
  status: "active",
  summary: "The US-based association for training and talent-development professionals; its Certification Institute awards the APTD and CPTD (formerly CPLP) credentials.",
  description: `The Association for Talent Development (ATD), formerly the American Society for Training & Development (ASTD), is a membership association for people who train and develop staff. Its **ATD Certification Institute** runs two exam-based credentials: the Associate Professional in Talent Development (APTD) and the Certified Professional in Talent Development (CPTD).

The CPTD grew out of the Certified Professional in Learning and Performance (CPLP), which ASTD announced in 2004 and first awarded in 2006; with ATD's 2020 Talent Development Capability Model the CPLP was renamed CPTD. ATD members pay lower exam fees than non-members.`,
  sources: [
    { id: "td-blog-2014", url: "https://td.org/content/atd-blog/cplp-the-certificate-itself", title: "CPLP: The Certificate Itself", publisher: "ATD", kind: "issuer", published: "2014-09-03", accessed: "2026-11-30" },
    { id: "td-blog-2015", url: "https://td.org/content/atd-blog/a-pilot-pioneer-of-cplp-shares-her-journey", title: "A Pilot Pioneer of CPLP Shares Her Journey", publisher: "ATD", kind: "issuer", published: "2015-02-17", accessed: "2026-11-30" },
    { id: "td-blog-2018", url: "https://www.td.org/content/atd-blog/achieving-the-cplp-10-years-in-the-making", title: "Achieving the CPLP: 10 Years in the Making", publisher: "ATD", kind: "issuer", published: "2018-06-07", accessed: "2026-11-30" },
    { id: "td-cplp-eligibility", url: "https://www.td.org/certification/cplp/eligibility", title: "CPLP / CPTD eligibility", publisher: "ATD Certification Institute", kind: "issuer", accessed: "2026-11-30", note: "The same address has carried the legacy CPLP page (2020) and later the CPTD eligibility text." },
    { id: "td-cptd-exam", url: "https://www.td.org/certification/cptd/exam", title: "What to Expect from the CPTD Exam", publisher: "ATD Certification Institute", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
