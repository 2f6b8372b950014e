import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso",
  name: "International Organization for Standardization",
  shortName: "ISO",
  type: "standards-body",
  website: "https://www.iso.org",
  country: "Switzerland (Geneva)",
  founded: { date: "1947", cite: ["iso-news-2002", "praxiom-intro"] },
  status: "active",
  summary: "Publishes the ISO management-system standards (ISO 9001, ISO/IEC 27001, ISO 18295 and others); it does not certify anyone itself.",
  description: `ISO writes and publishes international standards through technical committees of national standards bodies. The committees behind the standards on this site are:

- **ISO/TC 176** (formed 1979) for quality management: the ISO 9000 family, and through its subcommittee SC 3 the customer-satisfaction guidelines such as ISO 10002;
- **ISO/IEC JTC 1**, run jointly with the IEC, for information technology: subcommittee SC 27 for ISO/IEC 27001 and 27002, and SC 40 for ISO/IEC 20000-1;
- **ISO/PC 273**, the project committee that wrote ISO 18295-1 and ISO 18295-2 for customer contact centres.

Standards written jointly with the IEC carry the prefix "ISO/IEC"; this site lists them under ISO.

**ISO does not issue certificates.** Organisations are certified by independent certification bodies, which are in turn accredited by national accreditation bodies. A claim of "ISO certification" should therefore name the certification body and, ideally, its accreditation.`,
  sources: [
    { id: "iso-9001", url: "https://www.iso.org/iso-9001-quality-management.html", title: "ISO 9001 and related standards: Quality management", publisher: "ISO", accessed: "2026-11-29" },
    { id: "praxiom-9001", url: "https://www.praxiom.com/iso-9001-standard.htm", title: "ISO 9001 standard", publisher: "Praxiom Research Group", accessed: "2026-11-29" },
    { id: "praxiom-intro", url: "http://www.praxiom.org/iso-intro.html", title: "ISO 9001 2000 introduction", publisher: "Praxiom Research Group", accessed: "2026-11-29" },
    { id: "iso-news-2002", url: "https://www.iso.org/news/2002/05/Ref825.html", title: "ISO Central Secretariat achieves ISO 9001:2000 certification", publisher: "ISO", published: "2002-05", accessed: "2026-11-29" },
    { id: "experts123-tc176", url: "https://experts123.com/q/why-and-by-whom-were-the-iso-9000-standards-developed.html", title: "Why and by whom were the ISO 9000 standards developed?", publisher: "experts123", accessed: "2026-11-29" },
    { id: "dqs-27001-2022", url: "https://www.dqsglobal.com/en/explore/blog/hk/publication-of-iso-iec-27001-2022", title: "Publication of ISO/IEC 27001:2022", publisher: "DQS", accessed: "2026-11-29" },
    { id: "ozona-20000-2018", url: "https://www.ozonaconsulting.com/en/blog-en/publicada-la-iso-20000-12018/", title: "ISO/IEC 20000-1:2018 Published", publisher: "Ozona Consulting", accessed: "2026-11-29" },
    { id: "auditor-18295", url: "https://www.theauditoronline.com/new-standards-to-help-contact-centers-improve-customer-experience/", title: "New standards to help contact centers improve customer experience", publisher: "The Auditor", accessed: "2026-11-29" },
    { id: "artofservice-iso9000", url: "https://theartofservice.com/how-to-become-an-iso-9000-certified.html", title: "How to become ISO 9000 certified", publisher: "The Art of Service", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-29",
} satisfies IssuerInput;
