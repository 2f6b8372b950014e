import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "hitrust-csf",
  name: "HITRUST CSF Certification (e1, i1 and r2 validated assessments)",
  shortName: "HITRUST CSF",
  aliases: [
    { name: "HITRUST", kind: "abbreviation" },
    { name: "HITRUST certification", kind: "alternative" },
    { name: "HITRUST Common Security Framework", kind: "alternative" },
    { name: "HITRUST r2", kind: "alternative", note: "The Risk-based, 2-year validated assessment." },
    { name: "HITRUST i1", kind: "alternative", note: "The Implemented, 1-year validated assessment." },
    { name: "HITRUST e1", kind: "alternative", note: "The Essentials, 1-year validated assessment." },
    { name: "HITRUST CSF Validated Assessment", kind: "former-name", note: "Renamed the r2 assessment when the i1 was introduced in 2022." },
    { name: "HITRUST CSF Certified", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["information-security"],
  issuer: "hitrust-alliance",
  assurance: "certification",
  status: "active",
  related: ["iso-iec-27001", "soc-2", "pci-dss", "iso-iec-27701"],
  summary: "A US certification, mostly asked for in healthcare, that an organisation meets a set of HITRUST CSF security controls; an approved external assessor tests them and HITRUST itself reviews the work and issues the certificate, valid one year (e1, i1) or two years (r2).",
  history: [
    { date: "2007", event: "HITRUST is founded and introduces the HITRUST CSF, a certifiable framework that brings HIPAA, NIST, ISO, PCI and other requirements into one set of controls.", cite: ["linford-what-is", "crowe-faq"] },
    { date: "2022", event: "HITRUST adds the Implemented, 1-Year (i1) validated assessment and certification; its existing CSF Validated Assessment is renamed the Risk-based, 2-Year (r2).", cite: ["crowe-faq", "wipfli-i1"], note: "Crowe dates the i1 to early 2022." },
    { date: "2023-01", event: "The Essentials, 1-Year (e1) validated assessment becomes available, replacing the non-certifiable bC self-assessment as the entry level.", cite: ["networkassured-hitrust", "linford-e1"], note: "Linford & Co says early 2023." },
    { date: "2025-12", event: "HITRUST CSF version 11.7.0 is released, adding mappings such as NIST SP 800-53 revision 5.2.0, FedRAMP 20x and India's Digital Personal Data Protection Act.", cite: ["legalclarity-hitrust"] },
  ],
  levels: [
    { name: "e1", description: "Essentials, 1-year: a curated set of foundational controls (\"good cybersecurity hygiene\"), 44 in the framework version described by the sources; entry-level assurance.", cite: ["hitrust-handbook-types", "accorian-hitrust", "linford-e1"] },
    { name: "i1", description: "Implemented, 1-year: a broader set of leading-practice controls against a wider range of active threats; moderate assurance. Only whether controls are implemented is scored.", cite: ["hitrust-handbook-types", "wipfli-i1"] },
    { name: "r2", description: "Risk-based, 2-year: controls tailored to the organisation's risk factors and scored on five maturity levels (policy, procedure, implemented, measured, managed); the highest assurance.", cite: ["hitrust-handbook-types", "wipfli-i1", "integralhs-faq"] },
  ],
  cost: {
    status: "published",
    figures: [
      { min: 35000, max: 50000, currency: "USD", basis: "per-organisation", priceType: "indicative", approximate: true, context: "e1", covers: "all-in cost", asOf: "2026-04", cite: ["integralhs-faq"] },
      { min: 70000, max: 120000, currency: "USD", basis: "per-organisation", priceType: "indicative", context: "i1", covers: "all-in cost", asOf: "2026-04", cite: ["integralhs-faq"] },
      { min: 100000, max: 500000, currency: "USD", basis: "per-organisation", priceType: "indicative", context: "r2", covers: "all-in cost", asOf: "2026-04", cite: ["integralhs-faq"], note: "The source writes \"$100,000–$500,000+\"." },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P6M", max: "P1Y", context: "a first-time validated HITRUST assessment, from scoping to report", asOf: "2026", cite: ["neutralpartners-timeline"] },
      { min: "P3M", max: "P4M", context: "an e1 for an organisation whose policies, procedures and evidence are already in place", asOf: "2026", cite: ["neutralpartners-timeline"] },
      { min: "P100D", context: "best case for an e1, start to finish, per an External Assessor Organization (before the e1, its answer for a certification was 12 months at best, 18 typically)", asOf: "2023", cite: ["linford-e1"] },
      { min: "P2M", max: "P3M", context: "readiness assessment and remediation, followed by a further 2–3 months' settling period and a testing window of 3 months (90 days) for the validated assessment, per a CPA society's guide", asOf: "2026", cite: ["macpas-timeline"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { appliesTo: "e1", period: "P1Y", renewal: "A new e1 (or higher) validated assessment each year.", cite: ["hitrust-handbook-draft-types", "hitrust-handbook-types"] },
      { appliesTo: "i1", period: "P1Y", renewal: "A new i1 (or r2) validated assessment each year; the i1 control set is updated to follow current threats.", cite: ["hitrust-handbook-draft-types", "wipfli-i1"] },
      { appliesTo: "r2", period: "P2Y", renewal: "An interim assessment must be submitted in the 90 days before the first anniversary of the certificate, showing no decline in the sampled controls and progress on corrective action plans; a new r2 is needed after two years.", cite: ["hitrust-handbook-draft-types", "hitrust-handbook-interim"] },
    ],
  },
  requirements: [
    { text: "Testing is done by a HITRUST-approved External Assessor Organization; HITRUST then reviews the assessor's work in its own quality assurance before issuing the certification.", cite: ["linford-process", "schneiderdowns-hitrust"] },
    { text: "Controls must have been in operation before testing: a policy for at least 60 days and systems and procedures for at least 90 days; gaps found during the assessment become corrective action plans in the final report.", cite: ["securitymetrics-hitrust"] },
    { text: "HITRUST aligns with HIPAA but does not replace HIPAA compliance.", cite: ["paubox-hitrust"] },
    { text: "The assessment types build on one another: every e1 requirement is in the i1, and every i1 requirement in the r2.", cite: ["hitrust-handbook-types"] },
  ],
  recognition: [
    { text: "According to one consultancy, most US health plan and hospital-system vendor contracts specify i1 or above, and a contract that just says \"HITRUST certification\" usually means i1; r2 is asked for by the most demanding health plans, federal contractors and pharmacy benefit managers.", cite: ["integralhs-faq"] },
    { text: "A vendor article reports that 81% of US hospitals and 83% of US health plans have adopted the HITRUST framework.", cite: ["datica-hitrust"], note: "Figures as the vendor states them, without a dated survey behind them in the text read." },
  ],
  regions: ["United States"],
  verify: {
    how: "Ask for the HITRUST certification letter and the validated assessment report. Check the assessment type (e1, i1 or r2), the scope (which entities, platforms, sites and services, for a contact centre the delivery centres and systems that will hold your patients' or members' data), the date of issue and the expiry (one year for e1 and i1, two for r2), and for an r2 more than a year old whether the interim assessment was passed. HITRUST lets reports be shared through its Assessment Xchange; no free public register of certified organisations was found.",
    cite: ["hitrust-handbook-draft-types", "hitrust-handbook-interim"],
  },
  disagreements: [],
  sources: [
    { id: "hitrust-handbook-types", url: "https://www.manula.com/manuals/hitrust/hitrust-assessment-handbook/1/en/topic/assessment-types", title: "HITRUST Assessment Handbook: Assessment types", publisher: "HITRUST", kind: "issuer", accessed: "2026-11-30" },
    { id: "hitrust-handbook-draft-types", url: "https://www.manula.com/manuals/hitrust/hitrust-assessment-handbook-exposure-draft/1/en/topic/assessment-types", title: "HITRUST Assessment Handbook (exposure draft): Assessment types", publisher: "HITRUST", kind: "issuer", accessed: "2026-11-30", note: "Exposure draft of the handbook; used for its table of certification lengths." },
    { id: "hitrust-handbook-interim", url: "https://www.manula.com/manuals/hitrust/hitrust-assessment-handbook-exposure-draft/1/en/topic/interim-assessment", title: "HITRUST Assessment Handbook (exposure draft): Interim assessment", publisher: "HITRUST", kind: "issuer", accessed: "2026-11-30" },
    { id: "crowe-faq", url: "https://crowe.com/insights/hitrust-certification-options-faq", title: "HITRUST certification options: FAQ", publisher: "Crowe", kind: "certification-body", published: "2022-10-18", accessed: "2026-11-30", note: "A CPA firm and HITRUST assessor." },
    { id: "wipfli-i1", url: "https://cm.wipfli.com/insights/articles/ra-what-is-the-new-hitrust-i1-assessment", title: "What is the new HITRUST i1 assessment, and do you need it?", publisher: "Wipfli", kind: "certification-body", accessed: "2026-11-30" },
    { id: "networkassured-hitrust", url: "https://networkassured.com/compliance/hitrust-i1-vs-r2-vs-bc/", title: "HITRUST i1 vs r2 vs bC", publisher: "Network Assured", kind: "consultancy", accessed: "2026-11-30" },
    { id: "linford-what-is", url: "https://linfordco.com/blog/what-is-hitrust/", title: "What is HITRUST? A Comprehensive Guide", publisher: "Linford & Co", kind: "certification-body", accessed: "2026-11-30" },
    { id: "linford-process", url: "https://linfordco.com/blog/hitrust-certification-process/", title: "The Definitive Guide to the HITRUST Certification Process", publisher: "Linford & Co", kind: "certification-body", accessed: "2026-11-30" },
    { id: "linford-e1", url: "https://linfordco.com/blog/hitrust-e1-100-days", title: "Zero to HITRUST (e1) Certified in 100 Days", publisher: "Linford & Co", kind: "certification-body", accessed: "2026-11-30" },
    { id: "accorian-hitrust", url: "https://accorian.com/hitrust-certification-e1-i1-and-r2-assessments-explained/", title: "HITRUST Framework – e1, i1, and r2 Assessments Explained", publisher: "Accorian", kind: "consultancy", published: "2023-06-22", accessed: "2026-11-30" },
    { id: "schneiderdowns-hitrust", url: "https://schneiderdowns.com/guide-to-hitrust-certification/", title: "Guide to HITRUST certification", publisher: "Schneider Downs", kind: "certification-body", accessed: "2026-11-30" },
    { id: "integralhs-faq", url: "https://www.integralhs.com/hitrust-cybersecurity-faq", title: "HITRUST Certification FAQ: e1, i1, r2 Explained", publisher: "Integral Health Solutions", kind: "consultancy", published: "2026-04", accessed: "2026-11-30" },
    { id: "legalclarity-hitrust", url: "https://legalclarity.org/how-to-get-hitrust-csf-certified-costs-and-timeline/", title: "How to Get HITRUST CSF Certified: Costs and Timeline", publisher: "LegalClarity", kind: "reference", accessed: "2026-11-30" },
    { id: "neutralpartners-timeline", url: "https://neutralpartners.com/resources/blog/hitrust-certification-timeline", title: "HITRUST Certification Timeline: How Long It Takes", publisher: "Neutral Partners", kind: "consultancy", accessed: "2026-11-30" },
    { id: "macpas-timeline", url: "https://macpas.com/hitrust-certification-stages-and-timeline/", title: "HITRUST Certification Stages and Timeline", publisher: "MACPA (Maryland Association of CPAs)", kind: "consultancy", accessed: "2026-11-30" },
    { id: "securitymetrics-hitrust", url: "https://www.securitymetrics.com/blog/what-you-need-to-know-about-hitrust-assessments-according-to-an-assessor", title: "What you need to know about HITRUST assessments, according to an assessor", publisher: "SecurityMetrics", kind: "certification-body", accessed: "2026-11-30" },
    { id: "paubox-hitrust", url: "https://paubox.com/blog/everything-about-hitrust-certification?hs_amp=true", title: "Everything about HITRUST certification", publisher: "Paubox", kind: "consultancy", accessed: "2026-11-30" },
    { id: "datica-hitrust", url: "https://datica.com/blog/everything-you-need-to-know-about-hitrust-certification", title: "Everything You Need to Know About HITRUST Certification", publisher: "Datica", kind: "consultancy", accessed: "2026-11-30" },
  ],
  description: `HITRUST certification shows that an organisation meets a defined set of controls from the **HITRUST CSF**, a framework that brings together requirements from HIPAA, NIST, ISO/IEC 27001, PCI DSS, GDPR and many other sources. It began in US healthcare and is still asked for mainly by health plans, hospital systems and their suppliers, which makes it relevant to contact centres and BPOs that handle patients' or members' health information.

### How it works
The organisation prepares in HITRUST's MyCSF platform; an approved External Assessor Organization tests the controls; then **HITRUST itself reviews the assessor's work** before issuing a certification letter. That central review is what distinguishes it from a SOC 2 report, where the CPA firm's opinion is the end product.

### Three levels
- **e1** (essentials): a small set of foundational controls, one year;
- **i1** (implemented): a wider set of leading practices, one year;
- **r2** (risk-based): controls chosen by risk factors and scored for maturity, two years, with an interim check after the first year.

### What it proves, and what it does not
A certificate shows that, for the scoped systems and sites, the required controls were in place (and, for r2, mature) when tested. It does not cover systems outside the scope, and an e1 says much less than an r2: check which one a vendor holds. It supports, but does not replace, HIPAA compliance.

### Cost and time
Consultancies put all-in costs at roughly $35,000–$50,000 for an e1 and from $100,000 for an r2, and a first certification at six months to a year.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
