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
  status: "active",
  supersedes: ["iso-iec-17799"],
  related: ["iso-iec-27001", "bs-7799"],
  summary: "The international catalogue of information security controls, formerly ISO/IEC 17799 and BS 7799 Part 1; guidance that supports ISO/IEC 27001, not a certification in its own right.",
  history: [
    { date: "2007-07", event: "ISO/IEC 17799:2005 is renumbered ISO/IEC 27002 and joins the ISO/IEC 27000 family.", cite: ["wikipedia-bs7799", "safemode-17799"] },
    { date: "2013", event: "New edition, ISO/IEC 27002:2013, with 114 controls under 14 headings.", cite: ["gammassl-works"] },
    { date: "2022-02", event: "New edition, ISO/IEC 27002:2022, released ahead of ISO/IEC 27001:2022.", cite: ["schellman-2022"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Guidance only: there is no certification to price." },
  timeToAchieve: { status: "not-published", note: "Guidance only: there is no certification to achieve." },
  validity: { status: "not-published", note: "Not certifiable. Organisations are certified to ISO/IEC 27001, whose Annex A lists the controls described in ISO/IEC 27002." },
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
    { id: "wikipedia-bs7799", url: "https://en.wikipedia.org/wiki/BS_7799", title: "BS 7799", publisher: "Wikipedia", accessed: "2026-11-29" },
    { id: "safemode-17799", url: "http://iso-17799.safemode.org/indexa517.html?page=ISO_17799", title: "ISO 17799", publisher: "iso-17799.safemode.org", accessed: "2026-11-29" },
    { id: "gammassl-works", url: "http://www.gammassl.co.uk/27001/works.php", title: "ISO/IEC 27001 and 27002", publisher: "Gamma Secure Systems", accessed: "2026-11-29" },
    { id: "schellman-2022", url: "https://hub.schellman.com/iso-certifications/prepare-for-iso-27001-2022", title: "How to Prepare for ISO/IEC 27001:2022", publisher: "Schellman", accessed: "2026-11-29" },
    { id: "dqs-transition", url: "https://www.dqsglobal.com/en/explore/blog/hk/transition-requirements-for-iso-27001-2022", title: "Transition for ISO 27001:2022", publisher: "DQS", published: "2023-05-25", accessed: "2026-11-29" },
    { id: "zephtech-27001", url: "https://zephtech.net/feed/2025-10-31-iso-27001-transition-deadline.html", title: "ISO/IEC 27001:2013 certificates expire at transition deadline", publisher: "Zeph Tech", accessed: "2026-11-29" },
  ],
  description: `ISO/IEC 27002 is the reference list of **information security controls**, with guidance on putting each one in place. It is published by ISO and the IEC through their joint committee ISO/IEC JTC 1, subcommittee SC 27. It is the same document that began life as Part 1 of the British standard **BS 7799** (1995, revised 1999), became **ISO/IEC 17799** in December 2000, and was given its present number in July 2007 when the ISO/IEC 27000 family was assembled. Anyone searching for "ISO 17799" today is looking for this standard.

### A code of practice, not a certificate
ISO/IEC 27002 is guidance. It says what good controls look like, but it sets no requirements that an auditor can certify against, so there is **no ISO/IEC 27002 certificate**, no cost, no duration and no validity period to report. The certifiable standard is **ISO/IEC 27001**: it requires an organisation to assess its information risks and to consider the controls listed in its Annex A, which are the controls described here. A contact centre that says it "follows ISO 27002" is describing its control set; the evidence a buyer can check is its ISO/IEC 27001 certificate.

### Editions
The 2013 edition had 114 controls under 14 headings. The 2022 edition, released in February 2022, regrouped them into 93 controls in four themes (organisational, people, physical, technological) and added attributes to each control. ISO/IEC 27001:2022, published later that year, points to this set.

To check a supplier's claim, ask for its ISO/IEC 27001 certificate to the 2022 edition and verify it as described on that page.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
