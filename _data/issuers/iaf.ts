import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iaf",
  name: "International Accreditation Forum",
  shortName: "IAF",
  type: "accreditation-body",
  country: "International",
  founded: {
    date: "1993",
    cite: ["certinews-globac"],
    note: "Founding year as given by one trade article; not checked against an IAF document.",
  },
  status: "merged",
  statusDetail: {
    note: "IAF's roles passed to Global Accreditation Cooperation Incorporated on 1 January 2026. Accreditations recognised under the IAF Multilateral Recognition Arrangement (MLA) and the IAF MLA mark remain valid during the transition to the new body's single arrangement. The MLA's purpose was mutual recognition of accredited certification among signatories, each admitted after peer evaluation. IAF's CertSearch database of accredited certificates (created after a members' vote in December 2015, and compulsory for accredited certificates from the end of 2023) is not confirmed by the sources read to be running under the new body.",
    cite: ["gac-home", "nata-2026", "accreditation-canada", "iaf-mla", "qualitydigest-2016", "csb-certsearch"],
  },
  successor: {
    issuer: "global-accreditation-cooperation",
    date: "2026-01-01",
    cite: ["gac-home", "nata-2026", "accreditation-canada"],
  },
  summary: "The worldwide association of accreditation bodies for management-system, product and personnel certification until 31 December 2025; its work passed to Global Accreditation Cooperation Incorporated on 1 January 2026.",
  description: `The International Accreditation Forum (IAF) was the world association of accreditation bodies whose members accredit certification bodies: those that certify management systems (ISO 9001, ISO/IEC 27001, ISO 22301 and the like), products and persons. Its **Multilateral Recognition Arrangement (MLA)** let a certificate issued by a certification body accredited in one member economy be accepted in the others, because each accreditation body was peer-evaluated before it could sign.

In December 2015 IAF members voted to create a database of accredited certificates, launched as **IAF CertSearch**, and later made it a condition of membership that accredited certification bodies upload their certificates, a requirement that applied from the end of 2023.

**On 1 January 2026 IAF's roles passed to Global Accreditation Cooperation Incorporated**, formed together with ILAC. The IAF MLA and its mark remain valid during the transition. The sources read do not confirm who runs CertSearch now, so records on this site send buyers to the certification body's own register first.`,
  sources: [
    { id: "gac-home", url: "https://globalaccreditationcooperationincorporated.org", title: "Introducing Global Accreditation Cooperation Incorporated", publisher: "Global Accreditation Cooperation Incorporated", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "nata-2026", url: "https://nata.com.au/news/why-global-accreditation-cooperation-incorporated-matters", title: "Why Global Accreditation Cooperation Incorporated matters", publisher: "NATA", kind: "accreditation-body", published: "2026-01-12", accessed: "2026-11-30" },
    { id: "accreditation-canada", url: "http://diagnostics.accreditation.ca/Resources/News/Post/1632/A-New-Chapter-for-Global-Accreditation-ILAC-and-IAF-Come-Together-to-form-Global-Accreditation-Cooperation-Incorporated", title: "A New Chapter for Global Accreditation: ILAC and IAF Come Together to form Global Accreditation Cooperation Incorporated", publisher: "Accreditation Canada Diagnostics", kind: "accreditation-body", published: "2026", accessed: "2026-11-30" },
    { id: "certinews-globac", url: "https://certinews.it/globac-the-revolution-of-global-accreditation-towards-a-standardized-future", title: "GLOBAC: the revolution of global accreditation towards a standardized future", publisher: "Certinews", kind: "press", accessed: "2026-11-30" },
    { id: "iaf-mla", url: "https://iaf.nu/en/mla-purpose", title: "MLA Purpose", publisher: "IAF", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "qualitydigest-2016", url: "https://m.qualitydigest.com/inside/standards-column/iaf-creates-new-international-certification-database-011416.html", title: "IAF Creates New International Certification Database", publisher: "Quality Digest", kind: "press", published: "2016-01-14", accessed: "2026-11-30" },
    { id: "csb-certsearch", url: "https://csb-cert.com/2024/01/03/iaf-certsearch/", title: "IAF CertSearch", publisher: "CSB Cert", kind: "certification-body", published: "2024-01-03", accessed: "2026-11-30", note: "In Bulgarian." },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
