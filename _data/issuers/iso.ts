import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso",
  name: "International Organization for Standardization",
  shortName: "ISO",
  type: "standards-body",
  website: "https://www.iso.org",
  country: "Switzerland (Geneva)",
  status: "active",
  summary: "Publishes the ISO management-system standards (ISO 9001, ISO/IEC 27001, ISO 18295 and others); it does not certify anyone itself.",
  description: `ISO writes and publishes international standards through technical committees of national standards bodies: ISO/TC 176 for quality management (ISO 9000 family, ISO 10002), and, jointly with the IEC, ISO/IEC JTC 1 for information technology (ISO/IEC 27001, ISO/IEC 20000-1).

**ISO does not issue certificates.** Organisations are certified by independent certification bodies, which are in turn accredited by national accreditation bodies. A claim of "ISO certification" should therefore name the certification body and, ideally, its accreditation.`,
  sources: [
    { id: "iso-9001", url: "https://www.iso.org/iso-9001-quality-management.html", title: "ISO 9001 and related standards: Quality management", publisher: "ISO", accessed: "2026-11-29" },
    { id: "praxiom-9001", url: "https://www.praxiom.com/iso-9001-standard.htm", title: "ISO 9001 standard", publisher: "Praxiom Research Group", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-29",
} satisfies IssuerInput;
