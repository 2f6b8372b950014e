import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "hitrust-alliance",
  name: "HITRUST (Health Information Trust Alliance)",
  shortName: "HITRUST",
  type: "non-profit",
  country: "United States",
  founded: { date: "2007", cite: ["linford-what-is", "accorian-hitrust", "datica-hitrust"] },
  status: "active",
  statusDetail: {
    note: "Active. HITRUST maintains the HITRUST CSF, runs the MyCSF assessment platform, approves the External Assessor Organizations that test organisations, reviews their work and issues the certifications. Sources describe it as a not-for-profit; one blog calls it a privately held company.",
    cite: ["linford-what-is", "schneiderdowns-hitrust", "meditology-faq"],
  },
  summary: "The US organisation, founded in 2007 for healthcare, that owns the HITRUST CSF control framework and issues HITRUST e1, i1 and r2 certifications after an approved external assessor has tested the organisation.",
  description: `HITRUST (the name stands for Health Information Trust Alliance) was founded in 2007, as a not-for-profit, to help US healthcare organisations protect sensitive health information. It built the **HITRUST CSF** (Common Security Framework), a control library that maps requirements from HIPAA, NIST, ISO/IEC 27001, PCI DSS, GDPR and other sources into one set, so that one assessment can answer many customers.

HITRUST is both the owner of the framework and the body that issues certificates. An organisation prepares in HITRUST's **MyCSF** platform; an approved **External Assessor Organization** (often a CPA or security firm) tests the controls; HITRUST then reviews the assessor's work itself before issuing a certification letter. Since 2022–2023 it has offered three certifiable assessments of increasing depth: e1 (essentials, one year), i1 (implemented, one year) and r2 (risk-based, two years).

Although the framework is industry-neutral and is used in finance and technology, its buyers are mostly US health plans, hospital systems and their suppliers, which is why healthcare contact centres and BPOs that handle protected health information are asked for it.`,
  sources: [
    { id: "linford-what-is", url: "https://linfordco.com/blog/what-is-hitrust/", title: "What is HITRUST? A Comprehensive Guide", publisher: "Linford & Co", kind: "certification-body", accessed: "2026-11-30", note: "A CPA firm and HITRUST External Assessor Organization." },
    { id: "accorian-hitrust", url: "https://accorian.com/hitrust-certification-e1-i1-and-r2-assessments-explained/", title: "HITRUST Framework – e1, i1, and r2 Assessments Explained", publisher: "Accorian", kind: "consultancy", published: "2023-06-22", accessed: "2026-11-30" },
    { id: "datica-hitrust", url: "https://datica.com/blog/everything-you-need-to-know-about-hitrust-certification", title: "Everything You Need to Know About HITRUST Certification", publisher: "Datica", kind: "consultancy", accessed: "2026-11-30" },
    { id: "schneiderdowns-hitrust", url: "https://schneiderdowns.com/guide-to-hitrust-certification/", title: "Guide to HITRUST certification", publisher: "Schneider Downs", kind: "consultancy", accessed: "2026-11-30" },
    { id: "meditology-faq", url: "https://www.meditologyservices.com/hitrust-certification-faqs/", title: "HITRUST Certification FAQs", publisher: "Meditology Services", kind: "consultancy", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
