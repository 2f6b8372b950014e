import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "pci-ssc",
  name: "PCI Security Standards Council",
  shortName: "PCI SSC",
  type: "industry-association",
  website: "https://www.pcisecuritystandards.org",
  country: "United States (Wakefield, Massachusetts)",
  founded: { date: "2006-09-07", cite: ["banktech-2006", "secguru-2006"] },
  status: "active",
  statusDetail: { note: "Active: it owns and maintains PCI DSS (v4.0.1 since 2024) and publishes guidance such as the telephone-payments supplement; its executive committee is made up of the founding card brands and UnionPay, while the card brands set merchant levels and validation rules.", cite: ["pci-blog-reminders", "pci-blog-telephone", "conmergence-2006", "securit360-pci", "legalclarity-pci"] },
  summary: "The body set up by the card brands to own and maintain the Payment Card Industry Data Security Standard (PCI DSS) and to qualify the assessors who check it.",
  description: `American Express, Discover Financial Services, JCB, MasterCard and Visa announced the PCI Security Standards Council on 7 September 2006 to manage the PCI Data Security Standard, which until then each brand had enforced through its own programme. UnionPay later joined the founding brands on the policy-setting executive committee.

The Council writes and publishes PCI DSS and related standards, and it trains and qualifies Qualified Security Assessors (QSAs) and Approved Scanning Vendors (ASVs). Industry Special Interest Groups write its guidance papers, including the information supplement *Protecting Telephone-Based Payment Card Data* used by contact centres.

The Council does not itself decide which merchant must file what, and it issues no certificates to merchants: the card brands set merchant levels and validation rules, compliance is documented in a Report on Compliance or a self-assessment questionnaire with an Attestation of Compliance, and the acquiring bank collects the paperwork.`,
  sources: [
    { id: "banktech-2006", url: "http://www.banktech.com/five-leading-payment-brands-unite-to-str/192701425", title: "Five leading payment brands unite to strengthen data security", publisher: "Bank Systems & Technology", kind: "press", published: "2006-09-12", accessed: "2026-11-30" },
    { id: "secguru-2006", url: "http://www.secguru.com/link/pci_security_standards_council", title: "PCI Security Standards Council", publisher: "SecGuru", kind: "press", accessed: "2026-11-30" },
    { id: "conmergence-2006", url: "http://blog.conmergence.com/payment-card-industry-security-standards-council/12/12/2006/", title: "Payment Card Industry Security Standards Council", publisher: "Conmergence blog", kind: "consultancy", published: "2006-12-12", accessed: "2026-11-30" },
    { id: "legalclarity-pci", url: "https://legalclarity.org/pci-reporting-requirements-saqs-levels-and-penalties/", title: "PCI Reporting Requirements: SAQs, Levels, and Penalties", publisher: "LegalClarity", kind: "press", accessed: "2026-11-30" },
    { id: "pci-blog-telephone", url: "https://blog.pcisecuritystandards.org/industry-guidance-on-accepting-telephone-payments-securely", title: "Industry guidance on accepting telephone payments securely", publisher: "PCI Security Standards Council", kind: "issuer", accessed: "2026-11-30" },
    { id: "securit360-pci", url: "https://securit360.com/blog/tag/pci", title: "PCI (blog posts)", publisher: "SecurIT360", kind: "consultancy", accessed: "2026-11-30", note: "For the present membership of the executive committee, including UnionPay; replaces a WikiSum summary, a scraped copy." },
    { id: "pci-blog-reminders", url: "https://blog.pcisecuritystandards.org/pci-dss-reminders-and-resources", title: "PCI DSS reminders and resources", publisher: "PCI Security Standards Council", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
