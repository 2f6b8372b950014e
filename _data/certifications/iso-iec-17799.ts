import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-iec-17799",
  name: "ISO/IEC 17799 Code of practice for information security management",
  shortName: "ISO/IEC 17799",
  aliases: [
    { name: "ISO 17799", kind: "abbreviation" },
    { name: "BS 7799-1", kind: "former-name", note: "Part 1 of BS 7799, adopted by ISO and IEC with minor amendments." },
    { name: "BS 7799 Part 1", kind: "former-name" },
    { name: "ISO/IEC 17799:2000", kind: "alternative", note: "The first edition." },
    { name: "ISO/IEC 17799:2005", kind: "alternative", note: "The second edition, renumbered ISO/IEC 27002 in 2007." },
    { name: "BS ISO/IEC 17799", kind: "alternative", note: "The UK edition." },
  ],
  kind: "organisation",
  categories: ["information-security"],
  issuer: "iso",
  assurance: "guidance",
  status: "superseded",
  supersedes: ["bs-7799"],
  supersededBy: ["iso-iec-27002"],
  related: ["iso-iec-27001"],
  statusDetail: {
    note: "Renumbered ISO/IEC 27002 in July 2007; the number ISO/IEC 17799 is no longer used.",
    cite: ["wikipedia-bs7799", "safemode-17799"],
  },
  summary: "The international code of practice for information security controls from 2000 to 2007, taken from BS 7799 Part 1 and renumbered ISO/IEC 27002; guidance, never a certification in its own right.",
  history: [
    { date: "1999-10", event: "Part 1 of BS 7799 is proposed to ISO through the fast-track procedure.", cite: ["gammassl-history"] },
    { start: true, date: "2000-12-01", event: "Published as ISO/IEC 17799:2000, Information technology – Code of practice for information security management.", cite: ["gammassl-history", "wikipedia-bs7799"] },
    { date: "2005-06", event: "Second edition, ISO/IEC 17799:2005, published with the controls reorganised and more weight on risk assessment.", cite: ["safemode-17799", "wikipedia-bs7799"] },
    { date: "2007-07", event: "Renumbered ISO/IEC 27002 to join the ISO/IEC 27000 family, an administrative change with few changes to the text.", cite: ["wikipedia-bs7799", "safemode-17799", "wisegeek-17799"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Not certifiable: a code of practice has no certification to price. Organisations were certified to BS 7799-2 and later ISO/IEC 27001 instead." },
  timeToAchieve: { status: "not-published", note: "Not certifiable: a code of practice has no certification to achieve." },
  validity: { status: "not-published", note: "Not certifiable. Organisations were certified against BS 7799-2 and, from 2005, ISO/IEC 27001, using ISO/IEC 17799 as the catalogue of controls." },
  editions: [
    {
      id: "2000",
      name: "ISO/IEC 17799:2000",
      claims: ["ISO 17799:2000", "17799:2000", "BS ISO/IEC 17799:2000"],
      published: "2000-12-01",
      validUntil: "2005-06",
      cite: ["gammassl-history", "wikipedia-bs7799", "safemode-17799"],
      note: "The first edition: BS 7799 Part 1 adopted with minor amendments. It was replaced by the second edition in June 2005; as guidance it had no certificates, so the end date is the day the version was replaced.",
    },
    {
      id: "2005",
      name: "ISO/IEC 17799:2005",
      claims: ["ISO 17799:2005", "17799:2005", "BS ISO/IEC 17799:2005"],
      published: "2005-06",
      cite: ["safemode-17799", "wikipedia-bs7799", "wisegeek-17799"],
      note: "The second and last edition under this number. In July 2007 it was renumbered ISO/IEC 27002 (as ISO/IEC 27002:2005), with few changes to the text; later editions are on the ISO/IEC 27002 page.",
    },
  ],
  requirements: [
    { text: "A code of practice: it recommends controls rather than setting auditable requirements. The 2005 edition contains 36 control objectives and 133 controls in 11 sections.", cite: ["safemode-17799"] },
  ],
  recognition: [
    { text: "The c. 2004 article treats \"BS 7799 (ISO 17799)\" as one standard and calls it the most widely recognised security standard in the world.", cite: ["bpmwatch"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "There is no ISO/IEC 17799 certificate to check. A supplier claiming \"ISO 17799 compliance\" should be asked for an ISO/IEC 27001 certificate, the certifiable standard whose control list comes from this code of practice (now ISO/IEC 27002).",
    cite: ["wikipedia-bs7799", "secure1st-27001"],
  },
  disagreements: [],
  sources: [
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", kind: "consultancy", accessed: "2026-11-30" },
    { id: "gammassl-history", url: "http://gammassl.co.uk/27001/history.php", title: "History of ISO/IEC 27001 and BS 7799", publisher: "Gamma Secure Systems", kind: "consultancy", accessed: "2026-11-30" },
    { id: "wikipedia-bs7799", url: "https://en.wikipedia.org/wiki/BS_7799", title: "BS 7799", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
    { id: "safemode-17799", url: "http://iso-17799.safemode.org/indexa517.html?page=ISO_17799", title: "ISO 17799", publisher: "iso-17799.safemode.org", kind: "reference", accessed: "2026-11-30" },
    { id: "wisegeek-17799", url: "https://wise-geek.com/what-is-iso-17799.htm", title: "What is ISO 17799?", publisher: "wiseGEEK", kind: "reference", accessed: "2026-11-30" },
    { id: "secure1st-27001", url: "http://www.secure1st.com/solutions/isms.html", title: "ISMS and ISO 27001", publisher: "Secure1st", kind: "consultancy", accessed: "2026-11-30" },
  ],
  description: `ISO/IEC 17799 was the first international **code of practice for information security**. It was Part 1 of the British standard BS 7799, put through ISO's fast-track procedure in 1999 and published by ISO and the IEC (through their joint committee ISO/IEC JTC 1, subcommittee SC 27) on 1 December 2000 with only minor amendments. The c. 2004 article this site grew from calls it "BS 7799 (ISO 17799)" and, garbling the number, "BS EN 15017799".

### What it was, and was not
It listed security controls (security policy, access control, classification of information, systems development and more) with advice on implementing them; the 2005 edition had 133 controls under 36 objectives in 11 sections. As a code of practice it set no auditable requirements, so **no organisation was ever certified to ISO/IEC 17799**. Certification was to the companion specification: BS 7799 Part 2 until 2005, then ISO/IEC 27001, both of which required an organisation to consider these controls when treating its risks. A claim of "ISO 17799 certification" can only refer to one of those.

### What became of it
A second edition appeared in June 2005. In July 2007 the standard was renumbered **ISO/IEC 27002** so that it would sit in the ISO/IEC 27000 family, with few changes to the text; later editions are described on the ISO/IEC 27002 page.

There was never a cost, duration or validity period to report. To check a supplier today, ask for an ISO/IEC 27001 certificate to the 2022 edition.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
