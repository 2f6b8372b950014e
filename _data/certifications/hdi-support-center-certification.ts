import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "hdi-support-center-certification",
  name: "HDI Support Center Certification",
  shortName: "HDI SCC",
  aliases: [
    { name: "Help Desk Institute", kind: "former-name", note: "HDI's original name; HDI is now used as the brand itself." },
    { name: "Help Desk Institute Support Center Certification", kind: "former-name" },
    { name: "HDI", kind: "abbreviation" },
    { name: "SCC", kind: "abbreviation", note: "Support Center Certification." },
    { name: "HDI Certified Support Center", kind: "alternative" },
    { name: "HDI Support Center Standard", kind: "alternative", note: "The standard the certification audits against." },
  ],
  kind: "organisation",
  categories: ["service-management", "customer-experience", "quality-management"],
  issuer: "hdi",
  website: "http://www.thinkhdi.com/certification/support-center-certification/faq.aspx",
  assurance: "certification",
  status: "active",
  related: ["hdi-professional-certifications", "scp-standards", "cmmi-svc", "iso-iec-20000-1", "copc-cx-standard"],
  summary: "HDI's on-site audit and certification of IT and technical support centres against the HDI Support Center Standard, which draws on ITIL and Knowledge-Centered Support.",
  history: [
    { date: "1989", event: "Help Desk Institute (HDI) founded by Ron Muns in Colorado Springs.", cite: ["computerworld-2000"] },
    { date: "1998", event: "HDI sponsors an initiative to develop open certification standards, working with more than 25 practitioner experts, according to one training deck.", cite: ["optimal-deck"] },
    { date: "1999", event: "HDI sponsors an initiative to develop open certification standards for individuals and support centres, according to another deck.", cite: ["scc-program-deck"] },
    { date: "2000", event: "Support Center Certification first introduced, in the year HDI merged with the UK's CSM to form Think Service Inc.", cite: ["scc-standards-v4", "hdi-japan-history"] },
    { date: "2003", event: "Think Service's programme guide describes about 60 standards statements, each with four maturity levels, set by an international committee.", cite: ["scc-2003"] },
    { date: "2005", event: "SCC Standards version 4 uses 66 standards statements, each with four maturity levels, and adopts ITIL terminology.", cite: ["scc-standards-v4"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "No price for a support-centre audit or certification was found. Looked at HDI's Support Center Certification FAQs and certification pages on thinkhdi.com, HDI's policy page, the 2003 Think Service programme guide, the 2005 SCC Standards v4 and the Support Center Standard v5 copies, two training decks, and searched for HDI audit reports, press releases of certified centres and consultancies' pages (2026)." },
  timeToAchieve: { status: "not-published", note: "No source gives the length of the audit or a typical time to prepare for it. Looked at the same HDI pages, programme documents and training decks, and searched for audit reports and certified centres' announcements (2026); a redacted 2020 HDI audit report turned up only as a scraped copy on an unrelated host and was not used. HDI offers a self-evaluation to gauge readiness." },
  validity: { status: "not-published", note: "No source was found for how long a support-centre certification lasts or how often it is re-audited. Looked at HDI's Support Center Certification FAQs, the 2003 and 2005 programme documents, the Support Center Standard v5 copy and two training decks, and searched for re-certification announcements of certified centres (2026). The 2013 three-year rule applies to HDI's individual management certifications, not to support centres." },
  requirements: [
    { text: "The support centre must pass an on-site audit and reach the minimum scores set by the standards committee.", cite: ["scc-standards-v4", "scc-2003"] },
    { text: "The HDI Support Center Standard gathers good practice from IT service management frameworks such as ITIL and from Knowledge-Centered Support (KCS).", cite: ["hdi-scc-faq"] },
    { text: "The HDI International Standards Committee maintains the standard; a subcommittee reviews it at least 'bi-annually' (HDI's word, which can mean twice a year or every two years).", cite: ["hdi-scc-faq"] },
    { text: "The standard is organised around leadership, strategy and policy, staff management, resources, process and procedure, and staff, customer and performance results.", cite: ["hdi-sc-standard-v5"] },
  ],
  recognition: [
    { text: "HDI, described as Help Desk Institute, is listed among organisational certifications for call centres and BPOs in the c. 2004 bpmwatch article.", cite: ["bpmwatch"] },
    { text: "The programme was designed to align with EFQM, the Malcolm Baldrige criteria and ISO 9000.", cite: ["scc-standards-v4", "optimal-deck"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the HDI certificate, the version of the Support Center Standard used, the centre audited and the audit date, then ask HDI to confirm the certification is current.",
    cite: ["hdi-scc-faq"],
    unconfirmed: true,
    note: "We found no public register of HDI-certified support centres and no published validity period, so how current a certificate must be is unconfirmed.",
  },
  disagreements: [
    {
      topic: "When HDI started the certification initiative",
      positions: [
        { claim: "1998.", cite: ["optimal-deck"] },
        { claim: "1999.", cite: ["scc-program-deck"] },
      ],
      note: "Both are training decks about the programme; both dates are shown in the history.",
    },
  ],
  sources: [
    { id: "hdi-scc-faq", url: "http://www.thinkhdi.com/certification/support-center-certification/faq.aspx", title: "Support Center Certification FAQs", publisher: "HDI", kind: "issuer", accessed: "2026-11-30" },
    { id: "scc-standards-v4", url: "https://vdocuments.net/maturity-level-description.html", title: "HDI Support Center Certification (SCC) Standards v.4 (© 2000–2005), copy", publisher: "HDI / Think Service Inc. (copy hosted by vdocuments)", kind: "issuer", published: "2005", accessed: "2026-11-29", note: "A copy of HDI's 2005 standards document, which is no longer on HDI's site; no original or archived copy was found, so the copy is kept as the only text." },
    { id: "scc-2003", url: "https://vdocuments.site/support-center-certification-program-hci-itilcom-support-center-certification.html", title: "Support Center Certification Program (© 2003 Think Service), copy", publisher: "Think Service (copy hosted by vdocuments)", kind: "issuer", published: "2003", accessed: "2026-11-29", note: "A copy of the 2003 programme guide of Think Service, HDI's then owner; no original or archived copy was found." },
    { id: "scc-program-deck", url: "https://powershow.com./view1/2110dc-ZDc1Z/Support_Center_Certification_Program_powerpoint_ppt_presentation", title: "Support Center Certification Program (undated presentation)", publisher: "PowerShow (user-uploaded)", kind: "consultancy", accessed: "2026-11-29", note: "An undated training deck of unknown authorship, uploaded by a user; kept only for the date it gives, shown beside the other deck's date as a disagreement." },
    { id: "optimal-deck", url: "https://powershow.com./view1/8a72e-ZDc1Z/Help_Desk_Institute_powerpoint_ppt_presentation", title: "Help Desk Institute's Support Center Certification (undated presentation by Optimal Support)", publisher: "PowerShow (user-uploaded)", kind: "consultancy", accessed: "2026-11-29", note: "A consultancy's undated deck, uploaded by a user; no original was found." },
    { id: "hdi-sc-standard-v5", url: "https://fdocuments.in/reader/full/hdi-support-center-standard-v5-mediahdicorpfilesstandardshdi-sc-hdi", title: "HDI Support Center Standard v5, copy", publisher: "HDI (copy hosted by fdocuments)", kind: "issuer", accessed: "2026-11-29", note: "HDI sells its standards to members and candidates rather than publishing them; this copy is the only text of version 5 we found." },
    { id: "computerworld-2000", url: "https://www.computerworld.com.au/article/85199/help_desk_groups_merge_mend_fences/", title: "Help Desk Groups Merge to Mend Fences", publisher: "Computerworld Australia", kind: "press", published: "2000-07-07", accessed: "2026-11-29" },
    { id: "hdi-japan-history", url: "https://hdi-japan.com/hdi/about6/history.asp", title: "HDI history (in Japanese)", publisher: "HDI-Japan", kind: "consultancy", accessed: "2026-11-29", note: "HDI's Japanese affiliate." },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", kind: "press", accessed: "2026-11-29" },
  ],
  description: `HDI Support Center Certification is an audit-based certification for **IT and technical support centres**, the service desks and help desks that answer users' calls, chats and tickets. HDI, founded in 1989 as the Help Desk Institute, built it with an international committee of practitioners so that support centres would have an open standard of their own, aligned with general quality models such as EFQM, the Baldrige criteria and ISO 9000.

### What achieving it involves
The centre is measured against the HDI Support Center Standard, which collects good practice from IT service management frameworks such as ITIL and from Knowledge-Centered Support. The standard covers leadership, policy, people, resources and processes as well as staff-satisfaction, customer-satisfaction and performance results. Each standard statement is scored on four maturity levels. HDI offers a self-evaluation to gauge readiness; certification then requires an on-site audit and minimum scores set by the standards committee. No price or typical timeline is published.

### History
HDI began the initiative in 1998 or 1999 (sources differ) and introduced the certification in 2000. The standard is maintained by the HDI International Standards Committee and reviewed regularly by a subcommittee.

### Renewal and checking a claim
We found no published rule on how long a support-centre certificate lasts, and no public register. Ask for the certificate, the version of the standard, the centre audited and the audit date, and confirm with HDI. HDI's certifications for individual support staff are listed separately.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
