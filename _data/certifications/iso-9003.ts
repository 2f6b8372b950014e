import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-9003",
  name: "ISO 9003 Quality systems – Model for quality assurance in final inspection and test",
  shortName: "ISO 9003",
  aliases: [
    { name: "ISO 9003:1994", kind: "alternative", note: "The last edition." },
    { name: "ISO 9003:1987", kind: "alternative", note: "The first edition." },
  ],
  kind: "organisation",
  categories: ["quality-management"],
  issuer: "iso",
  status: "superseded",
  supersededBy: ["iso-9001"],
  related: ["iso-9002"],
  summary: "The narrowest of the three certifiable ISO 9000 quality-assurance models of 1987–2000, covering only final inspection and test; replaced by ISO 9001:2000, with all certificates expiring on 15 December 2003.",
  history: [
    { date: "1987", event: "Published with the first ISO 9000 series, as one of three quality-assurance models.", cite: ["praxiom-intro", "omnex-9000", "xuazi-1987"] },
    { date: "1994", event: "Revised as ISO 9003:1994, with clause headings aligned with ISO 9001; clauses that do not apply, such as design control, are marked as outside its scope.", cite: ["solubilis-1994", "praxiom-1994v2000"] },
    { date: "2000-12", event: "Dropped: ISO 9001:2000 replaces ISO 9001, 9002 and 9003:1994, and ISO 9003-certified organisations must move to ISO 9001:2000.", cite: ["praxiom-1994v2000", "iso-news-2002"] },
    { date: "2003-12-15", event: "End of the transition: accredited ISO 9003:1994 certificates are no longer valid.", cite: ["ansi-2003", "whittington-2000"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "No longer offered; the standard was withdrawn in 2000." },
  timeToAchieve: { status: "not-published", note: "No longer offered." },
  validity: { status: "not-published", note: "Historic: every accredited ISO 9003 certificate expired at the end of the transition to ISO 9001:2000 on 15 December 2003." },
  requirements: [
    { text: "The 1994 edition used the same clause headings as ISO 9001, stating which clauses (such as design control) did not apply to it.", cite: ["solubilis-1994"] },
    { text: "The c. 2004 article calls it the \"model for quality assurance in final inspection and test\", one of three core quality-system documents in a five-document series.", cite: ["bpmwatch"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "No current ISO 9003 certificate can exist: the last ones expired on 15 December 2003. A vendor quoting ISO 9003 is quoting a certificate from before 2004; ask for a current ISO 9001 certificate instead and check it as described on the ISO 9001 page.",
    cite: ["ansi-2003"],
  },
  disagreements: [],
  sources: [
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", accessed: "2026-11-29" },
    { id: "praxiom-intro", url: "http://www.praxiom.org/iso-intro.html", title: "ISO 9001 2000 introduction", publisher: "Praxiom Research Group", accessed: "2026-11-29" },
    { id: "praxiom-1994v2000", url: "https://www.praxiom.com/iso90012000v1994.htm", title: "ISO 9001 2000 versus ISO 9001 1994", publisher: "Praxiom Research Group", accessed: "2026-11-29" },
    { id: "xuazi-1987", url: "http://xuazi.com/g45632058.html", title: "What is TC176? (Chinese-language Q&A listing the 1987 and 1994 ISO 9000 standards)", publisher: "xuazi.com", accessed: "2026-11-29" },
    { id: "omnex-9000", url: "https://www.omnex.com/members/standards/iso90012000/iso_9000_2000.aspx", title: "ISO 9000:2000 Quality Management Systems", publisher: "Omnex", accessed: "2026-11-29" },
    { id: "solubilis-1994", url: "http://solubiliscorporateservices.blogspot.com/2017/08/", title: "1994 versions of ISO 9001, ISO 9002 and ISO 9003", publisher: "Solubilis Corporate Services (blog)", published: "2017-08", accessed: "2026-11-29" },
    { id: "iso-news-2002", url: "https://www.iso.org/news/2002/05/Ref825.html", title: "ISO Central Secretariat achieves ISO 9001:2000 certification", publisher: "ISO", published: "2002-05", accessed: "2026-11-29" },
    { id: "whittington-2000", url: "https://www.whittingtonassociates.com/2000/02/iso-90012000-transition-planning/", title: "ISO 9001:2000 Transition Planning", publisher: "Whittington & Associates", published: "2000-02", accessed: "2026-11-29" },
    { id: "ansi-2003", url: "https://www.ansi.org/news_publications/news_story?menuid=7&articleid=f7169207-d715-454b-ab51-fb19baee3df0", title: "ISO 9001:2000 Transition Period Deadline Looms", publisher: "American National Standards Institute", published: "2003-11-19", accessed: "2026-11-29" },
  ],
  description: `ISO 9003 was the narrowest of the three **quality-assurance models** in the ISO 9000 series from 1987 until 2000. Where ISO 9001 covered everything from design to servicing and ISO 9002 covered production, installation and servicing, ISO 9003 covered only **final inspection and test**. It shared ISO 9001's clause headings and marked the clauses that did not apply.

The article this site grew from (c. 2004) lists it among the "three core quality system documents" of a five-document ISO 9000 series, beside ISO 9001 and ISO 9002, with ISO 9000 and ISO 9004 as the two supporting guidelines. By the time of the article it was already obsolete.

### What happened to it
In December 2000 ISO 9001:2000 replaced ISO 9001, 9002 and 9003:1994 with one standard and ISO 9003 was dropped. A three-year transition, agreed by ISO's quality committee (TC 176), its conformity-assessment committee and the International Accreditation Forum, ended on **15 December 2003**; from then on no accredited ISO 9003 certificate was valid, and holders had to certify to ISO 9001:2000.

### For buyers today
There is nothing to achieve, renew or pay for. A reference to ISO 9003 in a supplier's materials points to a certificate from before 2004. Ask for a current ISO 9001 certificate and verify it (certification body, accreditation, scope, expiry, register lookup).`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
