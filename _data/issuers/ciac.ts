import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "ciac",
  name: "Call Center Industry Advisory Council",
  shortName: "CIAC",
  type: "non-profit",
  status: "defunct",
  statusDetail: {
    note: "We found no website, announcement or recent activity of the council; ICMI now awards the designations under its own name. No source states that CIAC closed, so 'defunct' is our judgement. TechRepublic described the council, under its president Fredia Barry, as the non-profit that designed the certifications.",
    cite: ["icmi-learn", "icmi-2011", "techrepublic"],
    unconfirmed: true,
  },
  successor: {
    issuer: "icmi",
    cite: ["icmi-learn", "icmi-2011"],
    note: "ICMI says it identified the certification competencies together with the council, and now awards ICMI Professional Certification with the same designations; in May 2011 it still described preparing candidates for CIAC certification. No date for the handover was found.",
  },
  summary: "A non-profit council set up by the call-centre industry to run competency-based certification for contact-centre managers; its programme now continues as ICMI Professional Certification.",
  description: `The Call Center Industry Advisory Council (CIAC) was a non-profit body created by the call-centre industry to give people in call-centre, help-desk and customer-service roles a standard, competency-based professional certification. Its president was Fredia Barry, and its first certification track covered management roles.

CIAC's competency standards were written by practitioners, consultants and subject-matter experts. ICMI trained candidates for CIAC certification for many years, and ICMI's own Professional Certification is built on competencies that ICMI says it identified together with the council.

**Status.** We found no sign that CIAC still operates as a separate body, and no date on which its certification passed to ICMI. It is shown here as defunct, with ICMI as the body that carried its work on; both points are our reading of the sources, not a statement from either organisation.`,
  sources: [
    { id: "techrepublic", url: "https://www.techrepublic.com/article/get-it-done-call-center-certifications-offer-a-new-way-to-prove-expertise/", title: "Get it done: Call center certifications offer a new way to prove expertise", publisher: "TechRepublic", kind: "press", accessed: "2026-11-30" },
    { id: "icmi-2011", url: "http://www.icmi.com/Resources/Strategy-and-Planning/2011/05/Looking-Beyond-Call-Center-Best-Practices-to-Certification-of-Skills", title: "Standards to Live By: Looking Beyond Call Center Best Practices to Certification of Skills", publisher: "ICMI", kind: "consultancy", published: "2011-05", accessed: "2026-11-30" },
    { id: "icmi-learn", url: "http://www.icmi.com/Certification/What-Youll-Learn", title: "ICMI Professional Certification: What You'll Learn", publisher: "ICMI", kind: "consultancy", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
