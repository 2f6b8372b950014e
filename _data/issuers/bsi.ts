import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "bsi",
  name: "BSI (British Standards Institution)",
  shortName: "BSI",
  formerNames: [
    { name: "Engineering Standards Committee", until: "1918", cite: ["bsi-history", "ice-bsi"], note: "The committee formed in 1901; BSI's own history says it was called the British Engineering Standards Association from 1918." },
    { name: "British Engineering Standards Association", until: "1931", cite: ["bsi-history", "bsieducation-history"], note: "BSI's own history dates the change to the name British Standards Institution to a supplemental charter of 1931; BSI Education's history says a year after the 1929 charter, and the Institution of Civil Engineers says 1929." },
  ],
  type: "standards-body",
  website: "https://www.bsigroup.com",
  country: "United Kingdom (London)",
  founded: { date: "1901", cite: ["bsi-history", "ice-bsi", "researcher-bsi"], note: "The committee was formed on 22 January 1901 and first met on 26 April 1901." },
  status: "active",
  statusDetail: { note: "Still the UK's national standards body and a commercial certification body. It published BS 7799 and BS 15000, the British roots of ISO/IEC 27001, ISO/IEC 27002 and ISO/IEC 20000.", cite: ["ice-bsi", "bsi-history", "wikipedia-bs7799", "fwtk-20000"] },
  summary: "The UK's national standards body; it published BS 7799 (the root of ISO/IEC 27001 and 27002) and BS 15000 (the root of ISO/IEC 20000), and also sells certification.",
  description: `BSI began in 1901 as the Engineering Standards Committee, set up to standardise iron and steel sections, and received a Royal Charter on 22 April 1929. Its own history says the committee had been called the British Engineering Standards Association since 1918 and took the name British Standards Institution under a supplemental charter in 1931; other histories put the change of name in 1929 or 1930. It is generally described as the world's first national standards body.

BSI represents the UK in ISO, the IEC and the European standards organisations (CEN, CENELEC and ETSI). Several standards on this site started as British Standards:

- **BS 5750**, the quality-system standard that led to the ISO 9000 series;
- **BS 7799** (1995), the information-security code of practice whose Part 1 became ISO/IEC 17799 (now ISO/IEC 27002) and whose Part 2 became ISO/IEC 27001;
- **BS 15000**, the IT service management standard adopted as ISO/IEC 20000.

BSI is also a commercial certification body and runs the Kitemark scheme, so "certified by BSI" on a vendor's certificate usually means BSI acted as the auditor, not as the author of the standard.`,
  sources: [
    { id: "ice-bsi", url: "https://www.ice.org.uk/what-is-civil-engineering/what-do-civil-engineers-do/british-standards-institution", title: "British Standards Institution", publisher: "Institution of Civil Engineers", kind: "reference", accessed: "2026-11-30" },
    { id: "researcher-bsi", url: "https://discovery.researcher.life/article/2-the-british-standards-institution/5eac4d0f37f73c45b87e1ea887b5e5c7", title: "The British Standards Institution (book chapter abstract)", publisher: "R Discovery", kind: "academic", accessed: "2026-11-30" },
    { id: "wikipedia-bs7799", url: "https://en.wikipedia.org/wiki/BS_7799", title: "BS 7799", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
    { id: "fwtk-20000", url: "http://20000.fwtk.org/iso-20000.htm", title: "ISO 20000 and BS 15000", publisher: "20000.fwtk.org", kind: "reference", accessed: "2026-11-30" },
    { id: "bsi-history", url: "https://www.bsigroup.com/en-SG/About-BSI/Our-history/", title: "Our history", publisher: "BSI", kind: "issuer", accessed: "2026-11-30", note: "Replaces a Blogspot copy of BSI's history text and a WikiWaste wiki page." },
    { id: "bsieducation-history", url: "http://www.bsieducation.org/Education/about/brief-history.shtml", title: "A brief history of BSI", publisher: "BSI Education", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
