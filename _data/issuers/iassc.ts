import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iassc",
  name: "International Association for Six Sigma Certification",
  shortName: "IASSC",
  type: "company",
  website: "https://iassc.org",
  status: "active",
  statusDetail: {
    note: "IASSC's FAQs and terms describe current certification and accreditation services, with exams delivered through PeopleCert; IASSC says it made its Bodies of Knowledge available in 2009.",
    cite: ["iassc-faq", "iassc-cert-terms", "iassc-terms", "iassc-bok"],
  },
  summary: "A Lean Six Sigma certification and accreditation body that sets exams and Bodies of Knowledge for Yellow, Green and Black Belts but provides no training.",
  description: `The International Association for Six Sigma Certification (IASSC) certifies individuals in Lean Six Sigma at Yellow, Green and Black Belt level and accredits training organisations, courseware and instructors. It offers no training, mentoring or consulting itself, and presents this separation as what makes its certification independent "third-party" certification.

IASSC published its Lean Six Sigma Bodies of Knowledge in 2009, basing them on the table of contents of Open Source Six Sigma, a publisher of training materials. IASSC discloses that it shares a parent company with Open Source Six Sigma, while stating that using its materials is not required. Despite the word "association" in its name, the sources read describe a certification business rather than a membership body, so it is classed here as a company.

Its certification rests only on passing an exam: there are no prerequisites and no project requirement. A certification is "Current" for three years from certification or recertification, and IASSC keeps an official certification registry; exams are delivered through its agent, The PeopleCert Group. Training providers that meet its criteria may call themselves IASSC-accredited; IASSC says several hundred have done so.`,
  sources: [
    { id: "iassc-faq", url: "http://www.iassc.org/faqs/", title: "FAQ's", publisher: "International Association for Six Sigma Certification (IASSC)", kind: "issuer", accessed: "2026-11-30" },
    { id: "iassc-bok", url: "https://iassc.org/body-of-knowledge/body-of-knowledge-origins-and-history", title: "Body of Knowledge Origins and History", publisher: "International Association for Six Sigma Certification (IASSC)", kind: "issuer", accessed: "2026-11-29" },
    { id: "iassc-terms", url: "http://www.iassc.org/accreditations/accreditation-terms-conditions/", title: "Accreditation Terms & Conditions", publisher: "International Association for Six Sigma Certification (IASSC)", kind: "issuer", accessed: "2026-11-29" },
    { id: "iassc-cert-terms", url: "http://www.iassc.org/six-sigma-certification/certification-terms-conditions/", title: "Certification Terms & Conditions", publisher: "International Association for Six Sigma Certification (IASSC)", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
