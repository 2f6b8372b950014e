import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-iec-27001",
  name: "ISO/IEC 27001 Information security management systems – Requirements",
  shortName: "ISO/IEC 27001",
  aliases: [
    { name: "ISO 27001", kind: "abbreviation" },
    { name: "BS 7799-2", kind: "former-name", note: "The British specification it replaced in 2005." },
    { name: "BS 7799 Part 2", kind: "former-name" },
    { name: "BS 7799", kind: "former-name", note: "The two-part British standard from which both ISO/IEC 27001 and ISO/IEC 27002 descend." },
    { name: "ISO/IEC 27001:2022", kind: "alternative", note: "The current edition." },
    { name: "ISO/IEC 27001:2013", kind: "former-name", note: "Certificates to this edition stopped being valid after 31 October 2025." },
    { name: "ISO/IEC 27001:2005", kind: "former-name" },
    { name: "ISMS certification", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["information-security"],
  issuer: "iso",
  website: "https://www.iso.org/standard/27001",
  status: "active",
  supersedes: ["bs-7799"],
  related: ["iso-iec-27002", "iso-iec-17799", "pci-dss", "iso-9001", "iso-iec-20000-1"],
  summary: "The certifiable international standard for an information security management system, descended from BS 7799 Part 2; current edition 2022, and 2013-edition certificates lapsed after 31 October 2025.",
  history: [
    { date: "1995-02", event: "BSI publishes BS 7799, a code of practice for information security management; its Part 1 line leads to ISO/IEC 17799 and ISO/IEC 27002.", cite: ["wikipedia-bs7799", "gammassl-history"] },
    { date: "1998-02", event: "BS 7799-2:1998, the certifiable specification, is added (according to one set of sources).", cite: ["gammassl-history"], note: "Other sources say Part 2 first appeared in 1999; see the disagreement below." },
    { date: "1999", event: "BS 7799 Part 2, \"Information security management systems – Specification with guidance for use\", is first published (according to other sources).", cite: ["wikipedia-bs7799", "packt-27001"], note: "See the disagreement on 1998 versus 1999." },
    { date: "2000-12-01", event: "BS 7799 Part 1 becomes ISO/IEC 17799:2000 (renumbered ISO/IEC 27002 in July 2007).", cite: ["gammassl-history", "wikipedia-bs7799"] },
    { date: "2002-09-05", event: "BS 7799-2:2002 is launched, introducing the Plan-Do-Check-Act model and continual improvement.", cite: ["gammassl-history", "aigencon-pocket"] },
    { start: true, date: "2005-10-15", event: "ISO/IEC 27001:2005 is published, replacing BS 7799-2; certification bodies offer conversion of BS 7799 certificates.", cite: ["secure1st-27001", "qrsyst-27001"] },
    { date: "2013", event: "Second edition, ISO/IEC 27001:2013, aligned with the common structure for ISO management-system standards.", cite: ["gammassl-works"] },
    { date: "2022-10-05", event: "Third edition, ISO/IEC 27001:2022, published (date given by one certification body).", cite: ["standcert-2022"], note: "Most sources give 25 October 2022; see the disagreement below." },
    { date: "2022-10-25", event: "Third edition, ISO/IEC 27001:2022, published (date given by most sources); the three-year transition from the 2013 edition begins on 31 October 2022.", cite: ["cpg-transition", "glocert-transition", "dqs-publication"], note: "One certification body gives 5 October 2022; see the disagreement below." },
    { date: "2024-02-23", event: "Amendment 1:2024 adds climate change to clauses 4.1 and 4.2.", cite: ["isto-amd1", "degrandson-amd1"] },
    { date: "2024-05-01", event: "From this date initial certifications are to the 2022 edition, under the transition rules published by certification bodies.", cite: ["cpg-transition"] },
    { date: "2025-10-31", event: "End of the IAF MD 26 transition: certificates to ISO/IEC 27001:2013 are no longer valid.", cite: ["cpg-transition", "glocert-transition", "dqs-transition"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "No authoritative public figure found; certification bodies quote their own fees." },
  timeToAchieve: { status: "not-published", note: "No reliable public figure found." },
  validity: {
    status: "published",
    period: "P3Y",
    renewal: "Annual surveillance audits in the second and third years, then a recertification audit before the three-year certificate expires.",
    cite: ["coalfire-cycle", "tcspl-faq"],
  },
  requirements: [
    { text: "The organisation must run an information security management system: assess its information risks and select controls to treat them, considering the full list of controls in Annex A (the controls of ISO/IEC 27002).", cite: ["gammassl-works"] },
    { text: "In the 2022 edition Annex A lists 93 controls in four themes (organisational, people, physical, technological), down from 114 controls in 14 clauses in the 2013 edition.", cite: ["dqs-transition", "zephtech-27001"] },
    { text: "Since Amendment 1:2024 the organisation must decide whether climate change is a relevant issue for its management system.", cite: ["degrandson-amd1", "isto-amd1"] },
  ],
  recognition: [
    { text: "The ISO Survey for 2024 counted 96,709 ISO/IEC 27001 certificates, against 47,291 for 2023; the rise has to be read in light of the survey's switch to data from IAF CertSearch, where certification bodies must now upload their certificates.", cite: ["systemcert-2025"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the certificate and check: the edition (it must say ISO/IEC 27001:2022, because 2013-edition certificates lapsed after 31 October 2025); the certification body and the accreditation body behind it; the scope, which should cover the sites, services and systems that will handle your data; and the expiry date. Then look the certificate up in the certification body's register or in IAF CertSearch. IAF CertSearch does not yet hold every accredited certificate, so a missing entry is a reason to ask the certification body, not proof of a fake.",
    register: "https://www.iafcertsearch.org",
    cite: ["cpg-transition", "qualitydigest-certsearch", "oxebridge-certsearch"],
  },
  disagreements: [
    {
      topic: "When BS 7799 Part 2, the forerunner of ISO/IEC 27001, was first published",
      positions: [
        { claim: "February 1998, as BS 7799-2:1998.", cite: ["gammassl-history"] },
        { claim: "1999, together with the revised Part 1.", cite: ["wikipedia-bs7799", "packt-27001", "aigencon-pocket"] },
      ],
    },
    {
      topic: "Publication date of ISO/IEC 27001:2022",
      positions: [
        { claim: "25 October 2022.", cite: ["cpg-transition", "glocert-transition", "dqs-publication", "schellman-2022"] },
        { claim: "5 October 2022.", cite: ["standcert-2022"] },
      ],
      note: "The difference does not affect certificate holders: the transition period was fixed to end on 31 October 2025 either way.",
    },
  ],
  sources: [
    { id: "wikipedia-bs7799", url: "https://en.wikipedia.org/wiki/BS_7799", title: "BS 7799", publisher: "Wikipedia", accessed: "2026-11-29" },
    { id: "gammassl-history", url: "http://gammassl.co.uk/27001/history.php", title: "History of ISO/IEC 27001 and BS 7799", publisher: "Gamma Secure Systems", accessed: "2026-11-29" },
    { id: "gammassl-works", url: "http://www.gammassl.co.uk/27001/works.php", title: "ISO/IEC 27001 and 27002", publisher: "Gamma Secure Systems", accessed: "2026-11-29" },
    { id: "packt-27001", url: "https://packtpub.com/en-id/product/mastering-information-security-compliance-management-9781803231174/chapter/chapter-2-introduction-to-iso-27001-3/section/iso-27001s-origin-ch03lvl1sec09", title: "Mastering Information Security Compliance Management: ISO 27001's origin", publisher: "Packt", accessed: "2026-11-29" },
    { id: "aigencon-pocket", url: "https://aigencon.com/view/book/ISO27001+ISO27002+A+Pocket+Guide++2nd+edition-EB9781849285247_11.html", title: "ISO27001/ISO27002: A Pocket Guide, chapter 2: Background to the standards", publisher: "IT Governance Publishing (copy)", accessed: "2026-11-29" },
    { id: "secure1st-27001", url: "http://www.secure1st.com/solutions/isms.html", title: "ISMS and ISO 27001", publisher: "Secure1st", accessed: "2026-11-29" },
    { id: "qrsyst-27001", url: "http://qrsyst.com/iso-270012005-information-security-management-system-2/", title: "ISO 27001:2005 Information Security Management System", publisher: "QRS", accessed: "2026-11-29" },
    { id: "cpg-transition", url: "https://www.cpg.global/transition-policy/", title: "New ISO/IEC 27001:2022 will replace its previous edition, which will cease to be valid on 31/10/2025", publisher: "CPG", accessed: "2026-11-29" },
    { id: "glocert-transition", url: "https://www.glocertinternational.com/resources/guides/iso-27001-2022-transition-guide", title: "ISO 27001:2022 transition guide", publisher: "GlocertInternational", accessed: "2026-11-29" },
    { id: "dqs-publication", url: "https://www.dqsglobal.com/en/explore/blog/hk/publication-of-iso-iec-27001-2022", title: "Publication of ISO/IEC 27001:2022", publisher: "DQS", accessed: "2026-11-29" },
    { id: "dqs-transition", url: "https://www.dqsglobal.com/en/explore/blog/hk/transition-requirements-for-iso-27001-2022", title: "Transition for ISO 27001:2022", publisher: "DQS", published: "2023-05-25", accessed: "2026-11-29" },
    { id: "standcert-2022", url: "https://standcert.rs/en/notice-regarding-changes-transition-certification-according-new-edition-standard-isoiec-270012022-edition-02", title: "Notice regarding the changes and transition to certification according to the new edition of ISO/IEC 27001:2022, edition 02", publisher: "StandCert", published: "2023-10-04", accessed: "2026-11-29" },
    { id: "schellman-2022", url: "https://hub.schellman.com/iso-certifications/prepare-for-iso-27001-2022", title: "How to Prepare for ISO/IEC 27001:2022", publisher: "Schellman", accessed: "2026-11-29" },
    { id: "zephtech-27001", url: "https://zephtech.net/feed/2025-10-31-iso-27001-transition-deadline.html", title: "ISO/IEC 27001:2013 certificates expire at transition deadline", publisher: "Zeph Tech", accessed: "2026-11-29" },
    { id: "isto-amd1", url: "https://www.isto.ch/insights/iso9001-climate-amendment-2024", title: "The 2024 climate-change amendment explained", publisher: "ISTO", accessed: "2026-11-29" },
    { id: "degrandson-amd1", url: "https://info.degrandson.com/blog/iso-9001-amd-1", title: "What is ISO 9001:2015, Amendment 1:2024", publisher: "de Grandson", accessed: "2026-11-29" },
    { id: "systemcert-2025", url: "https://systemcertification.co.uk/exciting-time-for-assurance-certification-and-the-future-of-management-systems-standards", title: "Exciting time for assurance, certification and the future of management systems standards (ISO Survey 2024 results)", publisher: "System Certification", accessed: "2026-11-29" },
    { id: "coalfire-cycle", url: "https://www.coalfirecertification.com/approach.html", title: "Our approach: certification cycle", publisher: "Coalfire ISO", accessed: "2026-11-29" },
    { id: "tcspl-faq", url: "https://tcspl.com.sg/resources/client-area/faq", title: "Client area FAQ: the 3-year audit cycle", publisher: "TCSPL", accessed: "2026-11-29" },
    { id: "qualitydigest-certsearch", url: "https://www.qualitydigest.com/inside/standards-article/currency-credibility-valid-iso-certification-according-iso-012121.html", title: "The Currency of Credibility: Valid ISO Certification According to ISO", publisher: "Quality Digest", published: "2021-01-21", accessed: "2026-11-29" },
    { id: "oxebridge-certsearch", url: "https://www.oxebridge.com/emma/iafs-new-attempt-to-make-certsearch-mandatory-cannot-succeed-either/", title: "IAF's new attempt to make CertSearch mandatory cannot succeed either", publisher: "Oxebridge", accessed: "2026-11-29" },
  ],
  description: `ISO/IEC 27001 sets the requirements for an **information security management system** (ISMS): the organisation assesses the risks to the information it holds, chooses controls to treat them, and keeps the whole system under management review and audit. It applies to any kind and size of organisation, including contact centres and BPOs that handle their clients' customer data. It is published jointly by ISO and the IEC through ISO/IEC JTC 1, subcommittee SC 27.

### Where it came from
The standard is the end of a British line. **BS 7799** (1995, revised 1999) had two parts. Part 1, a code of practice, became **ISO/IEC 17799** in December 2000 and was renumbered **ISO/IEC 27002** in 2007. Part 2, the certifiable specification, was revised in 2002 and became **ISO/IEC 27001:2005** on 15 October 2005. Sources disagree on when Part 2 first appeared: February 1998 or 1999. Later editions followed in 2013 and 2022; sources give the 2022 publication date as 25 October (most) or 5 October (one certification body).

### Certification and renewal
An accredited certification body audits the ISMS and issues a three-year certificate, kept alive by annual surveillance audits and renewed by a recertification audit. Under the IAF MD 26 transition, **certificates to the 2013 edition stopped being valid after 31 October 2025**. No authoritative public price or typical duration has been found.

### Checking a holder
Ask for the certificate and check the edition (2022), the certification body and its accreditation, the scope (sites, services and systems that will touch your data) and the expiry date, then look it up in the body's register or in [IAF CertSearch](https://www.iafcertsearch.org). Card payments taken by phone fall under a separate scheme, PCI DSS.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
