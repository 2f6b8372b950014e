import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "aicpa",
  name: "American Institute of Certified Public Accountants (AICPA & CIMA)",
  shortName: "AICPA",
  formerNames: [
    { name: "American Association of Public Accountants", until: "1916", cite: ["accountingtools-aicpa", "reconbee-aicpa"] },
    { name: "Institute of Public Accountants", until: "1917", cite: ["accountingtools-aicpa", "reconbee-aicpa"] },
    { name: "American Institute of Accountants", until: "1957", cite: ["reconbee-aicpa"], note: "One glossary instead lists a change to the American Society of Public Accountants in 1921; other sources describe that Society as a separate body that merged into the Institute in 1936." },
  ],
  type: "professional-association",
  country: "United States",
  founded: { date: "1887", cite: ["accountingtools-aicpa", "reconbee-aicpa"] },
  status: "active",
  statusDetail: {
    note: "Active. In 2017 the AICPA and the UK's Chartered Institute of Management Accountants (CIMA) formed the Association of International Certified Professional Accountants, under which both carry on; its publications now appear under the AICPA & CIMA name. The AICPA's Assurance Services Executive Committee (ASEC) sets the Trust Services Criteria used in SOC 2 examinations.",
    cite: ["reconbee-aicpa", "aicpa-tsc-2017"],
  },
  summary: "The US professional body for certified public accountants; it sets US attestation standards and owns the SOC reporting framework (SOC 1, SOC 2, SOC 3) and, before 2011, SAS 70.",
  description: `The AICPA began in 1887 as the American Association of Public Accountants and has had its present name since 1957. It sets ethical standards and US auditing and attestation standards for private-sector audits, and writes the Uniform CPA Examination. Since 2017 it has worked with the UK's Chartered Institute of Management Accountants (CIMA) through a joint Association of International Certified Professional Accountants; its material is now published as **AICPA & CIMA**.

### Why it matters to contact-centre buyers
The AICPA owns the **System and Organization Controls (SOC)** framework that service organisations, including BPOs and contact centres, use to give customers an independent auditor's report on their controls:

- **SOC 1** for controls relevant to customers' financial reporting (the successor of SAS 70);
- **SOC 2** for security, availability, processing integrity, confidentiality and privacy, measured against the Trust Services Criteria set by its Assurance Services Executive Committee;
- **SOC 3**, a short general-use version of SOC 2.

The AICPA does **not** audit anyone or issue certificates. SOC examinations are carried out, and the reports signed, by licensed CPA firms, which are independent of the AICPA. A "SOC 2 certificate" from the AICPA does not exist.`,
  sources: [
    { id: "accountingtools-aicpa", url: "https://accountingtools.com/articles/aicpa", title: "AICPA definition", publisher: "AccountingTools", kind: "reference", accessed: "2026-11-30" },
    { id: "reconbee-aicpa", url: "https://www.reconbee.com/american-institute-of-certified-public-accountants-aicpa/", title: "American Institute of Certified Public Accountants (AICPA)", publisher: "ReconBee", kind: "reference", accessed: "2026-11-30" },
    { id: "aicpa-tsc-2017", url: "https://www.aicpa-cima.com/resources/download/get-the-2017-trust-services-criteria", title: "2017 Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy", publisher: "AICPA & CIMA", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
