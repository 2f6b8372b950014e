import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-iec-20000-1",
  name: "ISO/IEC 20000-1 Information technology – Service management – Part 1: Service management system requirements",
  shortName: "ISO/IEC 20000-1",
  aliases: [
    { name: "ISO 20000", kind: "abbreviation" },
    { name: "ISO/IEC 20000", kind: "alternative", note: "The multi-part series; Part 1 is the certifiable one." },
    { name: "ISO/IEC 20000-1:2018", kind: "alternative", note: "The current edition." },
    { name: "ISO/IEC 20000-1:2011", kind: "former-name", note: "Certificates to this edition are no longer valid after the 2018 transition." },
    { name: "BS 15000", kind: "former-name", note: "The British standard it was adopted from in 2005." },
    { name: "BS 15000-1", kind: "former-name" },
    { name: "DISC PD 0005", kind: "former-name", note: "The 1990s BSI code of practice for IT service management that BS 15000 grew from." },
  ],
  kind: "organisation",
  categories: ["service-management"],
  issuer: "iso",
  website: "https://www.iso.org/standard/70636.html",
  status: "active",
  related: ["iso-iec-27001", "iso-9001"],
  summary: "The certifiable international standard for an IT service management system, descended from the British BS 15000 and aligned with ITIL; relevant to IT help desks and technical-support centres.",
  history: [
    { date: "1998", event: "BSI publishes DISC PD 0005:1998, a code of practice for IT service management, the basis of BS 15000.", cite: ["iso20000cert-origins", "itsm-history-blog"] },
    { date: "2000", event: "BS 15000, a specification for IT service management, is first published.", cite: ["fwtk-20000", "itsm-history-blog"] },
    { date: "2002", event: "BS 15000-1:2002, the specification, published (Part 2, the code of practice, follows in 2003).", cite: ["fwtk-20000", "itsm-history-blog"] },
    { date: "2005-12", event: "BS 15000 fast-tracked and published as ISO/IEC 20000-1:2005 and 20000-2:2005; BS 15000 is withdrawn.", cite: ["isocertbody-20000", "bsi-faq-20000", "omnicom-20000"] },
    { date: "2011-04", event: "Second edition, ISO/IEC 20000-1:2011 (month as given by one certification body).", cite: ["bascert-20000"], note: "Other sources give May or June 2011; see the disagreement below." },
    { date: "2011-05", event: "Second edition, ISO/IEC 20000-1:2011 (month as given by one consultancy).", cite: ["foxprism-20000"], note: "See the disagreement on the month." },
    { date: "2011-06", event: "Second edition, ISO/IEC 20000-1:2011 (month as given by Wikipedia-derived pages).", cite: ["isocertbody-20000", "kbs-20000"], note: "See the disagreement on the month." },
    { date: "2018-07", event: "Third edition, ISO/IEC 20000-1:2018 (month as given by Wikipedia-derived pages), prepared by ISO/IEC JTC 1/SC 40.", cite: ["svsiso-20000", "howlingpixel-20000"], note: "Certification bodies and the edition's editors give 15 September 2018; see the disagreement below." },
    { date: "2018-09-15", event: "Third edition, ISO/IEC 20000-1:2018, published (date given by certification bodies and a consultancy whose staff edited it); a three-year transition from the 2011 edition begins.", cite: ["nqa-20000", "ozona-20000", "apmg-20000"] },
    { date: "2022-03-31", event: "End of the transition, extended by six months because of the COVID-19 pandemic: ISO/IEC 20000-1:2011 certificates are no longer valid.", cite: ["nqa-20000"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "No authoritative public figure found." },
  timeToAchieve: { status: "not-published", note: "No reliable public figure found." },
  validity: { status: "not-published", note: "The three-year cycle with surveillance audits used for other ISO management-system certificates probably applies, but no source we read states the period for ISO/IEC 20000-1 specifically." },
  requirements: [
    { text: "Part 1 is the certifiable specification; Part 2 is guidance on applying it.", cite: ["fwtk-20000", "foxprism-2018"] },
    { text: "The 2018 edition requires an organisation to establish, implement, maintain and continually improve a service management system covering the planning, design, transition, delivery and improvement of services.", cite: ["iteh-20000-2018"] },
    { text: "The 2018 edition cut the number of requirements from 256 to 216, concentrating on what to do rather than how, so that ITIL, DevOps, Agile and other methods can be used to meet them.", cite: ["apmg-20000"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the certificate and check that it names ISO/IEC 20000-1:2018, the certification body and its accreditation, the services and sites in scope (for example the support desk you will rely on) and the expiry date; then confirm it in the certification body's register. Do not confuse it with ITIL qualifications, which certify individuals.",
    cite: ["nqa-20000", "safetycenter-20000"],
  },
  disagreements: [
    {
      topic: "Publication month of ISO/IEC 20000-1:2011",
      positions: [
        { claim: "June 2011.", cite: ["isocertbody-20000", "kbs-20000"] },
        { claim: "April 2011.", cite: ["bascert-20000"] },
        { claim: "May 2011.", cite: ["foxprism-20000"] },
      ],
    },
    {
      topic: "Publication date of ISO/IEC 20000-1:2018",
      positions: [
        { claim: "July 2018.", cite: ["svsiso-20000", "howlingpixel-20000"] },
        { claim: "15 September 2018.", cite: ["nqa-20000", "ozona-20000", "apmg-20000", "safetycenter-20000"] },
      ],
      note: "The July date appears on pages copied from an older Wikipedia text; the September date comes from certification bodies and from a consultancy whose staff edited the standard.",
    },
  ],
  sources: [
    { id: "iso20000cert-origins", url: "https://isoiec20000certification.com/lookupdetail_lookupid_22.html", title: "What are the origins of ISO/IEC 20000?", publisher: "ISO/IEC 20000 Certification", accessed: "2026-11-29" },
    { id: "itsm-history-blog", url: "https://itservicemngmt.blogspot.com/2011/05/isoiec-20000-brief-history.html?m=1", title: "ISO/IEC 20000 – A Brief History", publisher: "IT Service Management blog", published: "2011-05-25", accessed: "2026-11-29" },
    { id: "fwtk-20000", url: "http://20000.fwtk.org/iso-20000.htm", title: "ISO 20000 and BS 15000", publisher: "20000.fwtk.org", accessed: "2026-11-29" },
    { id: "bsi-faq-20000", url: "https://shop.bsigroup.com/en/Browse-By-Subject/ICT/IT-service-management/BS-ISOIEC-20000-and-BS-15000-FAQs/", title: "BS ISO/IEC 20000 and BS 15000: frequently asked questions", publisher: "BSI Shop", accessed: "2026-11-29" },
    { id: "omnicom-20000", url: "https://www.omnicom.digital/oblasti-zaujmov/iso-20000/historia-normy-iso-iec-20000/", title: "História normy ISO/IEC 20000", publisher: "Omnicom", accessed: "2026-11-29" },
    { id: "isocertbody-20000", url: "http://isocertificationbody.in/iso-200002011/", title: "ISO 20000:2011", publisher: "isocertificationbody.in", accessed: "2026-11-29" },
    { id: "kbs-20000", url: "http://kbscertification.com/iso-20000-it-services-management", title: "ISO 20000:2011 – IT Services Management", publisher: "KBS Certification", accessed: "2026-11-29" },
    { id: "bascert-20000", url: "https://www.bascert.com/iso-20000-12018-certification-%E2%80%93-it-service-management-system", title: "ISO 20000-1:2018 certification – IT service management system", publisher: "BASCERT", accessed: "2026-11-29" },
    { id: "foxprism-20000", url: "https://foxprism.com/iso-iec-200002011/", title: "An Introduction to ISO/IEC 20000:2011", publisher: "Fox Prism", accessed: "2026-11-29" },
    { id: "foxprism-2018", url: "https://foxprism.com/iso-iec-200002018/", title: "An Introduction to ISO/IEC 20000:2018", publisher: "Fox Prism", accessed: "2026-11-29" },
    { id: "svsiso-20000", url: "http://svsiso.com/serviceDetails.php?id=17", title: "ISO/IEC 20000-1:2018", publisher: "SVS ISO", accessed: "2026-11-29" },
    { id: "howlingpixel-20000", url: "https://howlingpixel.com/i-en/ISO/IEC_20000", title: "ISO/IEC 20000 (Wikipedia copy)", publisher: "Howling Pixel", accessed: "2026-11-29" },
    { id: "nqa-20000", url: "https://www.nqa.com/en-us/transitions/iso-20000-1-2018", title: "ISO/IEC 20000-1:2018 Transition Guidance for Clients", publisher: "NQA", accessed: "2026-11-29" },
    { id: "ozona-20000", url: "https://www.ozonaconsulting.com/en/blog-en/publicada-la-iso-20000-12018/", title: "ISO/IEC 20000-1:2018 Published", publisher: "Ozona Consulting", accessed: "2026-11-29" },
    { id: "apmg-20000", url: "https://apmg-international.com/article/iso-20000-revised-parts-1-10-be-published-september", title: "ISO 20000 revised parts 1 and 10 to be published in September", publisher: "APMG International", accessed: "2026-11-29" },
    { id: "safetycenter-20000", url: "https://www.safetycenter.ch/en/certification/systems-and-products/norms-and-standards/isoiec-20000-1", title: "ISO/IEC 20000-1", publisher: "Swiss Safety Center", accessed: "2026-11-29" },
    { id: "iteh-20000-2018", url: "https://standards.iteh.ai/catalog/standards/iso/903ab242-c4e0-41ca-b2fb-a5cbac49ea20/iso-iec-20000-1-2018", title: "ISO/IEC 20000-1:2018 Service management system requirements", publisher: "iTeh Standards", accessed: "2026-11-29" },
  ],
  description: `ISO/IEC 20000-1 sets the requirements for a **service management system** for IT services: how an organisation plans, designs, transitions, delivers and improves the services it provides to customers. It is the certifiable part of the ISO/IEC 20000 series; the other parts are guidance. For the contact-centre world it matters mainly to IT help desks, technical-support centres and outsourcers that run IT services for clients. It is maintained by ISO and the IEC through ISO/IEC JTC 1, subcommittee SC 40.

### Where it came from
Like ISO/IEC 27001 it began at BSI. A 1998 code of practice, DISC PD 0005, led to the specification **BS 15000** (2000, revised as BS 15000-1 in 2002), which drew heavily on ITIL. ISO and the IEC adopted it almost unchanged as ISO/IEC 20000 in December 2005, and BS 15000 was withdrawn. Searches for "BS 15000" lead here.

### Editions
A second edition came in 2011 (sources say April, May or June) and a third in 2018. Sources disagree on the 2018 date: pages copied from an old Wikipedia text say July, while certification bodies and a consultancy whose staff edited the standard give 15 September 2018. The transition from the 2011 edition was extended by six months because of the pandemic and ended on 31 March 2022.

### Achieving and checking it
Accredited certification bodies audit against Part 1. No authoritative cost, duration or certificate lifetime specific to this standard has been found; the three-year cycle of other ISO management-system certificates probably applies. Ask for the certificate, check that it names the 2018 edition, the certification body and its accreditation, the services in scope and the expiry date, and confirm it with the issuing body. ITIL qualifications certify people, not an organisation's service management system.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
