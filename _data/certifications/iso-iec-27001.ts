import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-iec-27001",
  name: "ISO/IEC 27001 Information security management systems – Requirements",
  shortName: "ISO/IEC 27001",
  aliases: [
    { name: "27001", kind: "abbreviation", note: "The number alone, as CVs and proposals often write it." },
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
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "The 2022 edition is current; certification bodies accredited for it audit and certify against it, and certificates to the 2013 edition lapsed after 31 October 2025.",
    cite: ["rva-27001", "cpg-transition"],
  },
  supersedes: ["bs-7799"],
  related: ["iso-iec-27002", "iso-iec-17799", "pci-dss", "iso-9001", "iso-iec-20000-1"],
  summary: "The certifiable international standard for an information security management system, descended from BS 7799 Part 2; current edition 2022, and 2013-edition certificates lapsed after 31 October 2025.",
  history: [
    { date: "1995-02", event: "BSI publishes BS 7799, a code of practice for information security management; its Part 1 line leads to ISO/IEC 17799 and ISO/IEC 27002.", cite: ["wikipedia-bs7799", "gammassl-history"] },
    { date: "1998-02", event: "BS 7799-2:1998, the certifiable specification, is added (according to one set of sources).", cite: ["gammassl-history"], note: "Other sources say Part 2 first appeared in 1999; see the disagreement below." },
    { date: "1999", event: "BS 7799 Part 2, \"Information security management systems – Specification with guidance for use\", is first published (according to other sources).", cite: ["wikipedia-bs7799", "packt-27001", "aec-history"], note: "See the disagreement on 1998 versus 1999." },
    { date: "2000-12-01", event: "BS 7799 Part 1 becomes ISO/IEC 17799:2000 (renumbered ISO/IEC 27002 in July 2007).", cite: ["gammassl-history", "wikipedia-bs7799"] },
    { date: "2002-09-05", event: "BS 7799-2:2002 is launched, introducing the Plan-Do-Check-Act model and continual improvement.", cite: ["gammassl-history", "packt-27001"] },
    { start: true, date: "2005-10-15", event: "ISO/IEC 27001:2005 is published, replacing BS 7799-2; certification bodies offer conversion of BS 7799 certificates.", cite: ["secure1st-27001", "qrsyst-27001"] },
    { date: "2013-10-01", event: "Second edition, ISO/IEC 27001:2013, published (date used by UKAS in setting the transition; a consultancy gives 25 September 2013); aligned with the common structure for ISO management-system standards.", cite: ["ukas-2013", "gammassl-works"], note: "See the edition's disagreement on the publication date." },
    { date: "2015-10-01", event: "End of the two-year transition from the 2005 edition under the IAF resolution quoted by UKAS.", cite: ["ukas-2013"] },
    { date: "2022-10-25", event: "Third edition, ISO/IEC 27001:2022, published (date given by most sources; one certification body gives 5 October 2022); a three-year transition from the 2013 edition begins.", cite: ["cpg-transition", "glocert-transition", "dqs-publication", "rva-27001"], note: "See the edition's disagreement on the publication date." },
    { date: "2024-02-23", event: "Amendment 1:2024 adds climate change to clauses 4.1 and 4.2.", cite: ["isto-amd1", "degrandson-amd1"] },
    { date: "2024-05-01", event: "From this date certification bodies may no longer carry out initial or recertification audits to the 2013 edition.", cite: ["rva-27001", "cpg-transition"] },
    { date: "2025-10-31", event: "End of the IAF MD 26 transition: certificates to ISO/IEC 27001:2013 are no longer valid.", cite: ["cpg-transition", "glocert-transition", "dqs-transition"] },
    { date: "2026-01-01", event: "The Global Accreditation Cooperation Incorporated takes over the roles of the IAF and ILAC, under whose arrangement the accreditation behind ISO/IEC 27001 certificates had been recognised.", cite: ["gac-home", "nata-gac"] },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      {
        min: 15000,
        max: 60000,
        currency: "USD",
        basis: "per-organisation",
        priceType: "indicative",
        context: "small to mid-size organisations",
        covers: "the whole process of getting certified: building the management system and the two-stage external audit",
        asOf: "2025",
        cite: ["legalclarity-27001-steps"],
        note: "Undated page, written after the 31 October 2025 transition deadline, which it describes in the past tense.",
      },
      {
        min: 50000,
        max: 200000,
        currency: "USD",
        basis: "per-organisation",
        priceType: "indicative",
        context: "depending on organisation size and complexity",
        covers: "achieving certification",
        asOf: "2026",
        cite: ["legalclarity-27001-compliance"],
        note: "The same publisher gives two different ranges on two pages; both are shown. No certification body's published price list for ISO/IEC 27001 was found.",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P3M", max: "P12M", context: "typical time to certification, from building the management system to the external audit", asOf: "2025", cite: ["legalclarity-27001-steps"], note: "Undated page, written after 31 October 2025." },
      { min: "P6M", max: "P12M", context: "typical time to certification", asOf: "2026", cite: ["legalclarity-27001-compliance"] },
      { min: "P6M", max: "P9M", context: "preparation (gap analysis and implementation) for a typical organisation of 20–100 employees, before the stage 1 audit in month 10 and stage 2 in month 11 or 12", asOf: "2026-03", cite: ["gimix-27001"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certificate",
        period: "P3Y",
        renewal: "A recertification audit before the three-year certificate expires starts a new cycle.",
        cite: ["coalfire-cycle", "tcspl-faq", "legalclarity-27001-steps"],
      },
      {
        appliesTo: "Surveillance audits",
        period: "P1Y",
        renewal: "Annual surveillance audits by the certification body in the second and third years keep the certificate valid.",
        cite: ["coalfire-cycle", "tcspl-faq", "legalclarity-27001-steps"],
      },
    ],
  },
  auditTime: {
    rule: "ISO/IEC 27006, audit time table (Annex B in the 2015 edition), as reproduced by a certification body",
    audit: "initial certification audit (stage 1 and stage 2), gross days before adjustment for the organisation's context",
    rows: [
      { staffMin: 1, staffMax: 10, days: 5 },
      { staffMin: 11, staffMax: 15, days: 6 },
      { staffMin: 16, staffMax: 25, days: 7 },
      { staffMin: 26, staffMax: 45, days: 8.5 },
      { staffMin: 46, staffMax: 65, days: 10 },
      { staffMin: 66, staffMax: 85, days: 11 },
      { staffMin: 86, staffMax: 125, days: 12 },
      { staffMin: 126, staffMax: 175, days: 13 },
    ],
    cite: ["digitrust-audit-days", "assent-27006"],
    note: "Partial table: the certification body's page lists full-time equivalents up to 175 and then says \"etc.\"; larger bands were not found in a source we could read. The page calls these \"gross days\", to which days are added or subtracted for the organisation's context (for example, half a day less where no software is developed), and does not say which edition of ISO/IEC 27006 it copies. A consultancy notes that Annex B of ISO/IEC 27006:2015 became mandatory for UKAS-accredited bodies from 31 October 2017 and split the old 11–25 staff band in two.",
  },
  editions: [
    {
      id: "2005",
      name: "ISO/IEC 27001:2005",
      claims: ["ISO 27001:2005", "27001:2005", "BS ISO/IEC 27001:2005"],
      published: "2005-10-15",
      newCertificationEnds: "2014-10-01",
      validUntil: "2015-10-01",
      supersedes: [{ certification: "bs-7799", edition: "2002" }],
      cite: ["secure1st-27001", "qrsyst-27001", "ukas-2013", "qualitymatters-2013"],
      note: "The first international edition, which replaced BS 7799-2:2002. Under the IAF resolution quoted by UKAS, new accredited certifications had to be to the 2013 edition one year after its publication, and the 2005 edition's transition ended two years after it.",
      disagreements: [
        {
          field: "newCertificationEnds",
          positions: [
            { date: "2014-10-01", claim: "One year after publication of the 2013 edition (1 October 2013), all new accredited certifications were to be to the 2013 edition.", cite: ["ukas-2013"] },
            { date: "2014-09", claim: "New applicants could choose the 2005 or 2013 edition up to September 2014.", cite: ["qualitymatters-2013"] },
          ],
          note: "The consultancy counts from a 25 September 2013 publication date; UKAS from 1 October 2013.",
        },
        {
          field: "validUntil",
          positions: [
            { date: "2015-10-01", claim: "Deadline for conformance to the 2013 edition: two years from its publication on 1 October 2013.", cite: ["ukas-2013"] },
            { date: "2015-09-24", claim: "Upgrade deadline extended to 24 September 2015.", cite: ["qualitymatters-2013"] },
          ],
        },
      ],
    },
    {
      id: "2013",
      name: "ISO/IEC 27001:2013",
      claims: ["ISO 27001:2013", "27001:2013", "EN ISO/IEC 27001:2017", "NEN-EN ISO/IEC 27001:2017+A11:2020"],
      published: "2013-10-01",
      newCertificationEnds: "2024-04-30",
      validUntil: "2025-10-31",
      cite: ["ukas-2013", "rva-27001", "cpg-transition", "glocert-transition", "dqs-transition"],
      note: "The European adoption of this edition was published as EN ISO/IEC 27001:2017 (in the Netherlands NEN-EN ISO/IEC 27001:2017+A11:2020); the Dutch accreditation body treats it as the same edition for the transition. From 1 May 2024 certification bodies could no longer carry out initial or recertification audits to it, and its certificates could run only until the end of October 2025.",
      disagreements: [
        {
          field: "published",
          positions: [
            { date: "2013-10-01", claim: "Date of publication used by UKAS and the IAF resolution it quotes.", cite: ["ukas-2013"] },
            { date: "2013-09-25", claim: "Published on 25 September 2013.", cite: ["qualitymatters-2013"] },
          ],
        },
        {
          field: "newCertificationEnds",
          positions: [
            { date: "2024-04-30", claim: "From 1 May 2024 (18 months after publication), no initial or reassessment audits to the 2013 edition.", cite: ["rva-27001", "cpg-transition"] },
            { date: "2023-10-31", claim: "From 1 November 2023 (12 months after publication), no initial certification or recertification audits to the 2013 edition.", cite: ["turkak-27001"] },
          ],
          note: "The Turkish accreditation body's January 2023 notice followed the first issue of IAF MD 26; the second issue of February 2023 changed the deadline for initial and recertification audits, and later notices give 1 May 2024.",
        },
      ],
    },
    {
      id: "2022",
      name: "ISO/IEC 27001:2022",
      claims: ["ISO 27001:2022", "27001:2022", "ISO/IEC 27001:2022/Amd 1:2024", "ISO 27001:2022/Amd 1:2024"],
      published: "2022-10-25",
      cite: ["cpg-transition", "glocert-transition", "dqs-publication", "rva-27001", "standcert-2022", "isto-amd1", "degrandson-amd1"],
      note: "The current edition. Amendment 1, published on 23 February 2024, added climate change to clauses 4.1 and 4.2; it amends this edition rather than replacing it, so claims that name the amendment are matched here.",
      disagreements: [
        {
          field: "published",
          positions: [
            { date: "2022-10-25", claim: "Published on 25 October 2022.", cite: ["cpg-transition", "glocert-transition", "dqs-publication", "rva-27001", "schellman-2022", "turkak-27001"] },
            { date: "2022-10-05", claim: "Published on 5 October 2022.", cite: ["standcert-2022"] },
          ],
          note: "The difference does not affect certificate holders: the transition was fixed to end on 31 October 2025 either way.",
        },
      ],
    },
  ],
  requirements: [
    { text: "The organisation must run an information security management system: assess its information risks and select controls to treat them, considering the full list of controls in Annex A (the controls of ISO/IEC 27002).", cite: ["gammassl-works"] },
    { text: "In the 2022 edition Annex A lists 93 controls in four themes (organisational, people, physical, technological), down from 114 controls in 14 clauses in the 2013 edition.", cite: ["dqs-transition", "zephtech-27001"] },
    { text: "Since Amendment 1:2024 the organisation must decide whether climate change is a relevant issue for its management system.", cite: ["degrandson-amd1", "isto-amd1"] },
  ],
  recognition: [
    { text: "The ISO Survey for 2024 counted 96,709 ISO/IEC 27001 certificates, against 47,291 for 2023; the rise has to be read in light of the survey's switch to data from IAF CertSearch, to which, by 2025, certification bodies had to upload their certificates.", cite: ["systemcert-2025"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the certificate and check: the edition (it must say ISO/IEC 27001:2022, because 2013-edition certificates lapsed after 31 October 2025); the certification body and the national accreditation body behind it; the scope, which should cover the sites, services and systems that will handle your data; and the expiry date. Then confirm it in the certification body's own register or directly with the certification body. Since 1 January 2026 the international recognition of accreditation bodies has passed from the IAF to the Global Accreditation Cooperation Incorporated; we found no public statement on whether the IAF's certificate database, IAF CertSearch, carries on under the new body, and even before the merger it held only part of the accredited certificates, so a missing entry there is a reason to ask the certification body, not proof of a fake.",
    cite: ["cpg-transition", "gac-home", "nata-gac", "iaf-certsearch-faq", "oxebridge-certsearch"],
  },
  disagreements: [
    {
      topic: "When BS 7799 Part 2, the forerunner of ISO/IEC 27001, was first published",
      positions: [
        { claim: "February 1998, as BS 7799-2:1998.", cite: ["gammassl-history"] },
        { claim: "1999, together with the revised Part 1.", cite: ["wikipedia-bs7799", "packt-27001", "aec-history"] },
      ],
    },
  ],
  sources: [
    { id: "wikipedia-bs7799", url: "https://en.wikipedia.org/wiki/BS_7799", title: "BS 7799", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
    { id: "gammassl-history", url: "http://gammassl.co.uk/27001/history.php", title: "History of ISO/IEC 27001 and BS 7799", publisher: "Gamma Secure Systems", kind: "consultancy", accessed: "2026-11-30" },
    { id: "gammassl-works", url: "http://www.gammassl.co.uk/27001/works.php", title: "ISO/IEC 27001 and 27002", publisher: "Gamma Secure Systems", kind: "consultancy", accessed: "2026-11-30" },
    { id: "packt-27001", url: "https://packtpub.com/en-id/product/mastering-information-security-compliance-management-9781803231174/chapter/chapter-2-introduction-to-iso-27001-3/section/iso-27001s-origin-ch03lvl1sec09", title: "Mastering Information Security Compliance Management: ISO 27001's origin", publisher: "Packt", kind: "reference", accessed: "2026-11-30", note: "A chapter of a published book, on the publisher's site." },
    { id: "aec-history", url: "https://a-ec.co/iso/iso27001-iso22301/iso-27001-history/", title: "ISO 27001 History", publisher: "A-EC", kind: "consultancy", accessed: "2026-11-30", note: "Replaces a copy of the IT Governance pocket guide on aigencon.com, a scraped copy whose original was not found." },
    { id: "secure1st-27001", url: "http://www.secure1st.com/solutions/isms.html", title: "ISMS and ISO 27001", publisher: "Secure1st", kind: "consultancy", accessed: "2026-11-30" },
    { id: "qrsyst-27001", url: "http://qrsyst.com/iso-270012005-information-security-management-system-2/", title: "ISO 27001:2005 Information Security Management System", publisher: "QRS", kind: "consultancy", accessed: "2026-11-30" },
    { id: "ukas-2013", url: "https://www.ukas.com/resources/technical-bulletins/transition-to-isoiec-27001-2013-updated-june-2014/", title: "Transition to ISO/IEC 27001:2013 – Updated June 2014", publisher: "UKAS", kind: "accreditation-body", published: "2014-06", accessed: "2026-11-30" },
    { id: "qualitymatters-2013", url: "https://www.quality-matters.com/uncategorised/iso-270012013-upgrade/", title: "ISO 27001:2013 Upgrade", publisher: "Quality Matters", kind: "consultancy", published: "2013-12-16", accessed: "2026-11-30" },
    { id: "rva-27001", url: "https://www.rva.nl/en/nieuws/transition-information-security-management-systems-iso-iec-270012022/", title: "Transition Information Security Management Systems ISO/IEC 27001:2022", publisher: "Raad voor Accreditatie (Dutch Accreditation Council)", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "turkak-27001", url: "https://turkak.org.tr/en/announcements/transition-requirements-for-the-isoiec-270012022-standard.html", title: "Transition Requirements for the ISO/IEC 27001:2022 Standard", publisher: "TÜRKAK (Turkish Accreditation Agency)", kind: "accreditation-body", published: "2023-01-05", accessed: "2026-11-30" },
    { id: "cpg-transition", url: "https://www.cpg.global/transition-policy/", title: "New ISO/IEC 27001:2022 will replace its previous edition, which will cease to be valid on 31/10/2025", publisher: "CPG", kind: "certification-body", accessed: "2026-11-30" },
    { id: "glocert-transition", url: "https://www.glocertinternational.com/resources/guides/iso-27001-2022-transition-guide", title: "ISO 27001:2022 transition guide", publisher: "GlocertInternational", kind: "certification-body", accessed: "2026-11-30" },
    { id: "dqs-publication", url: "https://www.dqsglobal.com/en/explore/blog/hk/publication-of-iso-iec-27001-2022", title: "Publication of ISO/IEC 27001:2022", publisher: "DQS", kind: "certification-body", accessed: "2026-11-30" },
    { id: "dqs-transition", url: "https://www.dqsglobal.com/en/explore/blog/hk/transition-requirements-for-iso-27001-2022", title: "Transition for ISO 27001:2022", publisher: "DQS", kind: "certification-body", published: "2023-05-25", accessed: "2026-11-30" },
    { id: "standcert-2022", url: "https://standcert.rs/en/notice-regarding-changes-transition-certification-according-new-edition-standard-isoiec-270012022-edition-02", title: "Notice regarding the changes and transition to certification according to the new edition of ISO/IEC 27001:2022, edition 02", publisher: "StandCert", kind: "certification-body", published: "2023-10-04", accessed: "2026-11-30" },
    { id: "schellman-2022", url: "https://hub.schellman.com/iso-certifications/prepare-for-iso-27001-2022", title: "How to Prepare for ISO/IEC 27001:2022", publisher: "Schellman", kind: "certification-body", accessed: "2026-11-30" },
    { id: "zephtech-27001", url: "https://zephtech.net/feed/2025-10-31-iso-27001-transition-deadline.html", title: "ISO/IEC 27001:2013 certificates expire at transition deadline", publisher: "Zeph Tech", kind: "press", accessed: "2026-11-30" },
    { id: "isto-amd1", url: "https://www.isto.ch/insights/iso9001-climate-amendment-2024", title: "The 2024 climate-change amendment explained", publisher: "ISTO", kind: "consultancy", accessed: "2026-11-30" },
    { id: "degrandson-amd1", url: "https://info.degrandson.com/blog/iso-9001-amd-1", title: "What is ISO 9001:2015, Amendment 1:2024", publisher: "de Grandson", kind: "consultancy", accessed: "2026-11-30" },
    { id: "systemcert-2025", url: "https://systemcertification.co.uk/exciting-time-for-assurance-certification-and-the-future-of-management-systems-standards", title: "Exciting time for assurance, certification and the future of management systems standards (ISO Survey 2024 results)", publisher: "System Certification", kind: "certification-body", accessed: "2026-11-30" },
    { id: "coalfire-cycle", url: "https://www.coalfirecertification.com/approach.html", title: "Our approach: certification cycle", publisher: "Coalfire ISO", kind: "certification-body", accessed: "2026-11-30" },
    { id: "tcspl-faq", url: "https://tcspl.com.sg/resources/client-area/faq", title: "Client area FAQ: the 3-year audit cycle", publisher: "TCSPL", kind: "certification-body", accessed: "2026-11-30" },
    { id: "legalclarity-27001-steps", url: "https://legalclarity.org/how-to-become-iso-27001-certified-steps-and-costs/", title: "How to Become ISO 27001 Certified: Steps and Costs", publisher: "LegalClarity", kind: "press", accessed: "2026-11-30" },
    { id: "legalclarity-27001-compliance", url: "https://legalclarity.org/iso-27001-compliance-requirements-audits-and-costs/", title: "ISO 27001 Compliance: Requirements, Audits, and Costs", publisher: "LegalClarity", kind: "press", accessed: "2026-11-30" },
    { id: "gimix-27001", url: "https://gimix.es/en/knowledge/iso-27001-certification-process", title: "The ISO 27001 Certification Process: Time, Costs, and Steps", publisher: "Gimix", kind: "consultancy", published: "2026-03-02", accessed: "2026-11-30" },
    { id: "digitrust-audit-days", url: "https://www.digitrust.nl/en/?p=29197", title: "How the number of audit days for ISO 27001 certification is calculated", publisher: "DigiTrust", kind: "certification-body", accessed: "2026-11-30" },
    { id: "assent-27006", url: "https://www.assentriskmanagement.co.uk/iso-27001-certification-days-increase/", title: "Your ISO 27001 Certification Days Could be About to Increase", publisher: "Assent Risk Management", kind: "consultancy", accessed: "2026-11-30" },
    { id: "gac-home", url: "https://globalaccreditationcooperationincorporated.org", title: "Global Accreditation Cooperation Incorporated: About us", publisher: "Global Accreditation Cooperation Incorporated", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "nata-gac", url: "https://nata.com.au/news/why-global-accreditation-cooperation-incorporated-matters", title: "Why Global Accreditation Cooperation Incorporated matters", publisher: "NATA", kind: "accreditation-body", published: "2026-01-12", accessed: "2026-11-30" },
    { id: "iaf-certsearch-faq", url: "https://iaf.nu/en/faq/q5-if-an-iaf-ab-member-suspends-a-certification-bodys-accreditation-and-that-accreditation-is-included-in-the-iaf-certsearch-does-the-ab-have-to-inform-certsearch-of-the-suspension-status/", title: "Q5: If an IAF AB member suspends a certification body's accreditation … does the AB have to inform CertSearch?", publisher: "International Accreditation Forum", kind: "accreditation-body", published: "2022-06-06", accessed: "2026-11-30" },
    { id: "oxebridge-certsearch", url: "https://www.oxebridge.com/emma/iafs-new-attempt-to-make-certsearch-mandatory-cannot-succeed-either/", title: "IAF's new attempt to make CertSearch mandatory cannot succeed either", publisher: "Oxebridge", kind: "consultancy", accessed: "2026-11-30" },
  ],
  description: `ISO/IEC 27001 sets the requirements for an **information security management system** (ISMS): the organisation assesses the risks to the information it holds, chooses controls to treat them, and keeps the whole system under management review and audit. It applies to any kind and size of organisation, including contact centres and BPOs that handle their clients' customer data. It is published jointly by ISO and the IEC through ISO/IEC JTC 1, subcommittee SC 27.

### Where it came from
The standard is the end of a British line. **BS 7799** (1995, revised 1999) had two parts. Part 1, a code of practice, became **ISO/IEC 17799** in December 2000 and was renumbered **ISO/IEC 27002** in 2007. Part 2, the certifiable specification, was revised in 2002 and became **ISO/IEC 27001:2005** on 15 October 2005. Sources disagree on when Part 2 first appeared: February 1998 or 1999.

### Editions and transitions
- **2005**: the first edition. New accredited certificates had to be to the 2013 edition from one year after its publication, and the 2005 edition's transition ended on 1 October 2015 (UKAS; a consultancy gives 24 September 2015).
- **2013**: published on 1 October 2013 according to UKAS (25 September according to a consultancy). Under IAF MD 26, no initial or recertification audits to it were allowed from 1 May 2024, and **its certificates stopped being valid after 31 October 2025**.
- **2022**: the current edition, published on 25 October 2022 according to most sources (5 October according to one certification body), amended in February 2024 to bring in climate change.

### Cost, time and audit days
ISO/IEC 27001 is a certification: an accredited certification body audits the ISMS in two stages and issues a three-year certificate, kept alive by annual surveillance audits and renewed by a recertification audit. No certification body's own price list was found. One publisher of plain-English guides puts the cost of getting certified at US$15,000–60,000 for small and mid-size organisations, and elsewhere at US$50,000–200,000 depending on size and complexity; typical time to certification is given as three to twelve or six to twelve months. The audit itself is sized by head count under ISO/IEC 27006: for example, five audit days for the initial audit of an organisation of up to ten people, before adjustments (only part of the table was found in a readable source).

### Checking a holder
Ask for the certificate and check the edition (2022), the certification body and its accreditation, the scope (sites, services and systems that will touch your data) and the expiry date, then confirm it in the certification body's register or with the body itself. Since 1 January 2026 the IAF's role in recognising accreditation bodies has passed to the Global Accreditation Cooperation Incorporated; whether the IAF's certificate database, IAF CertSearch, continues under the new body was not stated in any source we found, and it never held every certificate. Card payments taken by phone fall under a separate scheme, PCI DSS.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
