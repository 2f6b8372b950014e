import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "bsi",
  name: "BSI (British Standards Institution)",
  shortName: "BSI",
  formerNames: ["Engineering Standards Committee", "British Engineering Standards Association"],
  type: "standards-body",
  website: "https://www.bsigroup.com",
  country: "United Kingdom (London)",
  founded: { date: "1901", cite: ["ice-bsi", "researcher-bsi"] },
  status: "active",
  summary: "The UK's national standards body; it published BS 7799 (the root of ISO/IEC 27001 and 27002) and BS 15000 (the root of ISO/IEC 20000), and also sells certification.",
  description: `BSI began in 1901 as the Engineering Standards Committee, set up to standardise steel sections, and received a Royal Charter in 1929. Sources differ slightly on the naming: one says the committee became the British Engineering Standards Association in 1929 and the British Standards Institution a year later, another that it took the BSI name in 1929. It is generally described as the world's first national standards body.

BSI represents the UK in ISO, the IEC and the European standards organisations (CEN, CENELEC and ETSI). Several standards on this site started as British Standards:

- **BS 5750**, the quality-system standard that led to the ISO 9000 series;
- **BS 7799** (1995), the information-security code of practice whose Part 1 became ISO/IEC 17799 (now ISO/IEC 27002) and whose Part 2 became ISO/IEC 27001;
- **BS 15000**, the IT service management standard adopted as ISO/IEC 20000.

BSI is also a commercial certification body and runs the Kitemark scheme, so "certified by BSI" on a vendor's certificate usually means BSI acted as the auditor, not as the author of the standard.`,
  sources: [
    { id: "ice-bsi", url: "https://www.ice.org.uk/what-is-civil-engineering/what-do-civil-engineers-do/british-standards-institution", title: "British Standards Institution", publisher: "Institution of Civil Engineers", accessed: "2026-11-29" },
    { id: "researcher-bsi", url: "https://discovery.researcher.life/article/2-the-british-standards-institution/5eac4d0f37f73c45b87e1ea887b5e5c7", title: "The British Standards Institution (book chapter abstract)", publisher: "R Discovery", accessed: "2026-11-29" },
    { id: "bsi-history-blog", url: "http://otomobil-tutkunu.blogspot.com/2011/02/history_14.html", title: "BSI history (copy of BSI's history text)", publisher: "Blogspot", published: "2011-02", accessed: "2026-11-29" },
    { id: "wikiwaste-bsi", url: "https://wikiwaste.org.uk/index.php?diff=cur&oldid=18642&title=British_Standards_Institution", title: "British Standards Institution", publisher: "WikiWaste", accessed: "2026-11-29" },
    { id: "wikipedia-bs7799", url: "https://en.wikipedia.org/wiki/BS_7799", title: "BS 7799", publisher: "Wikipedia", accessed: "2026-11-29" },
    { id: "fwtk-20000", url: "http://20000.fwtk.org/iso-20000.htm", title: "ISO 20000 and BS 15000", publisher: "20000.fwtk.org", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-29",
} satisfies IssuerInput;
