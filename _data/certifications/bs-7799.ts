import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "bs-7799",
  name: "BS 7799 Information security management (Parts 1 and 2)",
  shortName: "BS 7799",
  aliases: [
    { name: "BS7799", kind: "alternative" },
    { name: "BS 7799-1", kind: "alternative", note: "Part 1, the code of practice; adopted internationally as ISO/IEC 17799, now ISO/IEC 27002." },
    { name: "BS 7799-2", kind: "alternative", note: "Part 2, the certifiable specification for an information security management system; replaced by ISO/IEC 27001." },
    { name: "BS 7799 Part 2", kind: "alternative" },
    { name: "BS 7799:1995", kind: "alternative", note: "The first edition." },
    { name: "BS 7799:1999", kind: "alternative", note: "The 1999 revision." },
  ],
  kind: "organisation",
  categories: ["information-security"],
  issuer: "bsi",
  status: "superseded",
  supersededBy: ["iso-iec-17799", "iso-iec-27001"],
  related: ["iso-iec-27002"],
  summary: "The British information-security standard of 1995–2005: its Part 1 code of practice became ISO/IEC 17799 (now ISO/IEC 27002) and its certifiable Part 2 became ISO/IEC 27001.",
  history: [
    { date: "1989", event: "The UK Department of Trade and Industry's Commercial Computer Security Centre publishes a users' code of practice for information security, the starting point of BS 7799.", cite: ["gammassl-history"] },
    { date: "1995-02", event: "BSI publishes BS 7799, a code of practice for information security management (after a period as the guidance document PD 0003).", cite: ["wikipedia-bs7799", "gammassl-history"] },
    { date: "1996", event: "BS 7799:1995 is put forward as an ISO standard and narrowly voted down.", cite: ["gammassl-history"] },
    { date: "1998-02", event: "A second part, BS 7799-2:1998, is added (as one set of sources reports).", cite: ["gammassl-history"], note: "Other sources date the first BS 7799-2 to 1999; see the disagreement below." },
    { date: "1999", event: "BS 7799 Part 2, a specification supporting certification, is first published (as other sources report).", cite: ["wikipedia-bs7799", "packt-27001"], note: "See the disagreement on 1998 versus 1999." },
    { date: "1999-04", event: "Revised edition BS 7799:1999, adding controls for areas such as e-commerce, teleworking and mobile computing.", cite: ["gammassl-history", "bsieducation-7799"] },
    { date: "1999-05", event: "The c. 2004 article dates the revision that \"put it on to the world stage\" to May 1999.", cite: ["bpmwatch"], note: "Other sources give April 1999; see the disagreement below." },
    { date: "1999-10", event: "Part 1 is proposed to ISO through the fast-track procedure.", cite: ["gammassl-history"] },
    { date: "2000-12-01", event: "Part 1 is published, with minor amendments, as ISO/IEC 17799:2000.", cite: ["gammassl-history", "packt-27001"] },
    { date: "2002-09-05", event: "BS 7799-2:2002 is launched, adding the Plan-Do-Check-Act model.", cite: ["gammassl-history", "packt-27001"] },
    { date: "2005-10-15", event: "BS 7799-2 is replaced by the international standard ISO/IEC 27001:2005; certification bodies offer conversion from BS 7799 to ISO/IEC 27001 certification.", cite: ["secure1st-27001", "qrsyst-27001"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Historic; no cost figure found." },
  timeToAchieve: { status: "not-published", note: "Historic; the c. 2004 article calls compliance \"a substantial task\" but gives no time." },
  validity: { status: "not-published", note: "Historic: certification moved to ISO/IEC 27001 after October 2005." },
  requirements: [
    { text: "The original BS 7799 described about 127 information security controls in 10 sections, some flagged as \"key controls\"; the key-control idea was later dropped in favour of choosing controls by risk.", cite: ["wikipedia-bs7799"] },
    { text: "Part 1 was a code of practice (guidance on controls); Part 2 specified an information security management system that used controls drawn from Part 1, and it was Part 2 that organisations were certified against.", cite: ["wikipedia-bs7799", "aigencon-pocket"] },
  ],
  recognition: [
    { text: "The c. 2004 article calls BS 7799 \"the most widely recognized security standard in the world\".", cite: ["bpmwatch"] },
  ],
  regions: ["United Kingdom", "Worldwide"],
  verify: {
    how: "BS 7799 can no longer be certified. A supplier quoting BS 7799-2 is quoting a certificate from before ISO/IEC 27001 replaced it in 2005; ask for a current ISO/IEC 27001 certificate (to the 2022 edition) and check it as described on that page.",
    cite: ["secure1st-27001", "qrsyst-27001"],
  },
  disagreements: [
    {
      topic: "When BS 7799 Part 2 was first published",
      positions: [
        { claim: "February 1998, as BS 7799-2:1998.", cite: ["gammassl-history"] },
        { claim: "1999, alongside the revised Part 1 (one guide says the two-part standard was issued in April 1999).", cite: ["wikipedia-bs7799", "packt-27001", "aigencon-pocket"] },
      ],
    },
    {
      topic: "Month of the 1999 revision",
      positions: [
        { claim: "April 1999.", cite: ["gammassl-history", "bsieducation-7799"] },
        { claim: "May 1999.", cite: ["bpmwatch"] },
      ],
    },
  ],
  sources: [
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", accessed: "2026-11-29" },
    { id: "wikipedia-bs7799", url: "https://en.wikipedia.org/wiki/BS_7799", title: "BS 7799", publisher: "Wikipedia", accessed: "2026-11-29" },
    { id: "gammassl-history", url: "http://gammassl.co.uk/27001/history.php", title: "History of ISO/IEC 27001 and BS 7799", publisher: "Gamma Secure Systems", accessed: "2026-11-29" },
    { id: "packt-27001", url: "https://packtpub.com/en-id/product/mastering-information-security-compliance-management-9781803231174/chapter/chapter-2-introduction-to-iso-27001-3/section/iso-27001s-origin-ch03lvl1sec09", title: "Mastering Information Security Compliance Management: ISO 27001's origin", publisher: "Packt", accessed: "2026-11-29" },
    { id: "bsieducation-7799", url: "http://www.bsieducation.org/Education/HE/subjects-standards/security-management/management-systems.shtml", title: "Information Security Management Systems: history of BS 7799", publisher: "BSI Education", accessed: "2026-11-29" },
    { id: "aigencon-pocket", url: "https://aigencon.com/view/book/ISO27001+ISO27002+A+Pocket+Guide++2nd+edition-EB9781849285247_11.html", title: "ISO27001/ISO27002: A Pocket Guide, chapter 2: Background to the standards", publisher: "IT Governance Publishing (copy)", accessed: "2026-11-29" },
    { id: "secure1st-27001", url: "http://www.secure1st.com/solutions/isms.html", title: "ISMS and ISO 27001", publisher: "Secure1st", accessed: "2026-11-29" },
    { id: "qrsyst-27001", url: "http://qrsyst.com/iso-270012005-information-security-management-system-2/", title: "ISO 27001:2005 Information Security Management System", publisher: "QRS", accessed: "2026-11-29" },
  ],
  description: `BS 7799 was the British Standards Institution's information-security standard, and the root of today's ISO/IEC 27001 and ISO/IEC 27002. It grew out of a 1989 code of practice from the UK Department of Trade and Industry and was published as BS 7799 in 1995. After a revision in 1999 it had two parts:

- **Part 1**, a code of practice describing security controls. It became **ISO/IEC 17799** in December 2000 and was renumbered **ISO/IEC 27002** in 2007.
- **Part 2**, a specification for an information security management system (ISMS) that chose controls from Part 1. This was the certifiable part. Revised in 2002, it became **ISO/IEC 27001** in October 2005.

Sources disagree on when Part 2 first appeared (February 1998 or 1999) and on the month of the 1999 revision (April, or May as the c. 2004 article says). That article also says the standard "evolved into BS EN 15017799 in December 2000"; this appears to be a garbled rendering of ISO/IEC 17799.

### For contact centres then and now
The c. 2004 article lists BS 7799 among the organisational certifications open to call centres and BPOs, calls it the most widely recognised security standard in the world, and warns that compliance is a substantial task; it gives no cost or duration, and none has been found elsewhere. Certificates were converted to ISO/IEC 27001 after 2005, and BS 7799 cannot be certified today.

To check a supplier's security claim now, ask for an ISO/IEC 27001 certificate to the 2022 edition and verify it as described on the ISO/IEC 27001 page.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
