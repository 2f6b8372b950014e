import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "consortium-for-service-innovation",
  name: "Consortium for Service Innovation",
  shortName: "Consortium for Service Innovation",
  type: "non-profit",
  website: "https://library.serviceinnovation.org",
  status: "active",
  summary: "The member organisation that owns Knowledge-Centered Service (KCS) and, through the KCS Academy, awards the KCS certifications for individuals.",
  description: `The Consortium for Service Innovation is a membership organisation of customer-support organisations. Its members developed **Knowledge-Centered Service (KCS)**, a method for capturing, structuring and reusing knowledge as part of answering customers, and the Consortium publishes the KCS guides under a Creative Commons licence. KCS v6 was released on 21 April 2016.

The **KCS Academy** is the certifying body for KCS designated by the Consortium, and the Consortium says it does not acknowledge any KCS credentials or certifications other than those offered by the KCS Academy. The certifications run from KCS v6 Fundamentals (for support agents) through KCS v6 Practices to the KCS v6 Certified Trainer programmes; see the KCS certification record.`,
  sources: [
    { id: "csi-fundamentals-info", url: "https://library.serviceinnovation.org/KCS/KCS_Certification_Info/05_Fundamentals_v6_Instructions", title: "KCS v6 Fundamentals Certification Instructions", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-practices-guide", url: "https://library.serviceinnovation.org/KCS/KCS_v6/KCS_v6_Practices_Guide", title: "KCS v6 Practices Guide", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
    { id: "csi-adoption-guide", url: "https://library.serviceinnovation.org/KCS/KCS_v6/KCS_v6_Adoption_Guide", title: "KCS v6 Adoption & Transformation Guide", publisher: "Consortium for Service Innovation", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
