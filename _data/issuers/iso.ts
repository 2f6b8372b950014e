import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso",
  name: "International Organization for Standardization",
  shortName: "ISO",
  type: "standards-body",
  website: "https://www.iso.org",
  country: "Switzerland (Geneva)",
  founded: {
    date: "1947-02-23",
    cite: ["iqs-history", "gas-faq", "iso-news-2002"],
    note: "The day ISO was officially launched; other sources give the year 1947 only.",
  },
  status: "active",
  statusDetail: {
    note: "ISO keeps publishing and revising the standards on this site: its quality committee ISO/TC 176 has worked since 1979, and recent work includes ISO 18295-1 and -2 (2017), ISO/IEC 20000-1:2018, ISO/IEC 27001:2022, ISO 9001:2015 with its 2024 amendment, and a new edition of ISO 9001 at the final-draft stage in 2026. It certifies no one itself; certification bodies do, under accreditation coordinated internationally since 1 January 2026 by the Global Accreditation Cooperation Incorporated.",
    cite: ["experts123-tc176", "auditor-18295", "ozona-20000-2018", "dqs-27001-2022", "iso-9001", "praxiom-9001", "iso9001expert-2026", "artofservice-iso9000", "gac-home"],
  },
  summary: "Publishes the ISO management-system standards (ISO 9001, ISO/IEC 27001, ISO 18295 and others); it does not certify anyone itself.",
  description: `ISO writes and publishes international standards through technical committees of national standards bodies. It was officially launched on 23 February 1947. The committees behind the standards on this site are:

- **ISO/TC 176** (formed 1979) for quality management: the ISO 9000 family, and through its subcommittee SC 3 the customer-satisfaction guidelines such as ISO 10002;
- **ISO/IEC JTC 1**, run jointly with the IEC, for information technology: subcommittee SC 27 for ISO/IEC 27001 and 27002, and SC 40 for ISO/IEC 20000-1;
- **ISO/PC 273**, the project committee that wrote ISO 18295-1 and ISO 18295-2 for customer contact centres.

Standards written jointly with the IEC carry the prefix "ISO/IEC"; this site lists them under ISO.

**ISO does not issue certificates.** Organisations are certified by independent certification bodies, which are in turn accredited by national accreditation bodies (UKAS in the UK, ANAB in the United States and so on). Those accreditation bodies recognise each other through an international arrangement: until the end of 2025 the International Accreditation Forum (IAF) ran it for certification, and since 1 January 2026 the Global Accreditation Cooperation Incorporated has taken over the roles of IAF and ILAC. A claim of "ISO certification" should therefore name the certification body and, ideally, its accreditation.`,
  sources: [
    { id: "iso-9001", url: "https://www.iso.org/iso-9001-quality-management.html", title: "ISO 9001 and related standards: Quality management", publisher: "ISO", kind: "issuer", accessed: "2026-11-29" },
    { id: "praxiom-9001", url: "https://www.praxiom.com/iso-9001-standard.htm", title: "ISO 9001 standard", publisher: "Praxiom Research Group", kind: "consultancy", accessed: "2026-11-29" },
    { id: "iso-news-2002", url: "https://www.iso.org/news/2002/05/Ref825.html", title: "ISO Central Secretariat achieves ISO 9001:2000 certification", publisher: "ISO", kind: "issuer", published: "2002-05", accessed: "2026-11-29" },
    { id: "iqs-history", url: "https://independentqualityservice.com/iso-certification-how-does-it-work", title: "ISO Certification: How does it work?", publisher: "Independent Quality Service", kind: "consultancy", accessed: "2026-11-30" },
    { id: "gas-faq", url: "https://gascertification.in/frequently.php", title: "Frequently asked questions", publisher: "GAS Certification", kind: "certification-body", accessed: "2026-11-30" },
    { id: "experts123-tc176", url: "https://experts123.com/q/why-and-by-whom-were-the-iso-9000-standards-developed.html", title: "Why and by whom were the ISO 9000 standards developed?", publisher: "experts123", kind: "reference", accessed: "2026-11-30" },
    { id: "dqs-27001-2022", url: "https://www.dqsglobal.com/en/explore/blog/hk/publication-of-iso-iec-27001-2022", title: "Publication of ISO/IEC 27001:2022", publisher: "DQS", kind: "certification-body", accessed: "2026-11-29" },
    { id: "ozona-20000-2018", url: "https://www.ozonaconsulting.com/en/blog-en/publicada-la-iso-20000-12018/", title: "ISO/IEC 20000-1:2018 Published", publisher: "Ozona Consulting", kind: "consultancy", accessed: "2026-11-29" },
    { id: "auditor-18295", url: "https://www.theauditoronline.com/new-standards-to-help-contact-centers-improve-customer-experience/", title: "New standards to help contact centers improve customer experience", publisher: "The Auditor", kind: "press", accessed: "2026-11-30" },
    { id: "iso9001expert-2026", url: "https://iso9001expert.com/blog/how-to-transition-iso-9001-2015-to-2026/", title: "How to transition from ISO 9001:2015 to 2026", publisher: "ISO 9001 Expert", kind: "consultancy", published: "2026-04-01", accessed: "2026-11-30" },
    { id: "artofservice-iso9000", url: "https://theartofservice.com/how-to-become-an-iso-9000-certified.html", title: "How to become ISO 9000 certified", publisher: "The Art of Service", kind: "consultancy", accessed: "2026-11-29" },
    { id: "gac-home", url: "https://globalaccreditationcooperationincorporated.org", title: "Introducing Global Accreditation Cooperation Incorporated", publisher: "Global Accreditation Cooperation Incorporated", kind: "accreditation-body", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
