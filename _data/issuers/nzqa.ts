import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "nzqa",
  name: "New Zealand Qualifications Authority",
  shortName: "NZQA",
  type: "government",
  website: "https://www.nzqa.govt.nz",
  country: "New Zealand",
  status: "active",
  summary: "The New Zealand government body that keeps the New Zealand Qualifications Framework (NZQF), on which the contact-centre certificates are listed; industry bodies develop and review the qualifications.",
  description: `The New Zealand Qualifications Authority (NZQA) keeps the New Zealand Qualifications Framework and publishes the qualification documents and review summaries for qualifications on it. Industry bodies develop and review the qualifications: for contact centres this was the ElectroTechnology Industry Training Organisation (ETITO) in 2011, by 2014 The Skills Organisation, and in 2023 Ringa Hora Services Workforce Development Council was developing new skill standards for the New Zealand Certificate in Contact Centres (Level 3).`,
  sources: [
    { id: "nzqa-revsum-2011", url: "https://www.nzqa.govt.nz/nqfdocs/summaries/2011/apr11/revsumapr11-23.html", title: "Review of Contact Centre qualification: National Diploma in Contact Centre Management (Level 5)", publisher: "NZQA", kind: "government", published: "2011-04", accessed: "2026-11-30" },
    { id: "ringahora-2023", url: "https://ringahora.nz/contact-centres-development-of-skill-standards-level-3/", title: "Contact Centres - Development of Skill Standards – Level 3", publisher: "Ringa Hora Services Workforce Development Council", kind: "government", published: "2023", accessed: "2026-11-30" },
    { id: "nz-2303-copy", url: "https://docslib.org/doc/13769823/qualification-specifications", title: "New Zealand Certificate in Contact Centres (Level 3), qualification specification (copy)", publisher: "NZQA (copy hosted by docslib)", kind: "government", published: "2014", accessed: "2026-11-30", note: "A scraped copy; the original on NZQA's site was not seen in the search results." },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
