import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "global-accreditation-cooperation",
  name: "Global Accreditation Cooperation Incorporated",
  shortName: "Global Accreditation Cooperation",
  type: "accreditation-body",
  website: "https://globalaccreditationcooperationincorporated.org",
  country: "New Zealand (registered as an incorporated society)",
  founded: {
    date: "2024-12-06",
    cite: ["accreditation-canada", "anab-webinar"],
    note: "The date it was registered as a not-for-profit incorporated society in New Zealand; it began operating on 1 January 2026.",
  },
  status: "active",
  statusDetail: {
    note: "On 1 January 2026 it took over the roles of the International Accreditation Forum (IAF) and the International Laboratory Accreditation Cooperation (ILAC). Existing IAF MLA and ILAC MRA recognitions stay valid during a transition to its own single Multilateral Recognition Arrangement (MRA). At its General Assembly in October 2025, about 75% of IAF and ILAC members were accepted into the new organisation.",
    cite: ["gac-home", "nata-2026", "accreditation-canada", "hvassallo-2026", "iioa-2025"],
  },
  summary: "The single worldwide body of accreditation bodies that took over the work of IAF and ILAC on 1 January 2026; it runs the peer-evaluation arrangement behind accredited certificates such as ISO 9001 and ISO/IEC 27001.",
  description: `Global Accreditation Cooperation Incorporated is the association of accreditation bodies (NATA in Australia is one of its founding members) that **took over the roles of the International Accreditation Forum (IAF) and the International Laboratory Accreditation Cooperation (ILAC) on 1 January 2026**. IAF and ILAC members voted in 2019 to form one organisation; it was registered as a not-for-profit incorporated society in New Zealand on 6 December 2024, and at its first General Assembly in October 2025 about three-quarters of IAF and ILAC members were accepted into it.

### What it does
Its main job is to keep a **Multilateral Recognition Arrangement (MRA)** among member accreditation bodies, based on peer evaluation: each body is checked by its peers, and the members agree to accept one another's accredited results. The new MRA covers the scopes that used to sit under the IAF Multilateral Recognition Arrangement (MLA) and the ILAC Mutual Recognition Arrangement, so one arrangement now spans the accreditation of laboratories, certification bodies, inspection bodies, proficiency testing providers, validation and verification bodies, reference material producers and biobanks.

### What this means for a buyer
It does not certify contact centres, and it does not accredit certification bodies itself: national accreditation bodies do that. During the transition, accreditations under the IAF MLA and ILAC MRA, and the old IAF and ILAC marks, remain valid. A certificate that names an accredited certification body is therefore still checked the same way: with the certification body and its national accreditation body. The sources read do not say who runs IAF CertSearch, IAF's database of accredited certificates, now that IAF's work has passed to this body.`,
  sources: [
    { id: "gac-home", url: "https://globalaccreditationcooperationincorporated.org", title: "Introducing Global Accreditation Cooperation Incorporated", publisher: "Global Accreditation Cooperation Incorporated", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "accreditation-canada", url: "http://diagnostics.accreditation.ca/Resources/News/Post/1632/A-New-Chapter-for-Global-Accreditation-ILAC-and-IAF-Come-Together-to-form-Global-Accreditation-Cooperation-Incorporated", title: "A New Chapter for Global Accreditation: ILAC and IAF Come Together to form Global Accreditation Cooperation Incorporated", publisher: "Accreditation Canada Diagnostics", kind: "accreditation-body", published: "2026", accessed: "2026-11-30" },
    { id: "nata-2026", url: "https://nata.com.au/news/why-global-accreditation-cooperation-incorporated-matters", title: "Why Global Accreditation Cooperation Incorporated matters", publisher: "NATA", kind: "accreditation-body", published: "2026-01-12", accessed: "2026-11-30" },
    { id: "anab-webinar", url: "https://anab.ansi.org/?p=47041", title: "Webinar: The Global Accreditation Cooperation Incorporated: The Future of IAF, ILAC, and International Recognition", publisher: "ANAB", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "iioa-2025", url: "https://iioa.global/global-accreditation-cooperation-incorporated-a-step-closer/", title: "Global Accreditation Cooperation Incorporated a step closer", publisher: "IIOA", kind: "press", published: "2025-11-03", accessed: "2026-11-30", note: "Trade association news item on the October 2025 joint IAF/ILAC meetings." },
    { id: "hvassallo-2026", url: "https://www.hvassallo.com/global-accreditation-cooperation-incorporated", title: "Global Accreditation Cooperation Incorporated", publisher: "Henry Vassallo", kind: "consultancy", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
