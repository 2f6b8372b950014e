import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "soc-2",
  name: "SOC 2 – SOC for Service Organizations: Trust Services Criteria",
  shortName: "SOC 2",
  aliases: [
    { name: "SOC2", kind: "alternative" },
    { name: "SOC 2 report", kind: "alternative" },
    { name: "SOC 2 Type II", kind: "alternative", note: "The Type 2 report: design and operating effectiveness of controls over a period." },
    { name: "SOC 2 Type 2", kind: "alternative" },
    { name: "SOC2 Type 2", kind: "alternative" },
    { name: "SOC2 Type II", kind: "alternative" },
    { name: "SOC 2 Type I", kind: "alternative", note: "The Type 1 report: design of controls as of one date." },
    { name: "SOC 2 Type 1", kind: "alternative" },
    { name: "Service Organization Control 2", kind: "former-name", note: "The name used when the SOC reports were launched in 2011; the AICPA now says System and Organization Controls." },
    { name: "SOC 2 certification", kind: "alternative", note: "A common misnomer: a SOC 2 report is an auditor's opinion, not a certificate." },
    { name: "SOC 2 certified", kind: "alternative", note: "A misnomer; see above." },
  ],
  kind: "organisation",
  categories: ["information-security", "outsourcing"],
  issuer: "aicpa",
  assurance: "attestation",
  status: "active",
  supersedes: ["sas-70"],
  related: ["iso-iec-27001", "iso-iec-27701", "hitrust-csf", "pci-dss"],
  summary: "An independent CPA firm's report on a service organisation's controls over security and, optionally, availability, processing integrity, confidentiality and privacy. It is an auditor's opinion, not a certificate: \"SOC 2 certified\" misnames it.",
  history: [
    { date: "1992-04", event: "The AICPA's auditing standard SAS 70 comes into use; for almost 20 years service organisations, BPOs among them, give customers SAS 70 reports on their controls, although the standard was written for controls relevant to financial reporting.", cite: ["socreports-101", "globalprivacyblog-2011", "pierceatwood-soc"] },
    { date: "2010-04", event: "The AICPA announces that SAS 70 will be replaced.", cite: ["otava-2011"] },
    { start: true, date: "2011-06-15", event: "SAS 70 is retired. The AICPA launches three Service Organization Control reports: SOC 1 under SSAE 16 for controls relevant to customers' financial reporting, and SOC 2 and SOC 3 under AT section 101 for security, availability, processing integrity, confidentiality and privacy.", cite: ["riskassuranceguy-2011", "wnj-2012", "pciguru-2010"] },
    { date: "2017", event: "The AICPA's Assurance Services Executive Committee releases the 2017 Trust Services Criteria (TSP section 100), aligned with the 17 principles of the 2013 COSO internal control framework, replacing the 2016 Trust Services Principles and Criteria (TSP section 100A).", cite: ["grantthornton-2018", "barneswendling-2017", "cgcompliance-2018"] },
    { date: "2018-01-01", event: "The AICPA's SOC 2 guide is updated as of 1 January 2018 for the clarified attestation standards (SSAE 18).", cite: ["aicpa-socforso"] },
    { date: "2018-12", event: "The 2017 Trust Services Criteria become compulsory for SOC 2 reports whose period ends after mid-December 2018 (sources differ by one day on the cut-off; see the editions).", cite: ["barneswendling-2017", "cgcompliance-2018", "claconnect-2018"] },
    { date: "2022-10-15", event: "The AICPA publishes an updated SOC 2 guide, together with the description criteria and the 2017 Trust Services Criteria with revised points of focus; the criteria themselves do not change.", cite: ["mossadams-2022", "linford-tsc"] },
  ],
  levels: [
    { name: "Type 1", description: "The auditor's opinion on management's description of the system and on whether the controls were suitably designed, as of a single date.", cite: ["otava-2011", "zengrc-soc2"] },
    { name: "Type 2", description: "The same, plus the auditor's testing of whether the controls operated effectively throughout a stated period. This is the report buyers usually ask for.", cite: ["otava-2011", "zengrc-soc2", "legalclarity-type"] },
  ],
  cost: {
    status: "published",
    figures: [
      { min: 20000, max: 150000, currency: "USD", basis: "per-organisation", priceType: "indicative", context: "SOC 1 or SOC 2 audit fees in general, from a CPA firm that issues SOC reports", covers: "the SOC audit (the auditor's fee)", asOf: "2026", cite: ["linford-cost"], note: "The firm puts the median at around $30,000 and says Big 4 firms start in the low six figures. The page is undated; read in 2026." },
      { min: 15000, max: 50000, currency: "USD", basis: "per-organisation", priceType: "indicative", context: "Type 2 audit by a specialised SOC audit firm", asOf: "2026", cite: ["bastion-auditors"], note: "The same source gives $10K–$35K for boutique firms, $25K–$80K for national firms and $50K–$150K+ for the Big Four. Undated page, read in 2026." },
      { min: 25000, max: 75000, currency: "USD", basis: "per-organisation", priceType: "indicative", context: "boutique CPA firms (e.g. A-LIGN, Schellman, BARR Advisory)", asOf: "2026", cite: ["strac-audit"], note: "The same source gives $50K–$120K for mid-tier national firms and $75K–$200K+ for the Big 4. Undated page, read in 2026." },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P3M", max: "P12M", context: "Type 2 observation period (the window the report covers); first reports often use three to six months, and many enterprise buyers expect twelve", asOf: "2026", cite: ["soc2auditors-period", "legalclarity-validity"] },
      { min: "P3M", max: "P6M", context: "preparation before the audit, according to a compliance-software vendor", asOf: "2026", cite: ["strac-audit"] },
      { min: "P4W", max: "P6W", context: "audit fieldwork, according to the same vendor", asOf: "2026", cite: ["strac-audit"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { appliesTo: "Type 2 report", period: "P1Y", renewal: "A SOC 2 report does not formally expire; by convention customers treat it as current for about 12 months, so service organisations commission a new examination every year.", cite: ["ispartners-validity", "pungroup-validity", "legalclarity-validity"], note: "Sources differ on whether the 12 months run from the end of the period covered or from the report date; see the disagreement." },
      { appliesTo: "Bridge (gap) letter", period: "P3M", renewal: "A letter from the service organisation's management stating that controls have not materially changed between the end of the last report period and the next report; typically for up to three months, and no substitute for a report.", cite: ["thoropass-bridge", "certpro-bridge"] },
    ],
  },
  editions: [
    {
      id: "tsp-100a-2016",
      name: "2016 Trust Services Principles and Criteria (TSP section 100A)",
      claims: ["TSP 100A", "TSP section 100A", "2016 Trust Services Principles and Criteria"],
      published: "2016",
      validUntil: "2018-12-15",
      cite: ["barneswendling-2017", "cgcompliance-2018"],
      note: "The date is the last period end for which a SOC 2 report could still use these criteria.",
      disagreements: [
        {
          field: "validUntil",
          positions: [
            { date: "2018-12-15", claim: "Reports for periods ending on or before 15 December 2018 may use the 2016 criteria; the 2017 criteria apply to periods ending after that date.", cite: ["barneswendling-2017", "cgcompliance-2018"] },
            { date: "2018-12-14", claim: "The 2017 criteria are required for reports whose period closes on or after 15 December 2018.", cite: ["claconnect-2018"] },
          ],
          note: "One day's difference in how the cut-off is worded.",
        },
      ],
    },
    {
      id: "tsc-2017",
      name: "2017 Trust Services Criteria (TSP section 100)",
      claims: ["2017 Trust Services Criteria", "2017 TSC", "TSP 100", "TSP section 100"],
      published: "2017",
      validUntil: { status: "not-published", note: "The 2022 revision changed only the points of focus, not the criteria, so reports still map to the 2017 criteria; no source read gives an end date for the original points of focus (AICPA's criteria page, Moss Adams, Linford & Co, Schellman, 2026)." },
      cite: ["aicpa-tsc-2017", "grantthornton-2018", "linford-tsc"],
    },
    {
      id: "tsc-2017-pof-2022",
      name: "2017 Trust Services Criteria (with Revised Points of Focus – 2022)",
      claims: ["2017 TSC revised points of focus 2022", "2022 points of focus", "TSC 2022"],
      published: "2022-10",
      cite: ["mossadams-2022", "linford-tsc", "schellman-2022"],
      note: "Published with the SOC 2 guide of 15 October 2022; the criteria are unchanged, only the points of focus were added to or revised.",
    },
  ],
  requirements: [
    { text: "Only a licensed CPA firm can perform a SOC 2 examination and sign the report; readiness work and compliance software can be bought from others, but the auditor must be independent of them.", cite: ["legalclarity-cpa", "bastion-auditors"] },
    { text: "The security category (the common criteria) is required in every SOC 2; availability, processing integrity, confidentiality and privacy are added as the service calls for.", cite: ["zengrc-soc2", "linford-tsc"] },
    { text: "The criteria say what the controls must achieve, not which controls to have: the service organisation designs its own controls and the auditor tests them against the criteria.", cite: ["linford-tsc"] },
    { text: "A SOC 2 report is restricted to specified users, usually shared under a non-disclosure agreement; SOC 3 is the short general-use version that can be published.", cite: ["legalclarity-exam", "strac-audit"] },
  ],
  recognition: [
    { text: "A 2026 guide for buyers of BPO services lists the SOC 2 Type II report among the documents enterprise legal teams demand before approving a vendor, and describes deals failing when a vendor could not produce one.", cite: ["leadadvisors-bpo"] },
    { text: "SOC 2 is not required by law; enterprise customers and partners ask for it as a condition of doing business.", cite: ["legalclarity-process", "legalclarity-type"] },
  ],
  regions: ["United States", "Worldwide"],
  verify: {
    how: "There is no SOC 2 certificate and no public register. Ask the contact centre for its latest SOC 2 Type 2 report (usually under NDA) and read it: the CPA firm that signed it; the period covered and its end date (by convention a report is current for about a year after that, with at most a short bridge letter for any gap); the trust services categories included; whether the system description covers the services, sites and systems you will use; the opinion (an unqualified opinion is clean, a qualified one flags problems); any exceptions the auditor found; and the complementary user entity controls you are expected to run yourself.",
    cite: ["legalclarity-cpa", "ispartners-validity", "thoropass-bridge", "secureleap-type2"],
  },
  disagreements: [
    {
      topic: "From when a SOC 2 report's twelve months of currency are counted",
      positions: [
        { claim: "From the end of the period the report covers.", cite: ["ispartners-validity", "legalclarity-validity"] },
        { claim: "From the date the report is issued.", cite: ["pungroup-validity"] },
      ],
      note: "Neither is an AICPA rule; both describe market convention.",
    },
    {
      topic: "Shortest period for a Type 2 report",
      positions: [
        { claim: "Three months is accepted; Type 2 periods typically run from three to twelve months.", cite: ["soc2auditors-period", "legalclarity-validity", "simpleaudit-type2"] },
        { claim: "A minimum of six months, typically twelve.", cite: ["zengrc-soc2"] },
      ],
      note: "One source notes that AICPA guidance fixes no length.",
    },
  ],
  sources: [
    { id: "aicpa-tsc-2017", url: "https://www.aicpa-cima.com/resources/download/get-the-2017-trust-services-criteria", title: "2017 Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy", publisher: "AICPA & CIMA", kind: "issuer", accessed: "2026-11-30" },
    { id: "aicpa-socforso", url: "https://www.aicpa.org/interestareas/frc/assuranceadvisoryservices/socforserviceorganizations.html/", title: "SOC for Service Organizations", publisher: "AICPA", kind: "issuer", accessed: "2026-11-30" },
    { id: "mossadams-2022", url: "https://www.mossadams.com/articles/2022/11/aicpa-releases-updated-soc-2-guide", title: "AICPA Releases Updated SOC 2 Guide", publisher: "Moss Adams", kind: "certification-body", published: "2022-11", accessed: "2026-11-30", note: "A CPA firm that performs SOC examinations." },
    { id: "schellman-2022", url: "https://www.schellman.com/blog/latest-soc-2-guidance-revisions-october-2022", title: "A Breakdown of the Latest SOC 2 Guidance Revisions (October 2022)", publisher: "Schellman", kind: "certification-body", accessed: "2026-11-30" },
    { id: "linford-tsc", url: "https://linfordco.com/blog/trust-service-principles-tsps-ones-include-soc-2/", title: "2023 Trust Services Criteria (TSCs) for SOC 2 Reports", publisher: "Linford & Co", kind: "certification-body", accessed: "2026-11-30" },
    { id: "linford-cost", url: "https://linfordco.com/blog/soc-audit-cost", title: "SOC 1 & SOC 2 Audit Costs: What Really Drives the Price", publisher: "Linford & Co", kind: "certification-body", accessed: "2026-11-30" },
    { id: "grantthornton-2018", url: "https://www.grantthornton.com/insights/articles/advisory/2018/new-trust-services-criteria", title: "New SOC 2, SOC 3 Trust Services Criteria", publisher: "Grant Thornton", kind: "certification-body", published: "2018", accessed: "2026-11-30" },
    { id: "barneswendling-2017", url: "https://www.barneswendling.com/2017-soc-2-audit-reporting-rules-new-trust-services-criteria/", title: "2017 SOC 2 audit reporting rules: new Trust Services Criteria", publisher: "Barnes Wendling CPAs", kind: "certification-body", accessed: "2026-11-30" },
    { id: "cgcompliance-2018", url: "https://info.cgcompliance.com/blog/deadline-for-the-new-aicpa-soc-2-standards-is-fast-approaching?hs_amp=true", title: "Deadline for the new AICPA SOC 2 standards is fast approaching", publisher: "CyberGuard Compliance", kind: "certification-body", published: "2018", accessed: "2026-11-30" },
    { id: "claconnect-2018", url: "https://claconnect.com/en/resources/articles/2018/new-soc-report-framework-addresses-emerging-risks", title: "New SOC report framework addresses emerging risks", publisher: "CliftonLarsonAllen (CLA)", kind: "certification-body", published: "2018", accessed: "2026-11-30" },
    { id: "otava-2011", url: "https://otava.com/blog/socs-and-sass-the-new-standards-for-service-organization-controls-reporting", title: "SOCs and SASs: the new standards for Service Organization Controls reporting", publisher: "Otava", kind: "consultancy", published: "2011-03-08", accessed: "2026-11-30" },
    { id: "riskassuranceguy-2011", url: "http://www.riskassuranceguy.com/2011/12/the-failed-launch-of-service.html?showComment=1324429615919", title: "The Failed Launch of Service Organization Controls (Formerly SAS70) Reports", publisher: "Risk Assurance Guy (blog)", kind: "consultancy", published: "2011-12", accessed: "2026-11-30" },
    { id: "wnj-2012", url: "https://www.wnj.com/Publications/SSAE-16-and-the-New-SOC-Reporting-Options", title: "SSAE 16 and the New SOC Reporting Options", publisher: "Warner Norcross + Judd", kind: "consultancy", published: "2012-02-28", accessed: "2026-11-30", note: "A law firm's client publication." },
    { id: "pciguru-2010", url: "https://pciguru.wordpress.com/2010/10/18/", title: "SAS 70 Is Dead!", publisher: "PCI Guru", kind: "consultancy", published: "2010-10-18", accessed: "2026-11-30" },
    { id: "socreports-101", url: "https://socreports.com/white-papers/auditing-101?start=6", title: "Auditing 101: five things to know about AICPA SOC reports", publisher: "SOCReports.com", kind: "consultancy", accessed: "2026-11-30" },
    { id: "globalprivacyblog-2011", url: "https://www.globalprivacyblog.com/privacy/goodbye-sas-70-hello-ssae-16-and-introducing-soc2-and-soc3/", title: "Goodbye SAS 70, hello SSAE 16, and introducing SOC2 and SOC3", publisher: "Global Privacy Blog", kind: "consultancy", published: "2011", accessed: "2026-11-30", note: "A law firm's privacy blog." },
    { id: "pierceatwood-soc", url: "https://pierceatwood.com/alerts/new-audit-standards-privacy-and-data-security-controls-soc-2-and-soc-3-reports", title: "New Audit Standards for Privacy and Data Security Controls: SOC 2 and SOC 3 Reports", publisher: "Pierce Atwood", kind: "consultancy", accessed: "2026-11-30", note: "A law firm's client alert." },
    { id: "zengrc-soc2", url: "https://www.zengrc.com/resources/who-can-perform-a-soc-2-audit", title: "Who can perform a SOC 2 audit?", publisher: "ZenGRC", kind: "consultancy", accessed: "2026-11-30" },
    { id: "legalclarity-type", url: "https://legalclarity.org/soc-2-type-1-vs-type-2-key-differences-and-costs/", title: "SOC 2 Type 1 vs Type 2: Key Differences and Costs", publisher: "LegalClarity", kind: "reference", accessed: "2026-11-30" },
    { id: "legalclarity-process", url: "https://legalclarity.org/what-is-soc-2-compliance-audit-process-and-costs/", title: "What Is SOC 2 Compliance? Audit Process and Costs", publisher: "LegalClarity", kind: "reference", accessed: "2026-11-30" },
    { id: "legalclarity-exam", url: "https://legalclarity.org/soc-2-examination-audit-process-cost-and-timeline/", title: "SOC 2 Examination: Audit Process, Cost and Timeline", publisher: "LegalClarity", kind: "reference", accessed: "2026-11-30" },
    { id: "legalclarity-cpa", url: "https://legalclarity.org/who-performs-a-soc-2-audit-cpa-requirements-explained/", title: "Who Performs a SOC 2 Audit? CPA Requirements Explained", publisher: "LegalClarity", kind: "reference", accessed: "2026-11-30" },
    { id: "legalclarity-validity", url: "https://legalclarity.org/soc-2-report-validity-the-12-month-rule-and-exceptions/", title: "SOC 2 Report Validity: The 12-Month Rule and Exceptions", publisher: "LegalClarity", kind: "reference", accessed: "2026-11-30" },
    { id: "bastion-auditors", url: "https://bastion.tech/learn/soc2/who-performs-soc2-audit", title: "Who Can Perform a SOC 2 Audit?", publisher: "Bastion", kind: "consultancy", accessed: "2026-11-30" },
    { id: "strac-audit", url: "https://www.strac.io/blog/soc-2-audit", title: "SOC 2 audit", publisher: "Strac", kind: "consultancy", accessed: "2026-11-30" },
    { id: "soc2auditors-period", url: "https://soc2-auditors.com/insights/soc-2-observation-period", title: "The SOC 2 observation period: how long should Type 2 cover?", publisher: "SOC 2 Auditors", kind: "consultancy", accessed: "2026-11-30" },
    { id: "simpleaudit-type2", url: "https://simpleaudit.io/glossary/soc-2-type-2", title: "SOC 2 Type 2 (glossary)", publisher: "SimpleAudit", kind: "consultancy", published: "2026-05-17", accessed: "2026-11-30" },
    { id: "secureleap-type2", url: "https://www.secureleap.tech/blog/soc-2-type-2-guide", title: "SOC 2 Type 2 guide", publisher: "SecureLeap", kind: "consultancy", accessed: "2026-11-30" },
    { id: "ispartners-validity", url: "https://www.ispartnersllc.com/blog/soc-2-report-validity/", title: "How long is a SOC 2 report valid for?", publisher: "I.S. Partners", kind: "certification-body", accessed: "2026-11-30" },
    { id: "pungroup-validity", url: "https://pungroup.cpa/blog/soc-2-report-validity", title: "SOC 2 report validity", publisher: "The Pun Group", kind: "certification-body", accessed: "2026-11-30" },
    { id: "thoropass-bridge", url: "https://thoropass.com/blog/compliance/what-is-a-soc-2-bridge-letter/", title: "What is a SOC 2 bridge letter and why do you need one?", publisher: "Thoropass", kind: "consultancy", published: "2024-11-04", accessed: "2026-11-30" },
    { id: "certpro-bridge", url: "https://www.certpro.co/?p=16838", title: "What is a SOC 2 bridge letter?", publisher: "CertPro", kind: "consultancy", accessed: "2026-11-30" },
    { id: "leadadvisors-bpo", url: "https://leadadvisors.com/blog/enterprise-bpo-compliance-artifacts/", title: "Enterprise BPO Compliance Requirements: The Artifacts Buyers Demand Before They Sign Anything (2026)", publisher: "Lead Advisors", kind: "consultancy", published: "2026-05-21", accessed: "2026-11-30" },
  ],
  description: `A **SOC 2 report is an auditor's opinion, not a certificate.** A licensed CPA firm examines a service organisation's description of its system and its controls against the AICPA's **Trust Services Criteria**, and states in a report whether the controls were suitably designed (Type 1, as of one date) and also operated effectively (Type 2, over a period, usually three to twelve months). "SOC 2 certified" or "SOC 2 compliant" misnames this: there is no pass mark, no certificate and no register, only the report and what it says.

### What it proves, and what it does not
A clean Type 2 report shows that, during the period covered, the controls the organisation chose for security (always included) and for any of availability, processing integrity, confidentiality and privacy it added, met the criteria in the auditor's testing. It does **not** prove that controls still work today, that systems outside the described scope are covered, or that the organisation follows any particular control list: the organisation picks its own controls. Exceptions and a qualified opinion are part of the report and need reading.

### Why contact centres are asked for it
Enterprise buyers, especially in the United States, ask BPOs and contact centres for a current SOC 2 Type 2 report before handing over customer data. It replaced the SAS 70 report in 2011, when the AICPA split SAS 70's role into SOC 1 (financial-reporting controls) and SOC 2 and SOC 3 (security and related areas).

### Timing and cost
The observation period runs three to twelve months; preparation often takes a few months more. Audit fees quoted by firms and vendors run from about $10,000 at small firms to $200,000 or more at the largest. Customers generally expect a new report every year.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
