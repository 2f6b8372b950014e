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
  assurance: "certification",
  status: "superseded",
  supersededBy: ["iso-9001"],
  related: ["iso-9002"],
  summary: "The narrowest of the three certifiable ISO 9000 quality-assurance models of 1987–2000, covering only final inspection and test; replaced by ISO 9001:2000, with all accredited certificates expiring in mid-December 2003.",
  history: [
    { date: "1987", event: "Published with the first ISO 9000 series, as one of three quality-assurance models.", cite: ["praxiom-intro", "omnex-9000", "xuazi-1987"] },
    { date: "1994", event: "Revised as ISO 9003:1994, with clause headings aligned with ISO 9001; clauses that do not apply, such as design control, are marked as outside its scope.", cite: ["solubilis-1994", "praxiom-1994v2000"] },
    { date: "2000-12", event: "Dropped: ISO 9001:2000 replaces ISO 9001, 9002 and 9003:1994, and ISO 9003-certified organisations must move to ISO 9001:2000.", cite: ["praxiom-1994v2000", "iso-news-2002"] },
    { date: "2003-12-15", event: "End of the transition: accredited ISO 9003:1994 certificates are no longer valid.", cite: ["ansi-2003", "whittington-2004"], note: "Some sources put the expiry at midnight on 14 December 2003; see the 1994 edition below." },
  ],
  levels: [],
  cost: { status: "not-published", note: "Historic: ISO 9003 was withdrawn in 2000. We looked for prices from its time (1987–2003) in ANSI and ISO news items, Whittington & Associates, Quality Digest, Entrepreneur and Iowa State's CIRAS pages; the only figures we found are for ISO 9000/ISO 9001 registration in general, not for ISO 9003 (see the ISO 9001 page)." },
  timeToAchieve: { status: "not-published", note: "Historic; we found no source giving a typical time to certify to ISO 9003 (same sources as for cost)." },
  validity: { status: "not-published", note: "Historic: every accredited ISO 9003:1994 certificate expired at the end of the transition to ISO 9001:2000, in mid-December 2003 (see the 1994 edition). We found no source on how long individual certificates ran while the standard was current.", cite: ["ansi-2003", "whittington-2004"] },
  editions: [
    {
      id: "1987",
      name: "ISO 9003:1987",
      claims: ["9003:1987", "ISO9003:1987"],
      published: "1987",
      validUntil: { status: "not-published", note: "The 1994 edition replaced it; we found no source giving the last day certificates to the 1987 edition were valid (looked at Praxiom, Omnex, Whittington & Associates and ISO's news archive)." },
      cite: ["praxiom-intro", "omnex-9000", "xuazi-1987"],
    },
    {
      id: "1994",
      name: "ISO 9003:1994",
      claims: ["9003:1994", "ISO9003:1994", "EN ISO 9003:1994", "BS EN ISO 9003:1994"],
      published: "1994",
      validUntil: "2003-12-15",
      cite: ["solubilis-1994", "praxiom-1994v2000", "ansi-2003", "whittington-2004", "whittington-2000"],
      note: "Replaced by ISO 9001:2000. Under a plan agreed in 1999 by ISO/TC 176, ISO's conformity-assessment committee and the IAF, certificates to the 1994 models expired three years after ISO 9001:2000 was published.",
      disagreements: [
        {
          field: "validUntil",
          positions: [
            { date: "2003-12-14", claim: "1994 certificates expire at midnight on 14 December 2003; registered companies have until 14 December to make the transition.", cite: ["whittington-2002", "qualitydigest-2003"] },
            { date: "2003-12-15", claim: "The transition period ends at midnight on 15 December 2003, the deadline set in 1999.", cite: ["ansi-2003", "whittington-2004"] },
          ],
          note: "Probably the same deadline read two ways: the last day of validity, or the day certificates stopped being valid.",
        },
      ],
    },
  ],
  requirements: [
    { text: "The 1994 edition used the same clause headings as ISO 9001, stating which clauses (such as design control) did not apply to it.", cite: ["solubilis-1994"] },
    { text: "The c. 2004 article calls it the \"model for quality assurance in final inspection and test\", one of three core quality-system documents in a five-document series.", cite: ["bpmwatch"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "No current ISO 9003 certificate can exist: the last accredited ones expired in mid-December 2003 (15 December by ANSI's account). A vendor quoting ISO 9003 is quoting a certificate from before 2004; ask for a current ISO 9001 certificate instead and check it as described on the ISO 9001 page.",
    cite: ["ansi-2003", "whittington-2004"],
  },
  disagreements: [],
  sources: [
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", kind: "press", accessed: "2026-11-30", note: "The undated (c. 2004) article this site grew from." },
    { id: "praxiom-intro", url: "http://www.praxiom.org/iso-intro.html", title: "ISO 9001 2000 introduction", publisher: "Praxiom Research Group", kind: "consultancy", accessed: "2026-11-29" },
    { id: "praxiom-1994v2000", url: "https://www.praxiom.com/iso90012000v1994.htm", title: "ISO 9001 2000 versus ISO 9001 1994", publisher: "Praxiom Research Group", kind: "consultancy", accessed: "2026-11-29" },
    { id: "xuazi-1987", url: "http://xuazi.com/g45632058.html", title: "What is TC176? (Chinese-language Q&A listing the 1987 and 1994 ISO 9000 standards)", publisher: "xuazi.com", kind: "reference", accessed: "2026-11-29" },
    { id: "omnex-9000", url: "https://www.omnex.com/members/standards/iso90012000/iso_9000_2000.aspx", title: "ISO 9000:2000 Quality Management Systems", publisher: "Omnex", kind: "consultancy", accessed: "2026-11-29" },
    { id: "solubilis-1994", url: "http://solubiliscorporateservices.blogspot.com/2017/08/", title: "1994 versions of ISO 9001, ISO 9002 and ISO 9003", publisher: "Solubilis Corporate Services (blog)", kind: "consultancy", published: "2017-08", accessed: "2026-11-29" },
    { id: "iso-news-2002", url: "https://www.iso.org/news/2002/05/Ref825.html", title: "ISO Central Secretariat achieves ISO 9001:2000 certification", publisher: "ISO", kind: "issuer", published: "2002-05", accessed: "2026-11-29" },
    { id: "whittington-2000", url: "https://www.whittingtonassociates.com/2000/02/iso-90012000-transition-planning/", title: "ISO 9001:2000 Transition Planning", publisher: "Whittington & Associates", kind: "consultancy", published: "2000-02", accessed: "2026-11-30" },
    { id: "whittington-2002", url: "https://www.whittingtonassociates.com/2002/05/transition-deadline-for-iso-90012000/", title: "Transition Deadline for ISO 9001:2000", publisher: "Whittington & Associates", kind: "consultancy", published: "2002-05", accessed: "2026-11-30" },
    { id: "whittington-2004", url: "https://www.whittingtonassociates.com/2004/01/the-continued-transition-to-iso-90012000/", title: "The Continued Transition to ISO 9001:2000", publisher: "Whittington & Associates", kind: "consultancy", published: "2004-01", accessed: "2026-11-30" },
    { id: "qualitydigest-2003", url: "https://www.qualitydigest.com/feb03/departments/first_word.shtml", title: "Tick Tock… Time to transition to ISO 9001:2000 is running out", publisher: "Quality Digest", kind: "press", published: "2003-02", accessed: "2026-11-30" },
    { id: "ansi-2003", url: "https://www.ansi.org/news_publications/news_story?menuid=7&articleid=f7169207-d715-454b-ab51-fb19baee3df0", title: "ISO 9001:2000 Transition Period Deadline Looms", publisher: "American National Standards Institute", kind: "standards-body", published: "2003-11-19", accessed: "2026-11-30" },
  ],
  description: `ISO 9003 was the narrowest of the three **quality-assurance models** in the ISO 9000 series from 1987 until 2000. Where ISO 9001 covered everything from design to servicing and ISO 9002 covered production, installation and servicing, ISO 9003 covered only **final inspection and test**. It shared ISO 9001's clause headings and marked the clauses that did not apply.

The article this site grew from (c. 2004) lists it among the "three core quality system documents" of a five-document ISO 9000 series, beside ISO 9001 and ISO 9002, with ISO 9000 and ISO 9004 as the two supporting guidelines. By the time of the article it was already obsolete.

### What happened to it
In December 2000 ISO 9001:2000 replaced ISO 9001, 9002 and 9003:1994 with one standard and ISO 9003 was dropped. A three-year transition, agreed by ISO's quality committee (TC 176), its conformity-assessment committee and the International Accreditation Forum, ended in **mid-December 2003** (at midnight on 15 December by ANSI's account; some sources say 14 December); from then on no accredited ISO 9003 certificate was valid, and holders had to certify to ISO 9001:2000.

### For buyers today
There is nothing to achieve, renew or pay for. A reference to ISO 9003 in a supplier's materials points to a certificate from before 2004. Ask for a current ISO 9001 certificate and verify it (certification body, accreditation, scope, expiry, register lookup).`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
