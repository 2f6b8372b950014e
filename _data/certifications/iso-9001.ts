import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-9001",
  name: "ISO 9001 Quality management systems – Requirements",
  shortName: "ISO 9001",
  aliases: [
    { name: "ISO 9000", kind: "alternative", note: "Name of the whole family, often used loosely for ISO 9001 certification, as in the c. 2004 article this site grew from." },
    { name: "ISO 9001:2015", kind: "alternative", note: "The edition in force since 2015 (with Amendment 1:2024)." },
    { name: "ISO 9001:2008", kind: "former-name" },
    { name: "ISO 9001:2000", kind: "former-name", note: "The edition that replaced ISO 9001, 9002 and 9003:1994." },
    { name: "ISO 9001:1994", kind: "former-name" },
    { name: "QMS certification", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["quality-management"],
  issuer: "iso",
  website: "https://www.iso.org/iso-9001-quality-management.html",
  status: "active",
  supersedes: ["iso-9002", "iso-9003"],
  related: ["iso-10002", "iso-18295-1", "iso-iec-27001", "iso-iec-20000-1", "copc-cx-standard"],
  summary: "The international standard for quality management systems and the only standard in the ISO 9000 family that an organisation can be certified against; certificates last three years.",
  history: [
    { date: "1979", event: "ISO forms Technical Committee 176 on quality management and quality assurance.", cite: ["experts123-tc176"] },
    { start: true, date: "1987", event: "ISO publishes the first ISO 9000 series of quality standards.", cite: ["praxiom-intro", "experts123-tc176"] },
    { date: "1994", event: "Revised edition. The series now has three certifiable models (ISO 9001, 9002 and 9003) plus guidance documents.", cite: ["praxiom-1994v2000", "praxiom-intro", "bpmwatch"], note: "The c. 2004 article describes this set as five documents: three quality-assurance models (9001, 9002, 9003) and two guidelines (9000, 9004)." },
    { date: "2000-12", event: "ISO 9001:2000 published. It replaces ISO 9001, 9002 and 9003:1994; ISO 9002 and 9003 are dropped, and the 20-clause structure gives way to 5 sections.", cite: ["praxiom-1994v2000", "iso-news-2002"] },
    { date: "2003-12-15", event: "End of the three-year transition: accredited certificates to ISO 9001, 9002 or 9003:1994 stop being valid.", cite: ["ansi-2003", "whittington-2000"] },
    { date: "2008", event: "Revised edition, ISO 9001:2008.", cite: ["praxiom-9001"] },
    { date: "2015", event: "Revised edition, ISO 9001:2015.", cite: ["praxiom-9001"] },
    { date: "2024-02-23", event: "Amendment 1:2024 adds climate change to clauses 4.1 and 4.2, as a clarification with no transition period.", cite: ["isto-amd1", "degrandson-amd1"] },
    { date: "2025-08-27", event: "The draft of the next edition opens for public comment in the UK.", cite: ["systemcert-2025"] },
    { date: "2026-09", event: "Forecast month for publication of the next edition (ISO 9001:2026).", cite: ["tiqms-forecast", "cip-forecast", "oxebridge-ansi"], unconfirmed: true, note: "A forecast made by a TC 176 participant and by certification bodies; we found no source confirming that the new edition was actually published. Its transition period was also still undecided in our sources (about 18 months in one forecast, three years in others)." },
  ],
  levels: [],
  cost: { status: "not-published", note: "No authoritative public figure found. Certification bodies quote their own fees." },
  timeToAchieve: { status: "not-published", note: "No reliable public figure found." },
  validity: {
    status: "published",
    period: "P3Y",
    renewal: "Surveillance audits by the certification body in the second and third years, then a recertification audit before the certificate expires. Missing a surveillance audit lets the certificate lapse.",
    cite: ["tcspl-faq", "reciprocity-9001"],
  },
  requirements: [
    { text: "Only ISO 9001 states requirements that can be audited. ISO 9000 (fundamentals and vocabulary) and ISO 9004 (guidance) are guidance documents and cannot be certified against.", cite: ["praxiom-intro", "reciprocity-9001"] },
    { text: "Certification starts with a two-stage initial audit (stage 1 and stage 2) by an independent certification body.", cite: ["tcspl-faq"] },
    { text: "Since Amendment 1:2024 the organisation must decide whether climate change is a relevant issue for its quality management system.", cite: ["isto-amd1", "degrandson-amd1"] },
  ],
  recognition: [
    { text: "The ISO Survey for 2024 counted 1,474,118 ISO 9001 certificates, against 837,978 for 2023. The jump has to be read in light of a change of method: the survey is now compiled from IAF CertSearch, where certification bodies have to upload their data.", cite: ["systemcert-2025"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the certificate and note the certification body, its accreditation body, the scope (which sites and services are covered) and the expiry date; a contact centre's certificate should name the sites and services you are buying. Then check the certificate in the certification body's own register or in IAF CertSearch. IAF CertSearch holds only part of the world's accredited certificates, so a missing entry is a reason to ask the certification body, not proof of a fake. Note that ISO itself certifies no one.",
    register: "https://www.iafcertsearch.org",
    cite: ["qualitydigest-certsearch", "oxebridge-certsearch", "artofservice-iso9000"],
  },
  disagreements: [],
  sources: [
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", accessed: "2026-11-29" },
    { id: "experts123-tc176", url: "https://experts123.com/q/why-and-by-whom-were-the-iso-9000-standards-developed.html", title: "Why and by whom were the ISO 9000 standards developed?", publisher: "experts123", accessed: "2026-11-29" },
    { id: "praxiom-intro", url: "http://www.praxiom.org/iso-intro.html", title: "ISO 9001 2000 introduction", publisher: "Praxiom Research Group", accessed: "2026-11-29" },
    { id: "praxiom-1994v2000", url: "https://www.praxiom.com/iso90012000v1994.htm", title: "ISO 9001 2000 versus ISO 9001 1994", publisher: "Praxiom Research Group", accessed: "2026-11-29" },
    { id: "praxiom-9001", url: "https://www.praxiom.com/iso-9001-standard.htm", title: "ISO 9001 standard", publisher: "Praxiom Research Group", accessed: "2026-11-29" },
    { id: "iso-news-2002", url: "https://www.iso.org/news/2002/05/Ref825.html", title: "ISO Central Secretariat achieves ISO 9001:2000 certification", publisher: "ISO", published: "2002-05", accessed: "2026-11-29" },
    { id: "whittington-2000", url: "https://www.whittingtonassociates.com/2000/02/iso-90012000-transition-planning/", title: "ISO 9001:2000 Transition Planning", publisher: "Whittington & Associates", published: "2000-02", accessed: "2026-11-29" },
    { id: "ansi-2003", url: "https://www.ansi.org/news_publications/news_story?menuid=7&articleid=f7169207-d715-454b-ab51-fb19baee3df0", title: "ISO 9001:2000 Transition Period Deadline Looms", publisher: "American National Standards Institute", published: "2003-11-19", accessed: "2026-11-29" },
    { id: "isto-amd1", url: "https://www.isto.ch/insights/iso9001-climate-amendment-2024", title: "The 2024 climate-change amendment explained", publisher: "ISTO", accessed: "2026-11-29" },
    { id: "degrandson-amd1", url: "https://info.degrandson.com/blog/iso-9001-amd-1", title: "What is ISO 9001:2015, Amendment 1:2024", publisher: "de Grandson", accessed: "2026-11-29" },
    { id: "systemcert-2025", url: "https://systemcertification.co.uk/exciting-time-for-assurance-certification-and-the-future-of-management-systems-standards", title: "Exciting time for assurance, certification and the future of management systems standards (ISO Survey 2024 results)", publisher: "System Certification", accessed: "2026-11-29" },
    { id: "tiqms-forecast", url: "https://www.tiqms.co.za/p/1042943/iso-9001201x-update", title: "ISO 9001:201x update", publisher: "TIQMS", accessed: "2026-11-29" },
    { id: "cip-forecast", url: "https://www.certificationinternational.ph/news-iso-revisions.php", title: "Revisions to ISO 9001:2015 expected in September 2026", publisher: "Certification International Philippines", accessed: "2026-11-29" },
    { id: "oxebridge-ansi", url: "https://www.oxebridge.com/emma/?p=32887", title: "ANSI announces ISO 9001:2026 transition period", publisher: "Oxebridge", accessed: "2026-11-29" },
    { id: "tcspl-faq", url: "https://tcspl.com.sg/resources/client-area/faq", title: "Client area FAQ: the 3-year audit cycle", publisher: "TCSPL", accessed: "2026-11-29" },
    { id: "reciprocity-9001", url: "https://reciprocity.com/how-to-maintain-iso-9001-certification/", title: "How to maintain ISO 9001 certification", publisher: "Reciprocity", accessed: "2026-11-29" },
    { id: "qualitydigest-certsearch", url: "https://www.qualitydigest.com/inside/standards-article/currency-credibility-valid-iso-certification-according-iso-012121.html", title: "The Currency of Credibility: Valid ISO Certification According to ISO", publisher: "Quality Digest", published: "2021-01-21", accessed: "2026-11-29" },
    { id: "oxebridge-certsearch", url: "https://www.oxebridge.com/emma/iafs-new-attempt-to-make-certsearch-mandatory-cannot-succeed-either/", title: "IAF's new attempt to make CertSearch mandatory cannot succeed either", publisher: "Oxebridge", accessed: "2026-11-29" },
    { id: "artofservice-iso9000", url: "https://theartofservice.com/how-to-become-an-iso-9000-certified.html", title: "How to become ISO 9000 certified", publisher: "The Art of Service", accessed: "2026-11-29" },
  ],
  description: `ISO 9001 sets out what an organisation must do to run a **quality management system**: understand its customers and context, plan and control its processes, measure results, and keep improving. It applies to any sector, so a contact centre or BPO is certified on the same standard as a factory, with the scope on the certificate naming the services and sites covered.

### Five documents, one certificate
The article this site grew from (c. 2004) describes the ISO 9000 series as five documents: three models of quality assurance (ISO 9001 for design through servicing, ISO 9002 for production and installation, ISO 9003 for final inspection and test) and two guidance documents, ISO 9000 and ISO 9004. That was the 1994 set. In December 2000 **ISO 9001:2000 replaced all three models**, ISO 9002 and 9003 were withdrawn, and old certificates ran out on 15 December 2003. ISO 9000 and ISO 9004 were never certifiable. Today "ISO 9000 certified" can only mean certified to ISO 9001.

### Achieving and keeping it
An independent, ideally accredited, certification body audits the system in two stages and issues a certificate valid for three years, with surveillance audits in years two and three and a recertification audit before expiry. No authoritative price or typical duration is published; certification bodies quote per job. The current edition is ISO 9001:2015 with a 2024 amendment on climate change; a new edition was forecast for 2026.

### Checking a holder
Ask for the certificate, check the certification body and its accreditation, the scope and the expiry date, and look it up in the body's register or in [IAF CertSearch](https://www.iafcertsearch.org).`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
