import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-9002",
  name: "ISO 9002 Quality systems – Model for quality assurance in production, installation and servicing",
  shortName: "ISO 9002",
  aliases: [
    { name: "ISO 9002:1994", kind: "alternative", note: "The last edition." },
    { name: "ISO 9002:1987", kind: "alternative", note: "The first edition." },
  ],
  kind: "organisation",
  categories: ["quality-management"],
  issuer: "iso",
  assurance: "certification",
  status: "superseded",
  supersededBy: ["iso-9001"],
  related: ["iso-9003"],
  summary: "One of the three certifiable ISO 9000 quality-assurance models of 1987–2000, for organisations without design work; replaced by ISO 9001:2000, with all accredited certificates expiring in mid-December 2003.",
  history: [
    { date: "1987", event: "Published with the first ISO 9000 series, as one of three quality-assurance models.", cite: ["praxiom-intro", "omnex-9000", "xuazi-1987"] },
    { date: "1994", event: "Revised as ISO 9002:1994, with clause headings aligned with ISO 9001; design control falls outside its scope.", cite: ["solubilis-1994", "praxiom-1994v2000"] },
    { date: "2000-12", event: "Dropped: ISO 9001:2000 replaces ISO 9001, 9002 and 9003:1994, and ISO 9002-certified organisations must move to ISO 9001:2000.", cite: ["praxiom-1994v2000", "iso-news-2002"] },
    { date: "2003-12-15", event: "End of the transition: accredited ISO 9002:1994 certificates are no longer valid.", cite: ["ansi-2003", "whittington-2004"], note: "Some sources put the expiry at midnight on 14 December 2003; see the 1994 edition below." },
  ],
  levels: [],
  cost: { status: "not-published", note: "Historic: ISO 9002 was withdrawn in 2000. We looked for prices from its time (1987–2003) in ANSI and ISO news items, Whittington & Associates, Quality Digest, Entrepreneur and Iowa State's CIRAS pages; the only figures we found are for ISO 9000/ISO 9001 registration in general, not for ISO 9002 (see the ISO 9001 page)." },
  timeToAchieve: { status: "not-published", note: "Historic; we found no source giving a typical time to certify to ISO 9002 (same sources as for cost)." },
  validity: { status: "not-published", note: "Historic: every accredited ISO 9002:1994 certificate expired at the end of the transition to ISO 9001:2000, in mid-December 2003 (see the 1994 edition). We found no source on how long individual certificates ran while the standard was current.", cite: ["ansi-2003", "whittington-2004"] },
  editions: [
    {
      id: "1987",
      name: "ISO 9002:1987",
      claims: ["9002:1987", "ISO9002:1987"],
      published: "1987",
      validUntil: { status: "not-published", note: "The 1994 edition replaced it; we found no source giving the last day certificates to the 1987 edition were valid (looked at Praxiom, Omnex, Whittington & Associates and ISO's news archive)." },
      cite: ["praxiom-intro", "omnex-9000", "xuazi-1987"],
    },
    {
      id: "1994",
      name: "ISO 9002:1994",
      claims: ["9002:1994", "ISO9002:1994", "EN ISO 9002:1994", "BS EN ISO 9002:1994"],
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
    { text: "The 1994 edition used the same clause headings as ISO 9001 but left out design control: it covered quality assurance in production, installation and servicing.", cite: ["solubilis-1994"] },
    { text: "The c. 2004 article calls it the \"model for quality production and installation\", one of three core quality-system documents in a five-document series.", cite: ["bpmwatch"] },
  ],
  recognition: [
    { text: "ISO's own Central Secretariat was first certified to ISO 9002:1994, in May 1996, before moving to ISO 9001:2000 in 2002.", cite: ["iso-news-2002"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "No current ISO 9002 certificate can exist: the last accredited ones expired in mid-December 2003 (15 December by ANSI's account). A vendor quoting ISO 9002 is quoting a certificate from before 2004; ask for a current ISO 9001 certificate instead and check it as described on the ISO 9001 page.",
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
  description: `ISO 9002 was one of the three **quality-assurance models** in the ISO 9000 series from 1987 until 2000. It suited organisations that produced, installed or serviced to someone else's design: its clauses matched ISO 9001's, but without design control. Service organisations could use it too: ISO's own Central Secretariat was first certified to ISO 9002 in 1996.

The article this site grew from (c. 2004) still lists it as one of the "three core quality system documents" in a five-document ISO 9000 series, next to ISO 9001 and ISO 9003, with ISO 9000 and ISO 9004 as guidance. By then it was already obsolete.

### What happened to it
When ISO 9001:2000 was published in December 2000 it replaced ISO 9001, 9002 and 9003:1994 with a single standard; ISO 9002 was dropped. ISO's quality committee (TC 176), its conformity-assessment committee and the International Accreditation Forum had agreed a three-year transition, and in **mid-December 2003** (at midnight on 15 December by ANSI's account; some sources say 14 December) every accredited ISO 9002:1994 certificate stopped being valid. Organisations that had held ISO 9002 had to certify to ISO 9001:2000 instead.

### For buyers today
There is nothing to achieve, renew or pay for: the standard no longer exists. If a supplier's materials still mention ISO 9002, the claim dates from before 2004. Ask for a current ISO 9001 certificate and verify it (certification body, accreditation, scope, expiry, and a register lookup).`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
