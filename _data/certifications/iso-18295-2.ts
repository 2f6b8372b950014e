import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-18295-2",
  name: "ISO 18295-2 Customer contact centres – Part 2: Requirements for clients using the services of customer contact centres",
  shortName: "ISO 18295-2",
  aliases: [
    { name: "ISO 18295-2:2017", kind: "alternative" },
    { name: "EN ISO 18295-2", kind: "alternative", note: "The European adoption." },
    { name: "EN 15838", kind: "former-name", note: "The European standard that Parts 1 and 2 replaced in 2017; its guidelines for client organisations are now covered here." },
  ],
  kind: "organisation",
  categories: ["customer-experience", "outsourcing"],
  issuer: "iso",
  assurance: "certification",
  status: "active",
  supersedes: ["en-15838"],
  related: ["iso-18295-1", "copc-cx-standard"],
  summary: "The companion to ISO 18295-1 for the organisations that use contact centres, in-house or outsourced: what the client must do so that its customers' expectations are met.",
  history: [
    { date: "2017-07", event: "ISO 18295-2:2017 published together with Part 1, written by project committee ISO/PC 273.", cite: ["ccv-18295", "auditor-18295"] },
    { date: "2017", event: "Adopted in Europe as EN ISO 18295-2:2017; with Part 1 it replaces EN 15838:2009, whose weakness, in the view of Germany's consumer council at DIN, was that it did not describe the three-way relationship between consumer, service provider and client well enough.", cite: ["theiteh-18295-2", "din-18295"] },
    { date: "2017-10", event: "Published in Germany as DIN EN ISO 18295-2:2017.", cite: ["ccv-18295", "din-18295"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Looked at ISO's and CEN's catalogue entries, DIN, the German association CCV (which says it knows only of certifications to Part 1), the consultancy C.M.B.S., the Austrian ISO 18295 certification sites (iso18295-zertifizierung.at and .com), the Dutch ISO 18295 site and Klantenservice Federatie pages, and certification bodies' ISO 18295 pages (2026); none offers or prices certification of a client organisation to Part 2.", cite: ["ccv-18295-themen"] },
  timeToAchieve: { status: "not-published", note: "No source found on certification to Part 2, so no duration (same sources as for cost, 2026). The German association CCV says it knows only of certifications to Part 1.", cite: ["ccv-18295-themen"] },
  validity: { status: "not-published", note: "No certificate cycle for Part 2 found. Looked at the same sources as for cost (2026); the German association CCV says it knows only of certifications to Part 1. The six-year cycle found for ISO 18295 certificates in Austria is recorded under ISO 18295-1 and is not applied here.", cite: ["ccv-18295-themen"] },
  editions: [
    {
      id: "2017",
      name: "ISO 18295-2:2017",
      claims: ["18295-2:2017", "EN ISO 18295-2:2017", "DIN EN ISO 18295-2:2017"],
      published: "2017-07",
      supersedes: [{ certification: "en-15838", edition: "2009" }],
      cite: ["ccv-18295", "auditor-18295", "theiteh-18295-2", "din-18295"],
      note: "The first and, as far as our sources show, only edition. In Europe it replaced EN 15838:2009 together with ISO 18295-1.",
    },
  ],
  requirements: [
    { text: "Specifies requirements for organisations that use the services of customer contact centres, so that customer expectations are consistently met through suitable arrangements with centres that meet ISO 18295-1.", cite: ["theiteh-18295-2"] },
    { text: "Applies to clients of centres of all sizes and sectors, in-house (captive) or outsourced, across voice and non-voice channels.", cite: ["theiteh-18295-2"] },
    { text: "Guides the client on the information it must give the centre so that customers can be served well; some aspects of products and services remain the client's responsibility rather than the centre's.", cite: ["auditor-18295", "qglobal-18295"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Part 2 is about the buyer, not the supplier: a contact-centre vendor cannot hold it on your behalf. If an organisation claims certification to it, ask who issued the certificate, for which business units and until when.",
    cite: ["theiteh-18295-2", "din-18295", "ccv-18295-themen"],
    unconfirmed: true,
    note: "We found no certification body offering ISO 18295-2 certification; the German association CCV says it knows only of certifications to Part 1.",
  },
  disagreements: [],
  sources: [
    { id: "theiteh-18295-2", url: "https://theiteh.com/catalog/standards/cen/b62ef29d-3283-419a-a4a0-1b70e9eeebe2/en-iso-18295-2-2017", title: "EN ISO 18295-2:2017 Customer contact centres – Part 2", publisher: "iTeh Standards (CEN catalogue)", kind: "reference", accessed: "2026-11-29", note: "A standards retailer reproducing the CEN catalogue text." },
    { id: "auditor-18295", url: "https://www.theauditoronline.com/new-standards-to-help-contact-centers-improve-customer-experience/", title: "New standards to help contact centers improve customer experience", publisher: "The Auditor", kind: "press", accessed: "2026-11-30" },
    { id: "ccv-18295", url: "https://cc-verband.de/tag/zertifizierung", title: "Serviceanforderungen in Kundenkontaktzentren: DIN EN ISO 18295 (CCVNews, CCW 2018)", publisher: "Customer Service & Call Center Verband Deutschland (CCV)", kind: "press", published: "2018", accessed: "2026-11-30", note: "The association's own site; replaces a copy on its test host (testumgebung.cc-verband.de) cited before. The article, by Manfred Stockmann, is taken from the CCVNews issue for CCW 2018." },
    { id: "ccv-18295-themen", url: "https://cc-verband.de/themen/standards-normen-und-zertifizierung/din-en-iso-18295", title: "DIN EN ISO 18295", publisher: "Customer Service & Call Center Verband Deutschland (CCV)", kind: "press", accessed: "2026-11-30", note: "In German; the industry association's topic page, undated. It states: \"Bislang sind uns nur Zertifizierungen nach dem ersten Teil bekannt\" (so far we know only of certifications to the first part)." },
    { id: "din-18295", url: "https://www.din.de/de/ueber-normen-und-standards/nutzen-fuer-den-verbraucher/verbraucherrat/ueber-uns/normen-zu-kundenkontaktzentren-und-auftraggebern-von-kundenkontaktzentren-erschienen-249204", title: "Normen zu Kundenkontaktzentren und Auftraggebern von Kundenkontaktzentren erschienen", publisher: "DIN Verbraucherrat", kind: "standards-body", published: "2017-09-29", accessed: "2026-11-30" },
    { id: "qglobal-18295", url: "https://qglobalacademy.com/courses/iso-18295-1-2017-management-system-for-customer-contact-centres-lead-auditor-course/6086", title: "ISO 18295-1:2017 lead auditor course (introduction to ISO 18295)", publisher: "QGlobal Academy", kind: "consultancy", accessed: "2026-11-29" },
  ],
  description: `ISO 18295-2 is the half of the ISO 18295 series aimed at the **client**: the company whose customers are served by a contact centre, whether that centre is its own (captive) or run by an outsourcer. Part 1 tells the centre what good service looks like; Part 2 tells the organisation buying or owning that service what it must do so that the centre can deliver it. Both parts were written by ISO project committee ISO/PC 273 and published in July 2017.

### What it asks of the client
The client must make and manage suitable arrangements with centres that meet ISO 18295-1, so that its customers' expectations are met consistently on every channel, voice and non-voice. Much of this is about information: the client has to give the centre the information it needs to serve customers well, since some aspects of the products and services remain the client's responsibility rather than the centre's.

### Where it came from
In Europe the two parts replaced **EN 15838:2009** in 2017, and the German editions appeared in October 2017. EN 15838 was a standard for contact centres that also carried best-practice guidelines for client organisations; Germany's consumer council at DIN saw its weak point in not describing the relationship between consumer, service provider and client well enough, and that client side now has a standard of its own.

### For buyers
This is a standard a buyer applies to itself. It is read alongside Part 1: the supplier's ISO 18295-1 certificate covers the centre, and Part 2 covers what the client brings to the arrangement. Germany's contact-centre association CCV says it knows only of certifications to Part 1, and we found no certification body offering Part 2, so no cost, duration or validity is given. A supplier cannot hold Part 2 on a client's behalf.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
