import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "qcto",
  name: "Quality Council for Trades and Occupations",
  shortName: "QCTO",
  type: "government",
  country: "South Africa",
  founded: { date: "2010", cite: ["vitalonline-qcto"], note: "Established under the Skills Development Act (Act 97 of 1998) as amended in 2008." },
  status: "active",
  summary: "South Africa's quality council for occupational qualifications; it manages the Occupational Qualifications Sub-Framework and certifies learners who pass the external integrated summative assessment (EISA).",
  description: `The Quality Council for Trades and Occupations (QCTO) was established in 2010 under South Africa's Skills Development Act. It oversees the design, accreditation, implementation, assessment and certification of occupational qualifications, part-qualifications and skills programmes on the **Occupational Qualifications Sub-Framework (OQSF)**, and accredits skills development providers and assessment centres.

Learners on an occupational qualification complete knowledge, practical and workplace modules with an accredited provider and then sit the **External Integrated Summative Assessment (EISA)**, a single national assessment managed by an assessment quality partner; passing it leads to a QCTO Occupational Certificate. Sector bodies such as the Services SETA act as development quality partners for particular qualifications, for example the Occupational Certificate: Contact Centre Manager.`,
  sources: [
    { id: "vitalonline-qcto", url: "https://www.vitalonline.co.za/tbuilder-layout/career-choosing/", title: "Frequently Asked Questions about the QCTO", publisher: "Vital Online", kind: "consultancy", accessed: "2026-11-30" },
    { id: "pcita-qcto", url: "https://www.pcita.org.za/qcto/", title: "Quality Council for Trades & Occupation", publisher: "PCITA", kind: "consultancy", accessed: "2026-11-30" },
    { id: "acrp-aqp", url: "https://www.acrp.org.za/training/acrp-as-qcto-aqp/assessment-of-occupational-qualifications", title: "Assessment of occupational qualifications", publisher: "ACRP", kind: "consultancy", accessed: "2026-11-30", note: "An assessment quality partner's own account of the QCTO assessment phases." },
    { id: "inseta-oq", url: "https://www.inseta.org.za/occupational-qualifications/", title: "Occupational Qualifications", publisher: "Insurance Sector Education and Training Authority (INSETA)", kind: "government", accessed: "2026-11-30" },
    { id: "saqa-99687", url: "https://allqs.saqa.org.za/showQualification.php?id=99687", title: "Occupational Certificate: Contact Centre Manager (SAQA Qual ID 99687)", publisher: "South African Qualifications Authority", kind: "government", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
