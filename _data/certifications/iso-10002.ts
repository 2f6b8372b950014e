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
  status: "active",
  related: ["iso-9001", "iso-18295-1", "customer-service-excellence"],
  summary: "ISO's guidelines for running a complaints-handling process, part of the ISO 9000 family; a guidance document rather than a requirements standard, although some certification bodies sell certificates against it.",
  history: [
    { date: "2004", event: "First edition, ISO 10002:2004.", cite: ["bis-10002"] },
    { date: "2014", event: "Second edition, ISO 10002:2014.", cite: ["bs-iso-10002-2018", "euroassessments-10002"] },
    { date: "2018-07-16", event: "Third edition listed by a standards retailer with this publication date.", cite: ["saiglobal-10002"], note: "The standard's own front matter dates the third edition 30 July 2018; see the disagreement below." },
    { date: "2018-07-30", event: "Third edition, ISO 10002:2018, dated 30 July 2018 in its front matter; revised to fit ISO's high-level structure and align with ISO 9001 and ISO 9004. The UK edition was published under BSI's authority on 31 July 2018.", cite: ["bs-iso-10002-2018", "bsi-knowledge-10002"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "No cost figure found for assessments against ISO 10002." },
  timeToAchieve: { status: "not-published", note: "No duration found." },
  validity: { status: "not-published", note: "ISO 10002 is guidance, not a requirements standard, so ISO sets no certificate lifetime; certification bodies that assess against it apply their own rules." },
  requirements: [
    { text: "It is a guidelines document: it gives guidance on planning, designing, developing, operating, maintaining and improving a complaints-handling process, which can serve as one process within a quality management system.", cite: ["whittington-10002", "saiglobal-10002"] },
    { text: "It covers a customer-focused climate open to feedback, top-management commitment and resources, an accessible complaints process, analysis of complaints to improve products and services, and audit and review of the process. Annex B gives guidance for small businesses.", cite: ["whittington-10002"] },
    { text: "It does not apply to disputes referred for resolution outside the organisation or to employment disputes.", cite: ["whittington-10002", "saiglobal-10002"] },
    { text: "Some certification bodies nonetheless offer \"ISO 10002 certification\", with stage audits and annual surveillance.", cite: ["urs-10002", "isoca-10002"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Because ISO 10002 is guidance, a certificate against it shows only that one certification body assessed the complaints process on its own criteria. Ask which body issued it, what criteria and sites it covers, whether that body is accredited for it, and when it expires; for a contact centre, an ISO 18295-1 certificate is a firmer, requirements-based check, and complaints handling is among its requirements.",
    cite: ["urs-10002", "whittington-10002", "qglobal-18295"],
    unconfirmed: true,
    note: "We found no source saying whether accreditation bodies accredit certification to ISO 10002.",
  },
  disagreements: [
    {
      topic: "Publication date of the 2018 edition",
      positions: [
        { claim: "30 July 2018, as printed in the standard's front matter.", cite: ["bs-iso-10002-2018"] },
        { claim: "16 July 2018, as listed by a standards retailer.", cite: ["saiglobal-10002"] },
      ],
    },
  ],
  sources: [
    { id: "bis-10002", url: "https://standardsbis.bsbedge.com/BIS_Preview.aspx?id=IO10002_2018_Reaff2023", title: "IS/ISO 10002:2018 national foreword", publisher: "Bureau of Indian Standards", accessed: "2026-11-29" },
    { id: "bs-iso-10002-2018", url: "https://studylib.net/doc/26276325/bs-iso-10002-2018", title: "BS ISO 10002:2018 (front matter and national foreword)", publisher: "BSI, via studylib", accessed: "2026-11-29" },
    { id: "bsi-knowledge-10002", url: "https://knowledge.bsigroup.com/products/quality-management-customer-satisfaction-guidelines-for-complaints-handling-in-organizations/tracked-changes", title: "Quality management. Customer satisfaction. Guidelines for complaints handling in organizations", publisher: "BSI Knowledge", accessed: "2026-11-29" },
    { id: "saiglobal-10002", url: "https://infostore.saiglobal.com/en-gb/standards/iso-10002-2018-587674_saig_iso_iso_2618234/", title: "ISO 10002:2018", publisher: "SAI Global Infostore", accessed: "2026-11-29" },
    { id: "whittington-10002", url: "https://www.whittingtonassociates.com/2018/09/complaints-handling-2/", title: "ISO 10002:2018 complaints handling is available", publisher: "Whittington & Associates", published: "2018-09", accessed: "2026-11-29" },
    { id: "euroassessments-10002", url: "https://euroassessments.co.uk/ISO-10002-2014-Certification.php", title: "ISO 10002:2014 certification", publisher: "Euro Assessments", accessed: "2026-11-29" },
    { id: "qglobal-18295", url: "https://qglobalacademy.com/courses/iso-18295-1-2017-management-system-for-customer-contact-centres-lead-auditor-course/6086", title: "ISO 18295-1:2017 lead auditor course (with clause list)", publisher: "QGlobal Academy", accessed: "2026-11-29" },
    { id: "urs-10002", url: "https://urs-holdings.com/iso-certification/iso-10002-certification-of-the-complaints-handling-management-system", title: "ISO 10002 – Certification of the complaints handling management system", publisher: "URS", accessed: "2026-11-29" },
    { id: "isoca-10002", url: "https://demo.isoca.com.au/standards/iso-10002", title: "ISO 10002", publisher: "ISOCA", accessed: "2026-11-29" },
  ],
  description: `ISO 10002 gives **guidelines for handling complaints**: how an organisation should plan, design, run, maintain and improve a complaints process that is open, easy to use and fed back into better products and services. It belongs to the ISO 9000 family, written by ISO's quality committee ISO/TC 176 (subcommittee SC 3), and is designed to work as one process inside a quality management system, though it can also be used alone. Any organisation can use it; an annex covers small businesses.

### Guidance, not requirements
The title says it: these are **guidelines**. ISO 10002 tells an organisation what a good complaints process looks like, but it does not set requirements that an auditor can hold it to in the way ISO 9001 or ISO 18295-1 do. Some certification bodies still sell "ISO 10002 certification", auditing the complaints process and repeating the check yearly. Such a certificate can be useful evidence, but a buyer should understand that it rests on the certification body's reading of guidance, and we found no source on whether accreditation bodies accredit it.

### Editions
The first edition appeared in 2004 and the second in 2014. The third, dated 30 July 2018 in the standard itself (a retailer lists 16 July), was rewritten to fit ISO's common management-system structure and to align with ISO 9001 and ISO 9004. It excludes disputes referred outside the organisation and employment disputes.

### For buyers
No cost, duration or certificate lifetime is published by ISO. For a contact centre, complaints handling is also among the requirements of ISO 18295-1, which is a firmer basis for a supplier check; an ISO 10002 certificate can be read as supporting evidence.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
