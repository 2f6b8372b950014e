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
  assurance: "certification",
  status: "active",
  related: ["iso-iec-27001", "iso-9001"],
  summary: "The certifiable international standard for an IT service management system, descended from the British BS 15000 and aligned with ITIL; relevant to IT help desks and technical-support centres.",
  statusDetail: {
    note: "The 2018 edition is current; certificates to the 2011 edition stopped being valid at the end of the extended transition on 31 March 2022.",
    cite: ["nqa-20000"],
  },
  history: [
    { date: "1998", event: "BSI publishes DISC PD 0005:1998, a code of practice for IT service management, the basis of BS 15000.", cite: ["iso20000cert-origins", "itsm-history-blog"] },
    { date: "2000", event: "BS 15000, a specification for IT service management, is first published.", cite: ["fwtk-20000", "itsm-history-blog"] },
    { date: "2002", event: "BS 15000-1:2002, the specification, published (Part 2, the code of practice, follows in 2003).", cite: ["fwtk-20000", "itsm-history-blog"] },
    { start: true, date: "2005-12-15", event: "BS 15000 fast-tracked and published as ISO/IEC 20000; BS 15000 is withdrawn.", cite: ["apmg-clarification-2005", "isocertbody-20000", "bsi-faq-20000", "omnicom-20000"] },
    { date: "2011", event: "Second edition, ISO/IEC 20000-1:2011 (sources give April, May or June 2011).", cite: ["bascert-20000", "foxprism-20000", "lrqa-20000", "tdscert-20000", "isocertbody-20000", "kbs-20000"], note: "See the edition's disagreement on the month." },
    { date: "2011-06-01", event: "The ISO/IEC 20000 certification scheme brings in the 2011 edition; audits to the 2005 edition may continue for 24 months.", cite: ["apmg-transition-2011", "tdscert-20000"] },
    { date: "2013-06-01", event: "Audits, certifications and recertifications to ISO/IEC 20000-1:2005 cease.", cite: ["apmg-transition-2011", "lrqa-20000"] },
    { date: "2018-09-15", event: "Third edition, ISO/IEC 20000-1:2018, published (date given by certification bodies and a consultancy whose staff edited it; one certification body gives July 2018); a three-year transition from the 2011 edition begins.", cite: ["nqa-20000", "ozona-20000", "apmg-20000", "rva-20000"], note: "See the edition's disagreement on the date." },
    { date: "2020-04-11", event: "The IAF extends the transition by six months because of the COVID-19 pandemic.", cite: ["nqa-20000"] },
    { date: "2022-03-31", event: "End of the extended transition: ISO/IEC 20000-1:2011 certificates are no longer valid.", cite: ["nqa-20000"] },
  ],
  levels: [],
  cost: {
    status: "not-published",
    note: "Looked at NQA, Glocert International (certification audit and gap-assessment guides), LRQA, BSI, ISOQAR Greece, the ISO/IEC 20000 certification scheme's pages, the IT Process Maps ISO 20000 certification FAQ, Advisera's 20000 Academy articles, ITIL News's article on ISO 20000 implementation cost (which lists the kinds of cost but gives no figure), CertiKit's ISO 20000 implementation guide, and Indian and UK pages on ISO certification costs, and searched for certification bodies' day rates or fee schedules naming ISO/IEC 20000-1 (2026). No certification body's price, day rate or typical range was found. Unattributed content-farm articles (visualfoodie.com, eatsip365.com) were not used.",
  },
  timeToAchieve: {
    status: "not-published",
    note: "Looked at the same certification bodies' and consultancies' pages, and A to Z Management Consulting's ISO/IEC 20000-1 FAQ (2026). Glocert International's guide says it explains how long each phase takes, but the text we could read gives no figure. No source read gives a typical time to certification for ISO/IEC 20000-1 as a figure.",
    cite: ["glocert-20000"],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certificate",
        period: "P3Y",
        renewal: "A recertification audit before the certificate expires starts a new three-year cycle.",
        cite: ["glocert-20000"],
      },
      {
        appliesTo: "Surveillance audits",
        period: "P1Y",
        renewal: "Mandatory annual surveillance audits in the first and second years after certification.",
        cite: ["glocert-20000"],
      },
    ],
  },
  editions: [
    {
      id: "2005",
      name: "ISO/IEC 20000-1:2005",
      claims: ["ISO 20000-1:2005", "20000-1:2005", "ISO/IEC 20000:2005", "ISO 20000:2005", "BS ISO/IEC 20000-1:2005"],
      published: "2005-12-15",
      newCertificationEnds: "2012-06-01",
      validUntil: "2013-06-01",
      cite: ["apmg-clarification-2005", "apmg-transition-2011", "tdscert-20000", "lrqa-20000"],
      note: "The first edition, adopted from BS 15000. Under the certification scheme's transition statement, audits, certifications and recertifications to it ceased by 1 June 2013; a Czech certification body adds that organisations applying after 1 June 2011 could be certified to it only until 1 June 2012.",
    },
    {
      id: "2011",
      name: "ISO/IEC 20000-1:2011",
      claims: ["ISO 20000-1:2011", "20000-1:2011", "ISO/IEC 20000:2011", "ISO 20000:2011"],
      published: "2011-04",
      newCertificationEnds: "2020-09-30",
      validUntil: "2022-03-31",
      cite: ["bascert-20000", "nqa-20000", "rva-20000"],
      note: "Sources disagree on the month of publication; the certification scheme's statement of 19 May 2011 already speaks of the revised standard and brought it into the scheme from 1 June 2011. The end dates shown are those after the IAF's six-month COVID-19 extension; the original IAF resolution set earlier ones.",
      disagreements: [
        {
          field: "published",
          positions: [
            { date: "2011-04", claim: "April 2011.", cite: ["bascert-20000"] },
            { date: "2011-05", claim: "May 2011.", cite: ["foxprism-20000", "lrqa-20000"] },
            { date: "2011-06", claim: "June 2011 (one certification body: 1 June 2011).", cite: ["isocertbody-20000", "kbs-20000", "tdscert-20000"] },
          ],
        },
        {
          field: "newCertificationEnds",
          positions: [
            { date: "2020-03-30", claim: "IAF resolution 2018-14: certification bodies cease initial and recertification audits to the 2011 edition after 30 March 2020.", cite: ["rva-20000"] },
            { date: "2020-09-30", claim: "All initial and recertification audits after 30 September 2020 must be to the 2018 edition (after the six-month extension).", cite: ["nqa-20000"] },
          ],
          note: "Not a conflict of fact: the IAF extended the transition by six months in April 2020.",
        },
        {
          field: "validUntil",
          positions: [
            { date: "2021-09-30", claim: "IAF resolution 2018-14: certificates to the 2011 edition to expire or be withdrawn before 30 September 2021.", cite: ["rva-20000"] },
            { date: "2022-03-31", claim: "Extended transition ends 31 March 2022; 2011 certificates no longer valid.", cite: ["nqa-20000"] },
          ],
          note: "The later date reflects the IAF's six-month COVID-19 extension.",
        },
      ],
    },
    {
      id: "2018",
      name: "ISO/IEC 20000-1:2018",
      claims: ["ISO 20000-1:2018", "20000-1:2018", "ISO/IEC 20000:2018", "ISO 20000:2018"],
      published: "2018-09-15",
      cite: ["nqa-20000", "ozona-20000", "apmg-20000", "safetycenter-20000", "rva-20000"],
      note: "The current edition, prepared by ISO/IEC JTC 1/SC 40.",
      disagreements: [
        {
          field: "published",
          positions: [
            { date: "2018-09-15", claim: "Released on 15 September 2018.", cite: ["nqa-20000", "ozona-20000", "apmg-20000", "safetycenter-20000"] },
            { date: "2018-07", claim: "July 2018.", cite: ["svsiso-20000"] },
          ],
          note: "The Dutch accreditation body also says ISO published it in September 2018.",
        },
      ],
    },
  ],
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
  disagreements: [],
  sources: [
    { id: "iso20000cert-origins", url: "https://isoiec20000certification.com/lookupdetail_lookupid_22.html", title: "What are the origins of ISO/IEC 20000?", publisher: "ISO/IEC 20000 Certification (APMG scheme)", kind: "accreditation-body", accessed: "2026-11-30", note: "The site of the ISO/IEC 20000 certification scheme run by APMG, which registered the certification bodies that certified to the standard." },
    { id: "itsm-history-blog", url: "https://itservicemngmt.blogspot.com/2011/05/isoiec-20000-brief-history.html?m=1", title: "ISO/IEC 20000 – A Brief History", publisher: "IT Service Management blog", kind: "consultancy", published: "2011-05-25", accessed: "2026-11-30" },
    { id: "fwtk-20000", url: "http://20000.fwtk.org/iso-20000.htm", title: "ISO 20000 and BS 15000", publisher: "20000.fwtk.org", kind: "reference", accessed: "2026-11-30" },
    { id: "bsi-faq-20000", url: "https://shop.bsigroup.com/en/Browse-By-Subject/ICT/IT-service-management/BS-ISOIEC-20000-and-BS-15000-FAQs/", title: "BS ISO/IEC 20000 and BS 15000: frequently asked questions", publisher: "BSI Shop", kind: "standards-body", accessed: "2026-11-30" },
    { id: "omnicom-20000", url: "https://www.omnicom.digital/oblasti-zaujmov/iso-20000/historia-normy-iso-iec-20000/", title: "História normy ISO/IEC 20000", publisher: "Omnicom", kind: "consultancy", accessed: "2026-11-30" },
    { id: "isocertbody-20000", url: "http://isocertificationbody.in/iso-200002011/", title: "ISO 20000:2011", publisher: "isocertificationbody.in", kind: "consultancy", accessed: "2026-11-30" },
    { id: "kbs-20000", url: "http://kbscertification.com/iso-20000-it-services-management", title: "ISO 20000:2011 – IT Services Management", publisher: "KBS Certification", kind: "certification-body", accessed: "2026-11-30" },
    { id: "bascert-20000", url: "https://www.bascert.com/iso-20000-12018-certification-%E2%80%93-it-service-management-system", title: "ISO 20000-1:2018 certification – IT service management system", publisher: "BASCERT", kind: "certification-body", accessed: "2026-11-30" },
    { id: "foxprism-20000", url: "https://foxprism.com/iso-iec-200002011/", title: "An Introduction to ISO/IEC 20000:2011", publisher: "Fox Prism", kind: "consultancy", accessed: "2026-11-30" },
    { id: "foxprism-2018", url: "https://foxprism.com/iso-iec-200002018/", title: "An Introduction to ISO/IEC 20000:2018", publisher: "Fox Prism", kind: "consultancy", accessed: "2026-11-30" },
    { id: "svsiso-20000", url: "http://svsiso.com/serviceDetails.php?id=17", title: "ISO/IEC 20000-1:2018", publisher: "SVS ISO", kind: "consultancy", accessed: "2026-11-30" },
    { id: "nqa-20000", url: "https://www.nqa.com/en-us/transitions/iso-20000-1-2018", title: "ISO/IEC 20000-1:2018 Transition Guidance for Clients", publisher: "NQA", kind: "certification-body", accessed: "2026-11-30" },
    { id: "ozona-20000", url: "https://www.ozonaconsulting.com/en/blog-en/publicada-la-iso-20000-12018/", title: "ISO/IEC 20000-1:2018 Published", publisher: "Ozona Consulting", kind: "consultancy", accessed: "2026-11-30" },
    { id: "apmg-20000", url: "https://apmg-international.com/article/iso-20000-revised-parts-1-10-be-published-september", title: "ISO 20000 revised parts 1 and 10 to be published in September", publisher: "APMG International", kind: "consultancy", accessed: "2026-11-30" },
    { id: "safetycenter-20000", url: "https://www.safetycenter.ch/en/certification/systems-and-products/norms-and-standards/isoiec-20000-1", title: "ISO/IEC 20000-1", publisher: "Swiss Safety Center", kind: "certification-body", accessed: "2026-11-30" },
    { id: "iteh-20000-2018", url: "https://standards.iteh.ai/catalog/standards/iso/903ab242-c4e0-41ca-b2fb-a5cbac49ea20/iso-iec-20000-1-2018", title: "ISO/IEC 20000-1:2018 Service management system requirements", publisher: "iTeh Standards", kind: "reference", note: "A standards reseller's catalogue page with a sample of the standard's text.", accessed: "2026-11-30" },
    { id: "apmg-clarification-2005", url: "https://www.isoiec20000certification.com/news_newsid_18.html", title: "Clarification Statement Regarding Arrangements for the Implementation of ISO/IEC 20000", publisher: "ISO/IEC 20000 Certification (APMG scheme)", kind: "accreditation-body", published: "2005-12", accessed: "2026-11-30" },
    { id: "apmg-transition-2011", url: "http://www.isoiec20000certification.com/home/News/19May2011ISOIEC20000TransitionStatement.aspx", title: "Transition statement for ISO/IEC 20000 Part 1:2005 to 2011 for the APMG Certification Scheme", publisher: "ISO/IEC 20000 Certification (APMG scheme)", kind: "accreditation-body", published: "2011-05-19", accessed: "2026-11-30" },
    { id: "lrqa-20000", url: "http://www.lrqa.co.uk/standards-and-schemes/iso-20000/ISO-20000-Revision.aspx", title: "ISO/IEC 20000-1 Revision", publisher: "LRQA", kind: "certification-body", accessed: "2026-11-30" },
    { id: "tdscert-20000", url: "https://www.tdscert.cz/news/nova-verze-normy-iso-iec-20000-1/", title: "Nová verze normy ISO/IEC 20000-1 (New version of ISO/IEC 20000-1)", publisher: "TDS Cert", kind: "certification-body", published: "2011-06-14", accessed: "2026-11-30", note: "In Czech." },
    { id: "rva-20000", url: "https://www.rva.nl/en/nieuws/transition-iso-20000-12011-to-iso-20000-12018/", title: "Transition ISO 20000-1:2011 to ISO 20000-1:2018", publisher: "Raad voor Accreditatie (Dutch Accreditation Council)", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "glocert-20000", url: "https://www.glocertinternational.com/resources/guides/iso-20000-1-certification-audit-process-and-timeline", title: "ISO 20000-1 certification audit process and timeline", publisher: "GlocertInternational", kind: "certification-body", accessed: "2026-11-30" },
  ],
  description: `ISO/IEC 20000-1 sets the requirements for a **service management system** for IT services: how an organisation plans, designs, transitions, delivers and improves the services it provides to customers. It is the certifiable part of the ISO/IEC 20000 series; the other parts are guidance. For the contact-centre world it matters mainly to IT help desks, technical-support centres and outsourcers that run IT services for clients. It is maintained by ISO and the IEC through ISO/IEC JTC 1, subcommittee SC 40.

### Where it came from
Like ISO/IEC 27001 it began at BSI. A 1998 code of practice, DISC PD 0005, led to the specification **BS 15000** (2000, revised as BS 15000-1 in 2002), which drew heavily on ITIL. ISO and the IEC adopted it almost unchanged as ISO/IEC 20000 in December 2005, and BS 15000 was withdrawn. Searches for "BS 15000" lead here.

### Editions
- **2005**: adopted from BS 15000 and published on 15 December 2005. Audits and recertifications to it stopped by 1 June 2013.
- **2011**: sources give April, May or June 2011. Under the IAF's transition, extended by six months because of the COVID-19 pandemic, initial and recertification audits to it ended on 30 September 2020 and its certificates stopped being valid on 31 March 2022.
- **2018**: the current edition. Sources disagree on the date: certification bodies and a consultancy whose staff edited it give 15 September 2018, one certification body July 2018.

### Achieving and checking it
ISO/IEC 20000-1 is a certification. Accredited certification bodies audit against Part 1 and issue a certificate valid for three years, with annual surveillance audits in between and a recertification audit before it expires. No certification body's price, typical cost range or typical time to certification was found, and the ISO/IEC 20000-6 table of audit days by head count could not be read in any public source. Ask for the certificate, check that it names the 2018 edition, the certification body and its accreditation, the services in scope and the expiry date, and confirm it with the issuing body. ITIL qualifications certify people, not an organisation's service management system.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
