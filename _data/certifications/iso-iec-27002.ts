import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-iec-27002",
  name: "ISO/IEC 27002 Information security controls",
  shortName: "ISO/IEC 27002",
  aliases: [
    { name: "ISO 27002", kind: "abbreviation" },
    { name: "ISO/IEC 17799", kind: "former-name", note: "Its number until July 2007." },
    { name: "ISO 17799", kind: "former-name" },
    { name: "BS 7799-1", kind: "former-name", note: "The British standard it descends from." },
    { name: "ISO/IEC 27002:2022", kind: "alternative", note: "The current edition." },
    { name: "ISO/IEC 27002:2013", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["information-security"],
  issuer: "iso",
  assurance: "guidance",
  status: "active",
  supersedes: ["iso-iec-17799"],
  related: ["iso-iec-27001", "bs-7799"],
  statusDetail: {
    note: "The 2022 edition is current; it cancelled and replaced the 2013 edition.",
    cite: ["cqi-27002", "djb-27002"],
  },
  summary: "The international catalogue of information security controls, formerly ISO/IEC 17799 and BS 7799 Part 1; guidance that supports ISO/IEC 27001, not a certification in its own right.",
  history: [
    { date: "2007-07", event: "ISO/IEC 17799:2005 is renumbered ISO/IEC 27002 and joins the ISO/IEC 27000 family.", cite: ["wikipedia-bs7799", "safemode-17799"] },
    { date: "2013", event: "New edition, ISO/IEC 27002:2013, with 114 controls under 14 headings.", cite: ["gammassl-works"] },
    { date: "2022-02-15", event: "New edition, ISO/IEC 27002:2022, published ahead of ISO/IEC 27001:2022; it cancels and replaces the 2013 edition.", cite: ["cqi-27002", "wwise-27002", "schellman-2022", "djb-27002"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Not certifiable: ISO/IEC 27002 is guidance, so there is no certification to price. Organisations are certified to ISO/IEC 27001 instead." },
  timeToAchieve: { status: "not-published", note: "Not certifiable: ISO/IEC 27002 is guidance, so there is no certification to achieve." },
  validity: { status: "not-published", note: "Not certifiable. Organisations are certified to ISO/IEC 27001, whose Annex A lists the controls described in ISO/IEC 27002." },
  editions: [
    {
      id: "2005",
      name: "ISO/IEC 27002:2005",
      claims: ["ISO 27002:2005", "27002:2005"],
      published: "2007-07",
      validUntil: "2013",
      supersedes: [{ certification: "iso-iec-17799", edition: "2005" }],
      cite: ["wikipedia-bs7799", "safemode-17799", "gammassl-works"],
      note: "ISO/IEC 17799:2005 under its new number: renumbered in July 2007 with few changes to the text, so it keeps the year 2005 in its name. It was replaced by the 2013 edition; no source we read gives the day.",
    },
    {
      id: "2013",
      name: "ISO/IEC 27002:2013",
      claims: ["ISO 27002:2013", "27002:2013"],
      published: "2013",
      validUntil: "2022-02-15",
      cite: ["gammassl-works", "cqi-27002", "djb-27002"],
      note: "114 controls under 14 headings. It was cancelled and replaced by the 2022 edition, published on 15 February 2022; as guidance it had no certificates, so the end date is the day the version was replaced.",
    },
    {
      id: "2022",
      name: "ISO/IEC 27002:2022",
      claims: ["ISO 27002:2022", "27002:2022"],
      published: "2022-02-15",
      cite: ["cqi-27002", "wwise-27002"],
      note: "The current edition, retitled \"Information security, cybersecurity and privacy protection – Information security controls\": 93 controls in four themes, each with attributes.",
    },
  ],
  requirements: [
    { text: "The 2013 edition set out 114 controls under 14 headings, with implementation advice for each.", cite: ["gammassl-works"] },
    { text: "The 2022 edition cut the controls to 93, grouped in four themes (organisational, people, physical and technological), and gave each control attributes and a purpose instead of the old control objectives; ISO/IEC 27001:2022 Annex A refers to these controls.", cite: ["dqs-transition", "zephtech-27001"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "No certificate is issued against ISO/IEC 27002. If a supplier cites it, ask for its ISO/IEC 27001 certificate, which is the certifiable standard that uses these controls, and check it as described on the ISO/IEC 27001 page.",
    cite: ["gammassl-works"],
  },
  disagreements: [],
  sources: [
    { id: "wikipedia-bs7799", url: "https://en.wikipedia.org/wiki/BS_7799", title: "BS 7799", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
    { id: "safemode-17799", url: "http://iso-17799.safemode.org/indexa517.html?page=ISO_17799", title: "ISO 17799", publisher: "iso-17799.safemode.org", kind: "reference", accessed: "2026-11-30" },
    { id: "gammassl-works", url: "http://www.gammassl.co.uk/27001/works.php", title: "ISO/IEC 27001 and 27002", publisher: "Gamma Secure Systems", kind: "consultancy", accessed: "2026-11-30" },
    { id: "schellman-2022", url: "https://hub.schellman.com/iso-certifications/prepare-for-iso-27001-2022", title: "How to Prepare for ISO/IEC 27001:2022", publisher: "Schellman", kind: "certification-body", accessed: "2026-11-30" },
    { id: "dqs-transition", url: "https://www.dqsglobal.com/en/explore/blog/hk/transition-requirements-for-iso-27001-2022", title: "Transition for ISO 27001:2022", publisher: "DQS", kind: "certification-body", published: "2023-05-25", accessed: "2026-11-30" },
    { id: "zephtech-27001", url: "https://zephtech.net/feed/2025-10-31-iso-27001-transition-deadline.html", title: "ISO/IEC 27001:2013 certificates expire at transition deadline", publisher: "Zeph Tech", kind: "press", accessed: "2026-11-30" },
    { id: "cqi-27002", url: "https://www.quality.org/news/isoiec-27002-what-you-need-know", title: "ISO/IEC 27002: What you need to know", publisher: "Chartered Quality Institute (CQI | IRCA)", kind: "press", published: "2022-01-28", accessed: "2026-11-30", note: "The page's own date (28 January 2022) is earlier than the publication date it reports; it appears to have been updated after publication." },
    { id: "wwise-27002", url: "https://wwise.co.za/articles/preparing-for-iso-iec-270022022/", title: "Preparing for ISO/IEC 27002:2022", publisher: "WWISE", kind: "consultancy", accessed: "2026-11-30" },
    { id: "djb-27002", url: "https://djb-doradztwo.pl/?p=2377", title: "ISO/IEC 27002:2022: what changes", publisher: "DJB Doradztwo", kind: "consultancy", accessed: "2026-11-30" },
  ],
  description: `ISO/IEC 27002 is the reference list of **information security controls**, with guidance on putting each one in place. It is published by ISO and the IEC through their joint committee ISO/IEC JTC 1, subcommittee SC 27. It is the same document that began life as Part 1 of the British standard **BS 7799** (1995, revised 1999), became **ISO/IEC 17799** in December 2000, and was given its present number in July 2007 when the ISO/IEC 27000 family was assembled. Anyone searching for "ISO 17799" today is looking for this standard.

### A code of practice, not a certificate
ISO/IEC 27002 is guidance. It says what good controls look like, but it sets no requirements that an auditor can certify against, so there is **no ISO/IEC 27002 certificate**, no cost, no duration and no validity period to report. The certifiable standard is **ISO/IEC 27001**: it requires an organisation to assess its information risks and to consider the controls listed in its Annex A, which are the controls described here. A contact centre that says it "follows ISO 27002" is describing its control set; the evidence a buyer can check is its ISO/IEC 27001 certificate.

### Editions
The 2005 edition is ISO/IEC 17799:2005 under its new number, given in July 2007. The 2013 edition had 114 controls under 14 headings. The 2022 edition, published on 15 February 2022, regrouped them into 93 controls in four themes (organisational, people, physical, technological) and added attributes to each control. ISO/IEC 27001:2022, published later that year, points to this set.

To check a supplier's claim, ask for its ISO/IEC 27001 certificate to the 2022 edition and verify it as described on that page.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
