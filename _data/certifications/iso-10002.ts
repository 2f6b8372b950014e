import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-10002",
  name: "ISO 10002 Quality management – Customer satisfaction – Guidelines for complaints handling in organizations",
  shortName: "ISO 10002",
  aliases: [
    { name: "ISO 10002:2018", kind: "alternative", note: "The third and current edition." },
    { name: "ISO 10002:2014", kind: "former-name" },
    { name: "ISO 10002:2004", kind: "former-name" },
    { name: "BS ISO 10002", kind: "alternative", note: "The UK edition." },
    { name: "Complaints management certification", kind: "alternative", note: "How some certification bodies market assessments against it." },
  ],
  kind: "organisation",
  categories: ["complaints-handling", "customer-experience", "quality-management"],
  issuer: "iso",
  website: "https://www.iso.org/standard/71580.html",
  assurance: "guidance",
  status: "active",
  related: ["iso-9001", "iso-18295-1", "customer-service-excellence"],
  summary: "ISO's guidelines for running a complaints-handling process, part of the ISO 9000 family. It is guidance, not a requirements standard, so it cannot be certified against; some certification bodies nonetheless sell their own \"ISO 10002\" certificates.",
  history: [
    { date: "2004", event: "First edition, ISO 10002:2004.", cite: ["bis-10002", "lunis-10002"] },
    { date: "2014", event: "Second edition, ISO 10002:2014.", cite: ["bs-iso-10002-2018", "euroassessments-10002", "lunis-10002"] },
    { date: "2018-07-16", event: "Third edition listed by a standards retailer with this publication date.", cite: ["saiglobal-10002"], note: "The standard's own front matter dates the third edition 30 July 2018; see the 2018 edition below." },
    { date: "2018-07-30", event: "Third edition, ISO 10002:2018, dated 30 July 2018 in its front matter; revised to fit ISO's high-level structure and align with ISO 9001 and ISO 9004. The UK edition was published under BSI's authority on 31 July 2018.", cite: ["bs-iso-10002-2018", "bsi-knowledge-10002"] },
    { date: "2023", event: "The 2018 edition is reviewed and confirmed, so it remains current; India's national edition is reaffirmed the same year.", cite: ["agsiraq-10002", "bis-10002"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "ISO 10002 is guidance and cannot be certified against, so there is no certification price. Looked at ISO's and BSI's pages and at certification bodies selling their own ISO 10002 assessments (URS, TURCERT, Euro Assessments) in 2026; none publishes a fee." },
  timeToAchieve: { status: "not-published", note: "Guidance, not certifiable. None of the certification bodies above publishes a typical duration for its own ISO 10002 assessment." },
  validity: { status: "not-published", note: "ISO 10002 is guidance, so there is no certificate lifetime set by any rule. Certification bodies that sell their own assessments apply their own terms: one, TURCERT, says its certificate runs three years with interim audits.", cite: ["turcert-10002"] },
  editions: [
    {
      id: "2004",
      name: "ISO 10002:2004",
      claims: ["10002:2004", "BS ISO 10002:2004"],
      published: "2004",
      validUntil: { status: "not-published", note: "Replaced by the 2014 edition. ISO 10002 is guidance, so there was no certificate transition; we found no source giving the day the 2004 edition was withdrawn (looked at BIS, BSI and SAI Global catalogue pages)." },
      cite: ["bis-10002", "lunis-10002"],
    },
    {
      id: "2014",
      name: "ISO 10002:2014",
      claims: ["10002:2014", "BS ISO 10002:2014"],
      published: "2014",
      validUntil: { status: "not-published", note: "Replaced by the 2018 edition. ISO 10002 is guidance, so there was no certificate transition; we found no source giving the day the 2014 edition was withdrawn (looked at BIS, BSI and SAI Global catalogue pages)." },
      cite: ["bs-iso-10002-2018", "euroassessments-10002", "lunis-10002"],
    },
    {
      id: "2018",
      name: "ISO 10002:2018",
      claims: ["10002:2018", "BS ISO 10002:2018", "IS/ISO 10002:2018"],
      published: "2018-07",
      cite: ["bs-iso-10002-2018", "saiglobal-10002", "bis-10002", "agsiraq-10002"],
      note: "The third and current edition, confirmed in 2023. India publishes it as IS/ISO 10002:2018, reaffirmed in 2023.",
      disagreements: [
        {
          field: "published",
          positions: [
            { date: "2018-07-16", claim: "Publication date as listed by a standards retailer.", cite: ["saiglobal-10002"] },
            { date: "2018-07-30", claim: "Date printed on the third edition's front matter.", cite: ["bs-iso-10002-2018"] },
          ],
        },
      ],
    },
  ],
  requirements: [
    { text: "It is a guidelines document: it gives guidance on planning, designing, developing, operating, maintaining and improving a complaints-handling process, which can serve as one process within a quality management system.", cite: ["whittington-10002", "saiglobal-10002"] },
    { text: "It covers a customer-focused climate open to feedback, top-management commitment and resources, an accessible complaints process, analysis of complaints to improve products and services, and audit and review of the process. Annex B gives guidance for small businesses.", cite: ["whittington-10002"] },
    { text: "It does not apply to disputes referred for resolution outside the organisation or to employment disputes.", cite: ["whittington-10002", "saiglobal-10002", "agsiraq-10002"] },
    { text: "It cannot be certified against: certification can only take place against a document that contains requirements, and ISO publishes ISO 10002 as a guideline document.", cite: ["agsiraq-10002"] },
    { text: "Some certification bodies nonetheless offer \"ISO 10002 certification\" on their own terms, with stage audits and annual or interim surveillance; one says its certificate runs for three years and must then be renewed.", cite: ["urs-10002", "turcert-10002", "euroassessments-10002"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Because ISO 10002 is guidance, a certificate against it shows only that one certification body assessed the complaints process on its own criteria: it is not an accredited ISO certification. Ask which body issued it, what criteria and sites it covers and when it expires. For a contact centre, an ISO 18295-1 certificate is a firmer, requirements-based check, and complaints handling is among its requirements.",
    cite: ["agsiraq-10002", "urs-10002", "whittington-10002", "qglobal-18295"],
    unconfirmed: true,
    note: "We found no source saying that any accreditation body accredits certification to ISO 10002; the statement that such certificates are not accredited is our reading of ISO's rule that only requirements documents can be certified against.",
  },
  disagreements: [],
  sources: [
    { id: "bis-10002", url: "https://standardsbis.bsbedge.com/BIS_Preview.aspx?id=IO10002_2018_Reaff2023", title: "IS/ISO 10002:2018 (reaffirmed 2023), national foreword", publisher: "Bureau of Indian Standards", kind: "standards-body", accessed: "2026-11-29" },
    { id: "bs-iso-10002-2018", url: "https://studylib.net/doc/26276325/bs-iso-10002-2018", title: "BS ISO 10002:2018 (front matter and national foreword)", publisher: "BSI, via studylib", kind: "standards-body", accessed: "2026-11-29", note: "A copy on a document-sharing site. The standard itself is sold, not public, and BSI's own page (bsi-knowledge-10002) does not show the front matter; we keep this copy only for the dates printed in it." },
    { id: "bsi-knowledge-10002", url: "https://knowledge.bsigroup.com/products/quality-management-customer-satisfaction-guidelines-for-complaints-handling-in-organizations/tracked-changes", title: "Quality management. Customer satisfaction. Guidelines for complaints handling in organizations", publisher: "BSI Knowledge", kind: "standards-body", accessed: "2026-11-29" },
    { id: "saiglobal-10002", url: "https://infostore.saiglobal.com/en-gb/standards/iso-10002-2018-587674_saig_iso_iso_2618234/", title: "ISO 10002:2018", publisher: "SAI Global Infostore", kind: "reference", accessed: "2026-11-29", note: "A standards retailer's catalogue entry." },
    { id: "whittington-10002", url: "https://www.whittingtonassociates.com/2018/09/complaints-handling-2/", title: "ISO 10002:2018 complaints handling is available", publisher: "Whittington & Associates", kind: "consultancy", published: "2018-09", accessed: "2026-11-29" },
    { id: "euroassessments-10002", url: "https://euroassessments.co.uk/ISO-10002-2014-Certification.php", title: "ISO 10002:2014 certification", publisher: "Euro Assessments", kind: "certification-body", accessed: "2026-11-30" },
    { id: "lunis-10002", url: "https://lunisassociates.com/iso-10002", title: "ISO 10002", publisher: "Lunis Associates", kind: "consultancy", accessed: "2026-11-30" },
    { id: "agsiraq-10002", url: "https://agsiraq.com/iso-10002-certification/", title: "ISO 10002 certification support", publisher: "AGS Iraq", kind: "consultancy", accessed: "2026-11-30", note: "A consultancy page that reports ISO's own statements: that the 2018 edition was confirmed in 2023 and that certification can only take place against a document containing requirements." },
    { id: "qglobal-18295", url: "https://qglobalacademy.com/courses/iso-18295-1-2017-management-system-for-customer-contact-centres-lead-auditor-course/6086", title: "ISO 18295-1:2017 lead auditor course (with clause list)", publisher: "QGlobal Academy", kind: "consultancy", accessed: "2026-11-29" },
    { id: "urs-10002", url: "https://urs-holdings.com/iso-certification/iso-10002-certification-of-the-complaints-handling-management-system", title: "ISO 10002 – Certification of the complaints handling management system", publisher: "URS", kind: "certification-body", accessed: "2026-11-29" },
    { id: "turcert-10002", url: "https://www.sciencetr.com/zh-CN/belgelendirme/sistem-belgelendirme/iso-10002-musteri-sikayet-yonetim-sistemi/iso-10002-musteri-sikayet-yonetim-sistemi-belgelendirme-sureci-nasildir", title: "ISO 10002 customer complaints management system certification process (Chinese-language page)", publisher: "TURCERT", kind: "certification-body", accessed: "2026-11-30", note: "Replaces a page on a demo host (demo.isoca.com.au) cited before; this is the Chinese-language version of a Turkish certification body's page, the only version we found." },
  ],
  description: `ISO 10002 gives **guidelines for handling complaints**: how an organisation should plan, design, run, maintain and improve a complaints process that is open, easy to use and fed back into better products and services. It belongs to the ISO 9000 family, written by ISO's quality committee ISO/TC 176 (subcommittee SC 3), and is designed to work as one process inside a quality management system, though it can also be used alone. Any organisation can use it; an annex covers small businesses.

### Guidance, not requirements: not certifiable
The title says it: these are **guidelines**. ISO 10002 tells an organisation what a good complaints process looks like, but it sets no requirements that an auditor can hold it to, and under ISO's own rule only a document that contains requirements can be certified against. **ISO 10002 therefore cannot be certified against.** Some certification bodies still sell "ISO 10002 certification" on their own terms, auditing the complaints process and returning for interim audits; one says its certificate runs three years. Such a certificate can be useful evidence, but it rests on that body's reading of guidance, and we found no accreditation body that accredits it.

### Editions
The first edition appeared in 2004 and the second in 2014. The third, dated 30 July 2018 in the standard itself (a retailer lists 16 July), was rewritten to fit ISO's common management-system structure and to align with ISO 9001 and ISO 9004; it was reviewed and confirmed in 2023. It excludes disputes referred outside the organisation and employment disputes.

### For buyers
There is no certification cost, duration or certificate lifetime to report, because there is no certification. For a contact centre, complaints handling is also among the requirements of ISO 18295-1, which is a firmer basis for a supplier check; an ISO 10002 certificate can be read as supporting evidence.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
