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
  assurance: "certification",
  status: "active",
  supersedes: ["en-15838"],
  related: ["iso-18295-2", "copc-cx-standard", "iso-10002", "iso-9001", "customer-service-excellence"],
  summary: "The international standard of service requirements for customer contact centres, in-house or outsourced, across all channels; published in 2017, replacing EN 15838.",
  history: [
    { date: "2013-07", event: "ISO project committee ISO/PC 273 holds its kick-off meeting in Vienna, with representatives of 12 countries, to develop ISO 18295.", cite: ["ccv-pc273"] },
    { date: "2017-07-06", event: "ISO 18295-1:2017 published (first edition), written by project committee ISO/PC 273 together with Part 2.", cite: ["glstd-18295-1", "auditor-18295", "ccv-18295"] },
    { date: "2017", event: "Adopted in Europe as EN ISO 18295-1:2017; with Part 2 it replaces the European standard EN 15838:2009.", cite: ["theiteh-18295-1", "din-18295"] },
    { date: "2017-10", event: "Published in Germany as DIN EN ISO 18295-1:2017.", cite: ["ccv-18295", "din-18295"] },
    { date: "2019-07", event: "Notruf NÖ, Lower Austria's emergency call centre, is reported as the first emergency call centre certified to ISO 18295.", cite: ["oejournal-2019"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Looked at ISO's catalogue entries, the German contact-centre association CCV and the consultancy C.M.B.S., the Austrian ISO 18295 certification sites (iso18295-zertifizierung.at and .com), the Dutch ISO 18295 site and Klantenservice Federatie pages, the trade press (Ziptone, The Auditor, CustomerServiceManager), certification bodies' ISO 18295-1 pages (CBA Cyprus, Pacific Certifications, ISOSTAN), and general ISO cost guides from UK and Indian firms (2026); none publishes a fee, day rate or typical cost for ISO 18295-1 certification. The Austrian and German process pages say cost is settled in a first meeting but give no figure." },
  timeToAchieve: { status: "not-published", note: "No source gives a typical duration. Looked at the same sources as for cost (2026): the Austrian and German process pages list the steps (first meeting, optional pre-audit, documentation, audit, certificate) without durations, and a 2019 press report calls the way to certification for Lower Austria's emergency call centre an intensive, multi-stage process over many weeks, which is too vague to record as a figure.", cite: ["oejournal-2019"] },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certificate",
        period: "P6Y",
        renewal: "Recertification after six years.",
        cite: ["oejournal-2019", "iso18295zert-glossar"],
        note: "Reported for one certificate, that of Notruf NÖ (2019), and stated as the general rule on an Austrian ISO 18295 certification site (undated, read in 2026). Neither names an accreditation rule, and other certification bodies may set other cycles.",
      },
      {
        appliesTo: "Surveillance audits",
        period: "P2Y",
        renewal: "Surveillance checks every two years keep the certificate valid.",
        cite: ["oejournal-2019", "iso18295zert-glossar"],
        note: "As reported for the same certificate and stated on the same Austrian site.",
      },
    ],
  },
  editions: [
    {
      id: "2017",
      name: "ISO 18295-1:2017",
      claims: ["18295-1:2017", "EN ISO 18295-1:2017", "DIN EN ISO 18295-1:2017"],
      published: "2017-07-06",
      supersedes: [{ certification: "en-15838", edition: "2009" }],
      cite: ["glstd-18295-1", "theiteh-18295-1", "ccv-18295", "din-18295"],
      note: "The first and, as far as our sources show, only edition; a catalogue entry describes it as confirmed. In Europe it replaced EN 15838:2009 together with ISO 18295-2.",
    },
  ],
  requirements: [
    { text: "Specifies service requirements for any customer contact centre, in-house (captive) or outsourced (third-party), of any size and sector, across all interaction channels, inbound and outbound.", cite: ["theiteh-18295-1"] },
    { text: "Specifies performance metrics (KPIs) where required.", cite: ["theiteh-18295-1", "glstd-18295-1"] },
    { text: "Its clauses include customer relationship requirements (communicating with customers, measuring customer experience, complaints handling, customer protection) and customer-focused leadership.", cite: ["qglobal-18295"] },
    { text: "It also covers employee competence, operational processes and performance management, the technology and data behind the service, and the relationship between the centre and its client.", cite: ["cba-18295"] },
    { text: "It is a service standard: a German consultant involved in writing it advises that a certifier should be accredited to ISO/IEC 17065, the standard for bodies certifying products, processes and services. IAF MD 5, the audit-time rule used for ISO 9001, is a mandatory document for management-system certification under ISO/IEC 17021-1; we found no source applying it to ISO 18295-1.", cite: ["cmbs-18295", "ukas-md5"] },
  ],
  recognition: [
    { text: "Lower Austria's emergency call service, Notruf NÖ, was reported in July 2019 as the first emergency call centre certified to ISO 18295.", cite: ["oejournal-2019"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the certificate and check the certification body, whether it is accredited for ISO 18295-1 (a German consultant advises accreditation to ISO/IEC 17065, the standard for service certification), the sites and services in scope, the edition (2017) and the expiry date; then confirm it with the certification body, ideally in its own register.",
    cite: ["theiteh-18295-1", "cmbs-18295"],
    unconfirmed: true,
    note: "We found no public register specific to ISO 18295-1 and no accreditation rule that names it; the steps are those used for other certificates.",
  },
  disagreements: [],
  sources: [
    { id: "glstd-18295-1", url: "https://glstd.com/st-iso-18295-1-2017.html", title: "ISO 18295-1:2017 (catalogue entry citing the ISO record)", publisher: "GLSTD", kind: "reference", accessed: "2026-11-30", note: "A standards retailer's catalogue entry; it says its bibliographic details are taken from the ISO record." },
    { id: "theiteh-18295-1", url: "https://theiteh.com/catalog/standards/cen/553bc82a-f2a8-4182-8048-924779402bd7/en-iso-18295-1-2017", title: "EN ISO 18295-1:2017 Customer contact centres – Part 1", publisher: "iTeh Standards (CEN catalogue)", kind: "reference", accessed: "2026-11-30", note: "A standards retailer reproducing the CEN catalogue text." },
    { id: "auditor-18295", url: "https://www.theauditoronline.com/new-standards-to-help-contact-centers-improve-customer-experience/", title: "New standards to help contact centers improve customer experience", publisher: "The Auditor", kind: "press", accessed: "2026-11-30" },
    { id: "ccv-18295", url: "https://cc-verband.de/tag/zertifizierung", title: "Serviceanforderungen in Kundenkontaktzentren: DIN EN ISO 18295 (CCVNews, CCW 2018)", publisher: "Customer Service & Call Center Verband Deutschland (CCV)", kind: "press", published: "2018", accessed: "2026-11-30", note: "The association's own site; replaces a copy on its test host (testumgebung.cc-verband.de) cited before. The article, by Manfred Stockmann, is taken from the CCVNews issue for CCW 2018." },
    { id: "ccv-pc273", url: "https://callcenter-verband.de/themen/standards-normen-und-zertifizierung/isopc-273-customer-contact-centres/", title: "Weltweite ISO-Norm für Customer Contact Center (ISO/PC 273)", publisher: "Call Center Verband Deutschland (CCV)", kind: "press", published: "2016-05", accessed: "2026-11-30" },
    { id: "din-18295", url: "https://www.din.de/de/ueber-normen-und-standards/nutzen-fuer-den-verbraucher/verbraucherrat/ueber-uns/normen-zu-kundenkontaktzentren-und-auftraggebern-von-kundenkontaktzentren-erschienen-249204", title: "Normen zu Kundenkontaktzentren und Auftraggebern von Kundenkontaktzentren erschienen", publisher: "DIN Verbraucherrat", kind: "standards-body", published: "2017-09-29", accessed: "2026-11-30" },
    { id: "cmbs-18295", url: "http://www.cmbs.de/cc-certification-infos/", title: "Informationen zur Norm ISO 18295 Teil 1 und Teil 2", publisher: "C.M.B.S. Change Management Beratung & Coaching", kind: "consultancy", published: "2018-02", accessed: "2026-11-30", note: "FAQ by Manfred Stockmann, who took part in the ISO/PC 273 work for the German association CCV; stated to be current as of February 2018." },
    { id: "oejournal-2019", url: "http://oe-journal.at/Aktuelles/!2019/0719/W5/20208noeEichtinger.htm", title: "Eichtinger: Hohe Qualität der Gespräche bei Notfällen. Zertifikat ist für sechs Jahre gültig", publisher: "Österreich Journal (press release of the Lower Austrian government office)", kind: "press", published: "2019-07", accessed: "2026-11-30" },
    { id: "iso18295zert-glossar", url: "http://www.iso18295-zertifizierung.at/glossar.8872.html", title: "ISO18295 – Glossar", publisher: "iso18295-zertifizierung.at", kind: "consultancy", accessed: "2026-11-30", note: "In German; undated. An Austrian site describing ISO 18295 certification; the text we read does not name its operator. Its glossary entry \"Gültigkeit des Zertifikates\" gives the certificate cycle." },
    { id: "ukas-md5", url: "https://www.ukas.com/resources/technical-bulletins/iaf-md5-update/", title: "IAF MD5 – Update", publisher: "UKAS", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "cba-18295", url: "https://cba.com.cy/home/services-capabilities/sustainable-development/iso-18295-1-customer-contact-centres", title: "ISO 18295-1: Customer Contact Centres", publisher: "CBA (Cyprus)", kind: "consultancy", accessed: "2026-11-30" },
    { id: "qglobal-18295", url: "https://qglobalacademy.com/courses/iso-18295-1-2017-management-system-for-customer-contact-centres-lead-auditor-course/6086", title: "ISO 18295-1:2017 lead auditor course (with clause list)", publisher: "QGlobal Academy", kind: "consultancy", accessed: "2026-11-29" },
  ],
  description: `ISO 18295-1 sets out what a **customer contact centre** must do to give consistent, customer-focused service. It applies to in-house (captive) centres and to outsourcers alike, of any size, in any sector and on every channel, inbound and outbound. It was written by ISO project committee ISO/PC 273, which first met in Vienna in July 2013, and published on 6 July 2017 together with its companion, ISO 18295-2, which covers the clients that use contact centres.

### What it covers
The requirements run from the customer relationship (how the centre communicates with customers, measures their experience, handles complaints and protects them) through customer-focused leadership to the people, processes and technology behind the service, and the standard specifies key performance indicators where they are needed. Unlike ISO 9001, which applies to any organisation, it was written for contact centres alone, as the proprietary COPC standard was.

### Where it came from
In Europe it replaced **EN 15838:2009**, the CEN standard for contact centres: the two parts of ISO 18295 were adopted as EN ISO standards in 2017 and published in Germany as DIN EN ISO 18295-1 and -2 in October 2017. Searches for "EN 15838" lead here.

### Achieving and checking it
Independent certification bodies audit centres against Part 1. It is a service standard rather than a management-system standard, and one of the people who wrote it advises that certifiers be accredited to ISO/IEC 17065, the standard for service certification. That matters for audit time: the staff-number table of IAF MD 5 used for ISO 9001 is a rule for management-system certification under ISO/IEC 17021-1, and we found no source applying it to ISO 18295-1, so no audit-day table is given here.

No source publishes a price or a typical duration. The certificate terms we found come from Austria: a certificate valid for six years, with a surveillance audit every two years and recertification after six years, as reported for Lower Austria's emergency call centre in 2019 and stated on an Austrian ISO 18295 certification site. Other certification bodies may use other cycles. A buyer should ask for the certificate, check the certification body and its accreditation, the sites and services in scope, and the expiry date, and confirm the certificate with the issuing body. Part 2 applies to the buying organisation itself, not to the supplier.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
