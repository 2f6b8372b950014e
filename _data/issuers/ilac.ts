import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "ilac",
  name: "International Laboratory Accreditation Cooperation",
  shortName: "ILAC",
  type: "accreditation-body",
  country: "International (incorporated in the Netherlands)",
  founded: {
    date: "1977-10",
    cite: ["ilac-40-years", "ianz-international"],
    note: "ILAC began as a conference held from 24 to 28 October 1977 in Copenhagen; it became a formal cooperation with a charter in 1996 and was incorporated on 3 January 2003 in Amsterdam.",
  },
  status: "merged",
  statusDetail: {
    note: "ILAC's roles passed to Global Accreditation Cooperation Incorporated on 1 January 2026. Accreditations recognised under the ILAC Mutual Recognition Arrangement (MRA) and the ILAC mark remain valid during the transition to the new body's single arrangement. The ILAC MRA had been signed by 36 member accreditation bodies in 2000.",
    cite: ["gac-home", "accreditation-canada", "nata-2026", "cooper-ilac"],
  },
  successor: {
    issuer: "global-accreditation-cooperation",
    date: "2026-01-01",
    cite: ["gac-home", "accreditation-canada", "nata-2026"],
  },
  summary: "The worldwide association of accreditation bodies for laboratories and inspection bodies until 31 December 2025; its work passed, with IAF's, to Global Accreditation Cooperation Incorporated on 1 January 2026.",
  description: `The International Laboratory Accreditation Cooperation (ILAC) grew out of a conference held in Copenhagen in October 1977 and became a formal cooperation in 1996, when national bodies signed a memorandum of understanding. Its **Mutual Recognition Arrangement (MRA)**, signed by 36 accreditation bodies in 2000 and in force from 31 January 2001, let test, calibration and (from 2012) inspection results from accredited bodies be accepted across member economies. From 2001 it held joint general assemblies with the International Accreditation Forum (IAF).

ILAC mattered to contact centres only indirectly: it covered laboratories and inspection bodies, while the certification bodies that audit ISO 9001, ISO/IEC 27001 or ISO 22301 were recognised through IAF.

**On 1 January 2026 ILAC's roles passed to Global Accreditation Cooperation Incorporated**, which merged the ILAC MRA and the IAF MLA into one arrangement. Existing ILAC MRA accreditations and the ILAC mark remain valid during the transition.`,
  sources: [
    { id: "gac-home", url: "https://globalaccreditationcooperationincorporated.org", title: "Introducing Global Accreditation Cooperation Incorporated", publisher: "Global Accreditation Cooperation Incorporated", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "accreditation-canada", url: "http://diagnostics.accreditation.ca/Resources/News/Post/1632/A-New-Chapter-for-Global-Accreditation-ILAC-and-IAF-Come-Together-to-form-Global-Accreditation-Cooperation-Incorporated", title: "A New Chapter for Global Accreditation: ILAC and IAF Come Together to form Global Accreditation Cooperation Incorporated", publisher: "Accreditation Canada Diagnostics", kind: "accreditation-body", published: "2026", accessed: "2026-11-30" },
    { id: "nata-2026", url: "https://nata.com.au/news/why-global-accreditation-cooperation-incorporated-matters", title: "Why Global Accreditation Cooperation Incorporated matters", publisher: "NATA", kind: "accreditation-body", published: "2026-01-12", accessed: "2026-11-30" },
    { id: "ilac-40-years", url: "http://vancouver.iaf-ilac-meetings.org/information/ilacs-40th-anniversary/", title: "ILAC's 40th Anniversary", publisher: "IAF/ILAC Joint Annual Meetings, Vancouver 2017", kind: "accreditation-body", published: "2017", accessed: "2026-11-30" },
    { id: "ianz-international", url: "http://www.ianz.govt.nz/resources/international/", title: "International", publisher: "IANZ (International Accreditation New Zealand)", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "cooper-ilac", url: "https://cooper.co.uk/glossary/ilac/", title: "ILAC (glossary)", publisher: "Cooper", kind: "reference", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
