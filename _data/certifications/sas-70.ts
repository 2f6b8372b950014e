import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "sas-70",
  name: "SAS 70 service auditor's report (Statement on Auditing Standards No. 70)",
  shortName: "SAS 70",
  aliases: [
    { name: "SAS70", kind: "alternative" },
    { name: "SAS 70 Type II", kind: "alternative", note: "The Type II report, covering operating effectiveness over a period." },
    { name: "SAS 70 Type 2", kind: "alternative" },
    { name: "SAS 70 Type I", kind: "alternative" },
    { name: "SAS 70 audit", kind: "alternative" },
    { name: "SAS 70 certified", kind: "alternative", note: "A misnomer: SAS 70 was an auditing standard, and a SAS 70 report was never a certification." },
  ],
  kind: "organisation",
  categories: ["information-security", "outsourcing"],
  issuer: "aicpa",
  assurance: "attestation",
  status: "superseded",
  statusDetail: {
    note: "Retired on 15 June 2011. Its direct successor for controls relevant to customers' financial reporting is the SOC 1 report under SSAE 16 (now SSAE 18); the security and privacy uses SAS 70 had been stretched to passed to the new SOC 2 report.",
    cite: ["riskassuranceguy-2011", "wnj-2012", "pierceatwood-soc", "globalprivacyblog-2011"],
  },
  supersededBy: ["soc-2"],
  related: ["iso-iec-27001"],
  summary: "The AICPA auditing standard (1992–2011) under which auditors reported on controls at service organisations, including BPOs; an auditor's report, never a certificate, replaced in 2011 by the SOC 1, SOC 2 and SOC 3 reports.",
  history: [
    { date: "1992-04", event: "SAS 70 comes into use as the AICPA standard for auditors reporting on controls at service organisations.", cite: ["socreports-101", "globalprivacyblog-2011", "wnj-2012"] },
    { date: "2010-04", event: "The AICPA announces that SAS 70 will be replaced by SSAE 16.", cite: ["otava-2011"] },
    { date: "2011-06-15", event: "SAS 70 is replaced: SSAE 16 applies to service-auditor reports for periods ending on or after this date, and the AICPA introduces the SOC 1, SOC 2 and SOC 3 reports.", cite: ["riskassuranceguy-2011", "pierceatwood-soc", "socreports-101"] },
  ],
  levels: [
    { name: "Type I", description: "The auditor's opinion on the description of the service organisation's controls and their design as of a date.", cite: ["otava-2011"] },
    { name: "Type II", description: "The same plus the auditor's testing of whether the controls operated effectively over a period, generally six months to a year.", cite: ["otava-2011"] },
  ],
  cost: { status: "not-published", note: "Historic; no figure looked for beyond the sources listed, none of which gives a fee." },
  timeToAchieve: { status: "not-published", note: "Historic; the sources give the length of a Type II period (generally six months to a year) but no time to obtain a report." },
  validity: { status: "not-published", note: "Historic: no SAS 70 reports have been issued for periods ending on or after 15 June 2011." },
  requirements: [
    { text: "SAS 70 was an auditing standard, not a security or privacy standard: it let an auditor give an opinion on the existence of a service provider's controls, not on whether they were strong enough.", cite: ["globalprivacyblog-2011"] },
    { text: "There was no minimum bar: a provider with weak controls could claim the same audit success as one with strong controls, and only reading the report showed the difference.", cite: ["wnj-2012"] },
    { text: "It was designed around controls relevant to customers' financial reporting, not for data centres, hosting or other services whose customers cared mainly about security.", cite: ["wnj-2012", "socreports-blog"] },
  ],
  recognition: [
    { text: "For nearly 20 years the SAS 70 audit was a mainstay of business process outsourcing contracts, which typically required service organisations to undergo periodic SAS 70 audits.", cite: ["pierceatwood-soc"] },
    { text: "Service providers widely and wrongly presented a SAS 70 report as a security or privacy certification; clarifying that it was not a certification was one reason for the change to SOC reports.", cite: ["globalprivacyblog-2011", "riskassuranceguy-2011"] },
  ],
  regions: ["United States", "Worldwide"],
  verify: {
    how: "No SAS 70 report can be current: the standard was retired in 2011. A supplier quoting SAS 70 is quoting an old report. Ask instead for a current SOC 2 Type 2 report (for security and data protection) or SOC 1 report (for controls that affect your financial statements), and read it as described on the SOC 2 page.",
    cite: ["riskassuranceguy-2011", "pciguru-2010"],
  },
  sources: [
    { id: "socreports-101", url: "https://socreports.com/white-papers/auditing-101?start=6", title: "Auditing 101: five things to know about AICPA SOC reports", publisher: "SOCReports.com", kind: "consultancy", accessed: "2026-11-30" },
    { id: "socreports-blog", url: "https://socreports.com/blog/soc-1-ssae-16-vs-soc-2-at-section-101-hey-soc-2-where-are-you?format=amp", title: "SOC 1 SSAE 16 vs. SOC 2 AT Section 101: Hey SOC 2, where are you?", publisher: "SOCReports.com", kind: "consultancy", accessed: "2026-11-30" },
    { id: "globalprivacyblog-2011", url: "https://www.globalprivacyblog.com/privacy/goodbye-sas-70-hello-ssae-16-and-introducing-soc2-and-soc3/", title: "Goodbye SAS 70, hello SSAE 16, and introducing SOC2 and SOC3", publisher: "Global Privacy Blog", kind: "consultancy", published: "2011", accessed: "2026-11-30", note: "A law firm's privacy blog." },
    { id: "wnj-2012", url: "https://www.wnj.com/Publications/SSAE-16-and-the-New-SOC-Reporting-Options", title: "SSAE 16 and the New SOC Reporting Options", publisher: "Warner Norcross + Judd", kind: "consultancy", published: "2012-02-28", accessed: "2026-11-30", note: "A law firm's client publication." },
    { id: "pierceatwood-soc", url: "https://pierceatwood.com/alerts/new-audit-standards-privacy-and-data-security-controls-soc-2-and-soc-3-reports", title: "New Audit Standards for Privacy and Data Security Controls: SOC 2 and SOC 3 Reports", publisher: "Pierce Atwood", kind: "consultancy", accessed: "2026-11-30", note: "A law firm's client alert." },
    { id: "riskassuranceguy-2011", url: "http://www.riskassuranceguy.com/2011/12/the-failed-launch-of-service.html?showComment=1324429615919", title: "The Failed Launch of Service Organization Controls (Formerly SAS70) Reports", publisher: "Risk Assurance Guy (blog)", kind: "consultancy", published: "2011-12", accessed: "2026-11-30" },
    { id: "otava-2011", url: "https://otava.com/blog/socs-and-sass-the-new-standards-for-service-organization-controls-reporting", title: "SOCs and SASs: the new standards for Service Organization Controls reporting", publisher: "Otava", kind: "consultancy", published: "2011-03-08", accessed: "2026-11-30" },
    { id: "pciguru-2010", url: "https://pciguru.wordpress.com/2010/10/18/", title: "SAS 70 Is Dead!", publisher: "PCI Guru", kind: "consultancy", published: "2010-10-18", accessed: "2026-11-30" },
  ],
  description: `SAS 70, the AICPA's *Statement on Auditing Standards No. 70*, was the standard under which a service organisation's auditor reported on its controls from 1992 until 2011. Its purpose was narrow: to give customers' financial auditors an opinion on controls at an outside provider that could affect their financial statements. Over time it became the report that outsourcers, data centres and BPOs handed to every customer, and outsourcing contracts routinely required it.

### What it was, and what it was not
A SAS 70 report was **an auditor's report, never a certificate**. It said whether the controls the provider described existed and (in a Type II report) operated over a period; it set no minimum level of security. Phrases such as "SAS 70 certified" or "SAS 70 compliant" were misleading, and the AICPA's wish to end that misuse was one reason it replaced the standard.

### What replaced it
On 15 June 2011 the AICPA retired SAS 70. Reports on controls relevant to financial reporting continued as **SOC 1** reports under SSAE 16 (later SSAE 18). For security, availability, processing integrity, confidentiality and privacy, the uses most customers of contact centres and BPOs actually had in mind, the AICPA created **SOC 2** (and the short, public SOC 3).

A supplier that still quotes SAS 70 is quoting a report at least fifteen years old. Ask for a current SOC 2 Type 2 report instead.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
