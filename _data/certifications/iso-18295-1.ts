import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-18295-1",
  name: "ISO 18295-1 Customer contact centres – Part 1: Requirements for customer contact centres",
  shortName: "ISO 18295-1",
  aliases: [
    { name: "ISO 18295", kind: "alternative", note: "The two-part series; Part 1 is the one a contact centre is certified against." },
    { name: "ISO 18295-1:2017", kind: "alternative" },
    { name: "EN ISO 18295-1", kind: "alternative", note: "The European adoption, which replaced EN 15838." },
    { name: "DIN EN ISO 18295-1", kind: "alternative", note: "The German edition." },
    { name: "EN 15838", kind: "former-name", note: "The European standard it replaced in 2017." },
  ],
  kind: "organisation",
  categories: ["customer-experience", "quality-management", "outsourcing"],
  issuer: "iso",
  website: "https://www.iso.org/standard/64739.html",
  status: "active",
  supersedes: ["en-15838"],
  related: ["iso-18295-2", "copc-cx-standard", "iso-10002", "iso-9001", "customer-service-excellence"],
  summary: "The international standard of service requirements for customer contact centres, in-house or outsourced, across all channels; published in 2017, replacing EN 15838.",
  history: [
    { date: "2017-07-06", event: "ISO 18295-1:2017 published (first edition), written by project committee ISO/PC 273 together with Part 2.", cite: ["glstd-18295-1", "auditor-18295", "ccv-18295"] },
    { date: "2017", event: "Adopted in Europe as EN ISO 18295-1:2017, replacing EN 15838:2009.", cite: ["theiteh-18295-1", "grokipedia-en15838"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "No cost figure found." },
  timeToAchieve: { status: "not-published", note: "No duration found." },
  validity: { status: "not-published", note: "Certification is offered by independent certification bodies. The three-year cycle usual for ISO management-system certificates probably applies, but no source we read states it for ISO 18295-1." },
  requirements: [
    { text: "Specifies service requirements for any customer contact centre, in-house (captive) or outsourced (third-party), of any size and sector, across all interaction channels, inbound and outbound.", cite: ["theiteh-18295-1"] },
    { text: "Specifies performance metrics (KPIs) where required.", cite: ["theiteh-18295-1", "glstd-18295-1"] },
    { text: "Its clauses include customer relationship requirements (communicating with customers, measuring customer experience, complaints handling, customer protection) and customer-focused leadership.", cite: ["qglobal-18295"] },
    { text: "It also covers employee competence, operational processes and performance management, the technology and data behind the service, and the relationship between the centre and its client.", cite: ["cba-18295"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the certificate and check the certification body, whether it is accredited for ISO 18295-1, the sites and services in scope, the edition (2017) and the expiry date; then confirm with the certification body's register.",
    cite: ["theiteh-18295-1"],
    unconfirmed: true,
    note: "We found no source on accreditation arrangements or public registers specific to ISO 18295-1; the steps are those used for other ISO certificates.",
  },
  disagreements: [],
  sources: [
    { id: "glstd-18295-1", url: "https://glstd.com/st-iso-18295-1-2017.html", title: "ISO 18295-1:2017 (catalogue entry citing the ISO record)", publisher: "GLSTD", accessed: "2026-11-29" },
    { id: "theiteh-18295-1", url: "https://theiteh.com/catalog/standards/cen/553bc82a-f2a8-4182-8048-924779402bd7/en-iso-18295-1-2017", title: "EN ISO 18295-1:2017 Customer contact centres – Part 1", publisher: "iTeh Standards (CEN catalogue)", accessed: "2026-11-29" },
    { id: "auditor-18295", url: "https://www.theauditoronline.com/new-standards-to-help-contact-centers-improve-customer-experience/", title: "New standards to help contact centers improve customer experience", publisher: "The Auditor", accessed: "2026-11-29" },
    { id: "ccv-18295", url: "https://testumgebung.cc-verband.de/mitglieder/cjacob/page/100", title: "Serviceanforderungen in Kundenkontaktzentren: DIN EN ISO 18295 (CCVNews, CCW 2018)", publisher: "Call Center Verband Deutschland (CCV)", published: "2018", accessed: "2026-11-29" },
    { id: "grokipedia-en15838", url: "https://grokipedia.com/page/en_15838", title: "EN 15838", publisher: "Grokipedia", accessed: "2026-11-29" },
    { id: "cba-18295", url: "https://cba.com.cy/home/services-capabilities/sustainable-development/iso-18295-1-customer-contact-centres", title: "ISO 18295-1: Customer Contact Centres", publisher: "CBA (Cyprus)", accessed: "2026-11-29" },
    { id: "qglobal-18295", url: "https://qglobalacademy.com/courses/iso-18295-1-2017-management-system-for-customer-contact-centres-lead-auditor-course/6086", title: "ISO 18295-1:2017 lead auditor course (with clause list)", publisher: "QGlobal Academy", accessed: "2026-11-29" },
  ],
  description: `ISO 18295-1 sets out what a **customer contact centre** must do to give consistent, customer-focused service. It applies to in-house (captive) centres and to outsourcers alike, of any size, in any sector and on every channel, inbound and outbound. It was written by ISO project committee ISO/PC 273 and published on 6 July 2017 together with its companion, ISO 18295-2, which covers the clients that use contact centres.

### What it covers
The requirements run from the customer relationship (how the centre communicates with customers, measures their experience, handles complaints and protects them) through customer-focused leadership to the people, processes and technology behind the service, and the standard specifies key performance indicators where they are needed. Unlike ISO 9001, which applies to any organisation, it was written for contact centres alone, as the proprietary COPC standard was.

### Where it came from
In Europe it replaced **EN 15838:2009**, the CEN standard for contact centres: EN 15838 was withdrawn when the two parts of ISO 18295 were adopted as EN ISO standards in 2017. Searches for "EN 15838" lead here.

### Achieving and checking it
Independent certification bodies audit centres against Part 1. No source gives a typical cost, duration or certificate lifetime for this standard; the three-year cycle used for ISO management-system certificates is likely but not confirmed. A buyer should ask for the certificate, check the certification body and its accreditation, the sites and services in scope, and the expiry date, and confirm the certificate with the issuing body. Part 2 applies to the buying organisation itself, not to the supplier.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
