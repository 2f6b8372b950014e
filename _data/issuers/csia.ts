import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "csia",
  name: "Customer Service Institute of Australia",
  shortName: "CSIA",
  type: "company",
  country: "Australia (Sydney)",
  founded: { date: "1997", cite: ["lgfocus-melville"] },
  status: "active",
  statusDetail: { note: "CSIA's website offers certification to the current edition of the International Customer Service Standard (ICSS: 2020-2025), a standard maintained under the International Council of Customer Service Organizations.", cite: ["csia-icss-cert", "csia-icss-old", "csiamerica-what-is"] },
  summary: "The Australian body that certifies organisations to the International Customer Service Standard (ICSS) and runs customer-service training and awards.",
  description: `The Customer Service Institute of Australia (CSIA) was established in 1997 to serve people who work in customer service in Australia, with the aim of developing people, systems and standards.

CSIA uses the **International Customer Service Standard (ICSS)** as the framework for certifying organisations, which may then call themselves a Certified Customer Service Organisation. The standard is maintained under the International Council of Customer Service Organisations (ICCSO), whose members include CSIA and the Customer Service Institute of America, which certifies organisations to the same standard in the United States. CSIA's site describes it as dedicated to customer-service training, certification and awards.

CSIA is not a national standards body: despite its name, the ICSS is not an ISO standard, and CSIA both maintains and assesses against it with its own assessors.`,
  sources: [
    { id: "lgfocus-melville", url: "https://lgfocus.com.au/news/2009/05/01/melville-achieves-customer-service-accreditation/", title: "Melville achieves customer service accreditation", publisher: "LG Focus", kind: "press", published: "2009-05-01", accessed: "2026-11-30" },
    { id: "csia-icss-cert", url: "https://www.csia.com.au/icss-certification", title: "Become a Certified Customer Service Organisation", publisher: "Customer Service Institute of Australia", kind: "issuer", accessed: "2026-11-30" },
    { id: "csia-icss-old", url: "http://www.csia.com.au/service-standards-iccs-certification/icss", title: "The International Customer Service Standard (ICSS)", publisher: "Customer Service Institute of Australia", kind: "issuer", accessed: "2026-11-30", note: "An older page of CSIA's site." },
    { id: "csiamerica-what-is", url: "https://www.serviceinstitute.com/international-customer-service-standard/what-is-the-international-customer-service-standard/", title: "What is the International Customer Service Standard?", publisher: "Customer Service Institute of America", kind: "certification-body", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
