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
  assurance: "certification",
  status: "superseded",
  statusDetail: {
    note: "Part 2 was replaced by ISO/IEC 27001:2005 in October 2005 and Part 1 by ISO/IEC 17799 in December 2000; certification bodies converted BS 7799 certificates to ISO/IEC 27001.",
    cite: ["secure1st-27001", "qrsyst-27001", "gammassl-history"],
  },
  supersededBy: ["iso-iec-17799", "iso-iec-27001"],
  related: ["iso-iec-27002"],
  summary: "The British information-security standard of 1995–2005: its Part 1 code of practice became ISO/IEC 17799 (now ISO/IEC 27002) and its certifiable Part 2 became ISO/IEC 27001.",
  history: [
    { date: "1989", event: "The UK Department of Trade and Industry's Commercial Computer Security Centre publishes a users' code of practice for information security, the starting point of BS 7799.", cite: ["gammassl-history"] },
    { date: "1995-02", event: "BSI publishes BS 7799, a code of practice for information security management (after a period as the guidance document PD 0003).", cite: ["wikipedia-bs7799", "gammassl-history"] },
    { date: "1996", event: "BS 7799:1995 is put forward as an ISO standard and narrowly voted down.", cite: ["gammassl-history"] },
    { date: "1998-02", event: "A second part, BS 7799-2:1998, is added (as one set of sources reports).", cite: ["gammassl-history"], note: "Other sources date the first BS 7799-2 to 1999; see the disagreement below." },
    { date: "1999", event: "BS 7799 Part 2, a specification supporting certification, is first published (as other sources report).", cite: ["wikipedia-bs7799", "packt-27001", "aec-history"], note: "See the disagreement on 1998 versus 1999." },
    { date: "1999-04", event: "Revised edition BS 7799:1999, adding controls for areas such as e-commerce, teleworking and mobile computing.", cite: ["gammassl-history", "bsieducation-7799"] },
    { date: "1999-05", event: "The c. 2004 article dates the revision that \"put it on to the world stage\" to May 1999.", cite: ["bpmwatch"], note: "Other sources give April 1999; see the disagreement below." },
    { date: "1999-10", event: "Part 1 is proposed to ISO through the fast-track procedure.", cite: ["gammassl-history"] },
    { date: "2000-12-01", event: "Part 1 is published, with minor amendments, as ISO/IEC 17799:2000.", cite: ["gammassl-history", "packt-27001"] },
    { date: "2002-09-05", event: "BS 7799-2:2002 is launched, adding the Plan-Do-Check-Act model.", cite: ["gammassl-history", "packt-27001"] },
    { date: "2005-10-15", event: "BS 7799-2 is replaced by the international standard ISO/IEC 27001:2005; certification bodies offer conversion from BS 7799 to ISO/IEC 27001 certification.", cite: ["secure1st-27001", "qrsyst-27001"] },
  ],
  levels: [],
  cost: {
    status: "not-published",
    note: "Historic. Looked at the c. 2004 call-centre article, BSI Education's pages on BS 7799 (whose cost section we could not read in full), Gamma Secure Systems' history and a search for press figures from 1995–2005; none gives a cost for BS 7799 certification.",
  },
  timeToAchieve: {
    status: "not-published",
    note: "Historic. The c. 2004 article calls compliance \"a substantial task\" but gives no time; no figure from the period was found elsewhere.",
    cite: ["bpmwatch"],
  },
  validity: {
    status: "not-published",
    note: "Historic: certification moved to ISO/IEC 27001 after October 2005. No source we read states how long a BS 7799-2 certificate ran or how it was kept up.",
    cite: ["secure1st-27001", "qrsyst-27001"],
  },
  editions: [
    {
      id: "1995",
      name: "BS 7799:1995",
      claims: ["BS7799:1995"],
      published: "1995-02",
      validUntil: { status: "not-published", note: "Replaced by the revised BS 7799:1999 in April 1999 (May according to one article); no source we read says until when a claim to the 1995 edition could stand." },
      cite: ["wikipedia-bs7799", "gammassl-history"],
      note: "The first edition, a code of practice only. It was published after a period as the guidance document PD 0003.",
    },
    {
      id: "1999",
      name: "BS 7799:1999",
      claims: ["BS 7799-1:1999", "BS 7799-2:1999", "BS7799-2:1999", "BS 7799 Part 2:1999", "BS 7799-2:1998"],
      published: "1999-04",
      validUntil: { status: "not-published", note: "Part 1 was replaced by ISO/IEC 17799:2000 on 1 December 2000 and Part 2 by BS 7799-2:2002 on 5 September 2002; no source we read gives the date after which certificates to the 1999 Part 2 stopped being valid." },
      cite: ["gammassl-history", "bsieducation-7799", "wikipedia-bs7799", "packt-27001", "aec-history"],
      note: "The revised standard in two parts: BS 7799-1:1999, the code of practice, and BS 7799-2:1999, the certifiable specification. One history says a first Part 2, BS 7799-2:1998, came out in February 1998; claims to BS 7799-2:1998 are matched here.",
      disagreements: [
        {
          field: "published",
          positions: [
            { date: "1999-04", claim: "BS 7799:1999 published in April 1999.", cite: ["gammassl-history", "bsieducation-7799"] },
            { date: "1999-05", claim: "The revision came out in May 1999.", cite: ["bpmwatch"] },
          ],
        },
        {
          field: "published",
          positions: [
            { date: "1998-02", claim: "Part 2 was first added as BS 7799-2:1998 in February 1998, before the 1999 revision.", cite: ["gammassl-history"] },
            { date: "1999", claim: "Part 2 was first published in 1999, alongside the revised Part 1.", cite: ["wikipedia-bs7799", "packt-27001", "aec-history"] },
          ],
          note: "This is a disagreement about when Part 2 first appeared, not about the 1999 edition itself.",
        },
      ],
    },
    {
      id: "2002",
      name: "BS 7799-2:2002",
      claims: ["BS7799-2:2002", "BS 7799 Part 2:2002"],
      published: "2002-09-05",
      validUntil: { status: "not-published", note: "Replaced by ISO/IEC 27001:2005 on 15 October 2005, after which certification bodies converted BS 7799 certificates to ISO/IEC 27001; no source we read gives the date on which BS 7799-2:2002 certificates stopped being valid." },
      cite: ["gammassl-history", "packt-27001", "secure1st-27001", "qrsyst-27001"],
      note: "The last edition of Part 2, which added the Plan-Do-Check-Act model and continual improvement. It is succeeded by ISO/IEC 27001:2005.",
    },
  ],
  requirements: [
    { text: "The original BS 7799 described about 127 information security controls in 10 sections, some flagged as \"key controls\"; the key-control idea was later dropped in favour of choosing controls by risk.", cite: ["wikipedia-bs7799"] },
    { text: "Part 1 was a code of practice (guidance on controls); Part 2 specified an information security management system that used controls drawn from Part 1, and it was Part 2 that organisations were certified against.", cite: ["wikipedia-bs7799", "packt-27001", "qrsyst-27001"] },
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
        { claim: "1999, alongside the revised Part 1.", cite: ["wikipedia-bs7799", "packt-27001", "aec-history"] },
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
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", kind: "consultancy", accessed: "2026-11-30" },
    { id: "wikipedia-bs7799", url: "https://en.wikipedia.org/wiki/BS_7799", title: "BS 7799", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
    { id: "gammassl-history", url: "http://gammassl.co.uk/27001/history.php", title: "History of ISO/IEC 27001 and BS 7799", publisher: "Gamma Secure Systems", kind: "consultancy", accessed: "2026-11-30" },
    { id: "packt-27001", url: "https://packtpub.com/en-id/product/mastering-information-security-compliance-management-9781803231174/chapter/chapter-2-introduction-to-iso-27001-3/section/iso-27001s-origin-ch03lvl1sec09", title: "Mastering Information Security Compliance Management: ISO 27001's origin", publisher: "Packt", kind: "reference", accessed: "2026-11-30", note: "A chapter of a published book, on the publisher's site." },
    { id: "bsieducation-7799", url: "http://www.bsieducation.org/Education/HE/subjects-standards/security-management/management-systems.shtml", title: "Information Security Management Systems: history of BS 7799", publisher: "BSI Education", kind: "standards-body", accessed: "2026-11-30", note: "BSI's education site; BSI is the issuer of BS 7799, but the page is an educational overview rather than the standard's own notice." },
    { id: "aec-history", url: "https://a-ec.co/iso/iso27001-iso22301/iso-27001-history/", title: "ISO 27001 History", publisher: "A-EC", kind: "consultancy", accessed: "2026-11-30", note: "Replaces a copy of the IT Governance pocket guide on aigencon.com, a scraped copy whose original was not found." },
    { id: "secure1st-27001", url: "http://www.secure1st.com/solutions/isms.html", title: "ISMS and ISO 27001", publisher: "Secure1st", kind: "consultancy", accessed: "2026-11-30" },
    { id: "qrsyst-27001", url: "http://qrsyst.com/iso-270012005-information-security-management-system-2/", title: "ISO 27001:2005 Information Security Management System", publisher: "QRS", kind: "consultancy", accessed: "2026-11-30" },
  ],
  description: `BS 7799 was the British Standards Institution's information-security standard, and the root of today's ISO/IEC 27001 and ISO/IEC 27002. It grew out of a 1989 code of practice from the UK Department of Trade and Industry and was published as BS 7799 in 1995. After a revision in 1999 it had two parts:

- **Part 1**, a code of practice describing security controls. It became **ISO/IEC 17799** in December 2000 and was renumbered **ISO/IEC 27002** in 2007.
- **Part 2**, a specification for an information security management system (ISMS) that chose controls from Part 1. This was the certifiable part. Revised in 2002, it became **ISO/IEC 27001** in October 2005.

### Editions
- **BS 7799:1995**, the first edition (a code of practice only).
- **BS 7799:1999**, the revision in two parts, published in April 1999 (May, according to the c. 2004 article). Sources disagree on when Part 2 first appeared: one history dates a first BS 7799-2:1998 to February 1998, others date Part 2 to 1999.
- **BS 7799-2:2002**, launched on 5 September 2002, the last edition of Part 2; ISO/IEC 27001:2005 succeeded it.

No source we read says when certificates to each edition stopped being valid.

The c. 2004 article also says the standard "evolved into BS EN 15017799 in December 2000"; this appears to be a garbled rendering of ISO/IEC 17799.

### For contact centres then and now
The c. 2004 article lists BS 7799 among the organisational certifications open to call centres and BPOs, calls it the most widely recognised security standard in the world, and warns that compliance is a substantial task; it gives no cost or duration, and none has been found elsewhere. Certificates were converted to ISO/IEC 27001 after 2005, and BS 7799 cannot be certified today.

To check a supplier's security claim now, ask for an ISO/IEC 27001 certificate to the 2022 edition and verify it as described on the ISO/IEC 27001 page.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
