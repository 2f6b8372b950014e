import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "pci-dss",
  name: "Payment Card Industry Data Security Standard",
  shortName: "PCI DSS",
  aliases: [
    { name: "PCI", kind: "abbreviation" },
    { name: "PCI-DSS", kind: "alternative" },
    { name: "PCI compliance", kind: "alternative" },
    { name: "PCI DSS v4.0.1", kind: "alternative", note: "The only active version since 1 January 2025." },
    { name: "PCI DSS v3.2.1", kind: "former-name", note: "Retired 31 March 2024." },
    { name: "Protecting Telephone-Based Payment Card Data", kind: "alternative", note: "The PCI SSC information supplement for card payments taken by phone, e.g. in contact centres." },
  ],
  kind: "organisation",
  categories: ["payment-security", "information-security"],
  issuer: "pci-ssc",
  website: "https://www.pcisecuritystandards.org",
  status: "active",
  related: ["iso-iec-27001"],
  summary: "The card brands' security standard for anyone who stores, processes or transmits payment card data, including contact centres that take card payments by phone; compliance is validated, typically every year, rather than certified.",
  history: [
    { date: "2006-09-07", event: "American Express, Discover, JCB, MasterCard and Visa form the PCI Security Standards Council to manage the standard.", cite: ["banktech-2006", "secguru-2006"] },
    { date: "2011-03", event: "The Council publishes the information supplement Protecting Telephone-Based Payment Card Data (version 2.0), focused on card data in call recordings.", cite: ["docslib-telephone", "retailtech-2011"] },
    { date: "2018-06", event: "PCI DSS v3.2.1 published.", cite: ["bdo-v4"] },
    { date: "2018-11-28", event: "Version 3.0 of the telephone-payments information supplement published, written by a Special Interest Group and covering spoken card data, VoIP and scope reduction.", cite: ["greensheet-2018", "docslib-telephone", "syntec-2018"] },
    { date: "2022-03-31", event: "PCI DSS v4.0 published, with a two-year transition from v3.2.1.", cite: ["bdo-v4", "thepaypers-v4"] },
    { date: "2024-03-31", event: "PCI DSS v3.2.1 retired; assessments must use v4.0.", cite: ["bdo-v4", "pcijourney-v4"] },
    { date: "2024-06-11", event: "PCI DSS v4.0.1 published, a limited revision with clarifications and corrections and no new or deleted requirements.", cite: ["elliottdavis-401", "scrut-401"] },
    { date: "2024-12-31", event: "PCI DSS v4.0 retired; v4.0.1 becomes the only active version.", cite: ["elliottdavis-401", "paystrax-401"] },
    { date: "2025-03-31", event: "The requirements introduced as \"future-dated\" in v4.0 become mandatory.", cite: ["bdo-v4", "devguard-pci"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "No authoritative figure found; assessment costs depend on the assessor and the scope." },
  timeToAchieve: { status: "not-published", note: "No reliable figure found." },
  validity: {
    status: "published",
    period: "P1Y",
    renewal: "Compliance is validated again on a defined cycle, typically every year: a Report on Compliance by a Qualified Security Assessor for the largest merchants and most service providers, or a Self-Assessment Questionnaire for smaller merchants, each with an Attestation of Compliance, plus quarterly external scans by an Approved Scanning Vendor. The card brands and the acquiring bank decide which route applies.",
    cite: ["rupturelabs-pci", "mastercard-validation", "legalclarity-pci"],
  },
  requirements: [
    { text: "Applies to every organisation that stores, processes or transmits payment card data, and to every channel, including mail and telephone orders.", cite: ["devguard-pci", "docslib-telephone"] },
    { text: "Sets twelve high-level requirements, each with many sub-requirements.", cite: ["wikisum-pcissc", "rssmicro-pci"] },
    { text: "For contact centres, the telephone-payments supplement (v3.0, 2018) explains which parts of the telephony environment are in scope (including spoken card data and VoIP) and ways to reduce scope, such as masking keypad tones (DTMF), pause-and-resume call recording, segmentation, or handing payments to a specialist service provider. It adds guidance, not new requirements.", cite: ["docslib-telephone", "advantio-telephone", "greensheet-2018"] },
    { text: "Card brands sort merchants into four levels by annual transaction volume, and the level decides how compliance must be validated.", cite: ["legalclarity-pci", "mastercard-validation"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "There is no PCI DSS certificate in the ISO sense: ask the contact centre for its current Attestation of Compliance (AOC). Check the PCI DSS version (v4.0.1 for assessments since 2025), the date, whether it is based on a Report on Compliance by a Qualified Security Assessor or on a self-assessment, and whether its scope covers the telephone payment channel, call recording and the sites and service providers you will use.",
    cite: ["devguard-pci", "rupturelabs-pci", "paystrax-401"],
  },
  disagreements: [],
  sources: [
    { id: "banktech-2006", url: "http://www.banktech.com/five-leading-payment-brands-unite-to-str/192701425", title: "Five leading payment brands unite to strengthen data security", publisher: "Bank Systems & Technology", published: "2006-09-12", accessed: "2026-11-29" },
    { id: "secguru-2006", url: "http://www.secguru.com/link/pci_security_standards_council", title: "PCI Security Standards Council", publisher: "SecGuru", accessed: "2026-11-29" },
    { id: "docslib-telephone", url: "https://docslib.org/doc/4631921/protecting-telephone-based-payment-card-data", title: "Information Supplement: Protecting Telephone-Based Payment Card Data, version 3.0 (copy)", publisher: "PCI Security Standards Council, via docslib", published: "2018-11", accessed: "2026-11-29" },
    { id: "retailtech-2011", url: "http://www.retailtechnology.co.uk/news/2166/pci-telephone-guidance-updated/", title: "PCI telephone guidance updated", publisher: "Retail Technology", published: "2011-03-29", accessed: "2026-11-29" },
    { id: "greensheet-2018", url: "http://www.greensheet.com/breakingnews.php?article_id=2166", title: "PCI SSC updates guidance for phone-based payments", publisher: "The Green Sheet", published: "2018-12-04", accessed: "2026-11-29" },
    { id: "syntec-2018", url: "https://www.syntec.co.uk/blog/john-greenwoods-top-5-takeaways-from-the-new-pci-guidelines/", title: "John Greenwood's top 5 takeaways from the new PCI guidelines", publisher: "Syntec", accessed: "2026-11-29" },
    { id: "advantio-telephone", url: "https://www.advantio.com/blog/protecting-telephone-based-payment-card-data-v-3-0-whats-new-and-whats-changed?hsLang=es", title: "Protecting Telephone-Based Payment Card Data v3.0: what's new and what's changed", publisher: "Advantio", accessed: "2026-11-29" },
    { id: "bdo-v4", url: "https://www.bdo.com/insights/digital/pci-dss-version-4-0-implementation-timeline", title: "PCI DSS Version 4.0 Implementation Timeline", publisher: "BDO", accessed: "2026-11-29" },
    { id: "thepaypers-v4", url: "https://thepaypers.com/fraud-and-fincrime/news/pci-ssc-releases-pci-data-security-standard-v40-for-global-payment-data", title: "PCI SSC releases PCI Data Security Standard v4.0", publisher: "The Paypers", accessed: "2026-11-29" },
    { id: "pcijourney-v4", url: "https://pcijourney.com/pci-dss-v4-now-mandatory/", title: "PCI DSS v4 now mandatory", publisher: "PCI Journey", accessed: "2026-11-29" },
    { id: "elliottdavis-401", url: "https://www.elliottdavis.com/insights/hot-off-the-press-pci-dss-v4-0-1", title: "Hot off the Press: PCI DSS v4.0.1", publisher: "Elliott Davis", published: "2024-06-21", accessed: "2026-11-29" },
    { id: "scrut-401", url: "https://scrut.io/post/pci-dss-4-0-1-guide", title: "What you should know about PCI DSS v4.0.1", publisher: "Scrut", published: "2024-11-19", accessed: "2026-11-29" },
    { id: "paystrax-401", url: "https://paystrax.com/?p=3159", title: "PCI DSS v4.0.1: changes from January 1st, 2025", publisher: "Paystrax", accessed: "2026-11-29" },
    { id: "devguard-pci", url: "https://www.devguard.ch/frameworks/pci-dss/", title: "What is PCI DSS, and what did v4.0.1 change?", publisher: "DevGuard", accessed: "2026-11-29" },
    { id: "rupturelabs-pci", url: "https://rupturelabs.io/learn/pci-dss-assessment", title: "PCI DSS assessment", publisher: "Rupture Labs", accessed: "2026-11-29" },
    { id: "mastercard-validation", url: "https://stage.mastercard.ch/de-ch/Archieved/safety-security/security-recommendations/merchants-need-to-know.html", title: "What merchants need to know: validation requirements", publisher: "Mastercard", accessed: "2026-11-29" },
    { id: "legalclarity-pci", url: "https://legalclarity.org/pci-reporting-requirements-saqs-levels-and-penalties/", title: "PCI Reporting Requirements: SAQs, Levels, and Penalties", publisher: "LegalClarity", accessed: "2026-11-29" },
    { id: "rssmicro-pci", url: "http://www.rssmicro.com/article/WebSphere_Commerce_Version_6_0_0_2_and_the.i165782777.html", title: "WebSphere Commerce and the PCI Data Security Standard", publisher: "RSSMicro (IBM article copy)", accessed: "2026-11-29" },
    { id: "wikisum-pcissc", url: "https://wikisum.wiki/wiki/Payment_Card_Industry_Security_Standards_Council", title: "Payment Card Industry Security Standards Council (summary)", publisher: "WikiSum", accessed: "2026-11-29" },
  ],
  description: `PCI DSS is the security standard that the payment card brands require of every organisation that stores, processes or transmits card data. It is owned by the **PCI Security Standards Council**, which the brands set up in 2006, and enforced not by governments but by the card brands and the banks that process card payments, through their contracts. A contact centre that takes card payments over the phone, or records calls in which customers read out card numbers, is in scope.

### Versions
PCI DSS v4.0 was published on 31 March 2022 and replaced v3.2.1, which was retired on 31 March 2024. A limited revision, v4.0.1, followed on 11 June 2024, and since v4.0 was retired at the end of 2024 it has been the only active version. The requirements that v4.0 introduced as "future-dated" became mandatory on 31 March 2025.

### Telephone payments
For contact centres the key companion document is the Council's information supplement **Protecting Telephone-Based Payment Card Data**: version 2.0 (March 2011) dealt mainly with card data in call recordings, and version 3.0 (28 November 2018) covers spoken card data, VoIP telephony and ways to take systems out of scope, such as masking keypad tones, pausing recordings or passing payments to a specialist provider. It is guidance, not extra requirements.

### Validation, cost and checking
PCI DSS is not certified like an ISO standard: compliance is **validated**, typically every year, by a Qualified Security Assessor's Report on Compliance or by a self-assessment questionnaire, according to rules set by the brands and the acquiring bank, with quarterly external scans. No authoritative cost or duration is published. To check a supplier, ask for its current Attestation of Compliance and check its version, date, assessor and scope, in particular whether the phone channel is included.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
