import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "tsia-rated-outstanding",
  name: "TSIA Rated Outstanding",
  shortName: "Rated Outstanding",
  aliases: [
    { name: "TSIA", kind: "abbreviation", note: "Technology Services Industry Association, the awarding body." },
    { name: "TSIA Rated Outstanding certification", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["service-management", "quality-management"],
  issuer: "tsia",
  website: "https://www.tsia.com/services-excellence/operational-best-practices/certification-programs/rated-outstanding.html",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "TSIA's page still offers the programme and calls it a certification, awarded after a third-party audit; we found no public list of current holders.",
    cite: ["tsia-ro"],
  },
  related: ["sspa-certification", "scp-standards", "hdi-support-center-certification", "copc-cx-standard"],
  summary: "A TSIA certification for one technology-support location or one mode of support (such as assisted, self-service or field service), awarded after a third-party audit against TSIA's support practices.",
  history: [
    { date: "2009-10", event: "TSIA is formed by merging three sister associations: the SSPA, TPSA and AFSMI.", cite: ["lah-2009"] },
    { date: "2016", event: "An industry guide to service-quality programmes lists TSIA's certification with J.D. Power (CTSS) among the options for technology service organisations.", cite: ["ss-guide-2016"] },
  ],
  levels: [],
  cost: {
    status: "not-published",
    note: "No price found. Looked at (2026) TSIA's Rated Outstanding page, TSIA's membership terms and conditions and membership terms of service, its partner terms, Service Strategies' 2016 guide to quality programmes and trade-press searches for Rated Outstanding awards and audit fees. TSIA's membership terms say the membership fee is the one set in each member's Membership Agreement and publish no amount; no page gives an audit or certification fee for Rated Outstanding.",
    cite: ["tsia-tos"],
  },
  timeToAchieve: { status: "not-published", note: "TSIA's Rated Outstanding page does not say how long the third-party audit and certification take. Looked at (2026) the same TSIA pages, the 2016 Service Strategies guide and trade-press searches for announcements of Rated Outstanding awards; none gives a timescale." },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Use of the Rated Outstanding brand",
        period: "P1Y",
        renewal: "Once certified, the organisation may use the TSIA Rated Outstanding brand for one year; TSIA's page does not describe how the award is renewed.",
        cite: ["tsia-ro"]
      },
    ],
  },
  requirements: [
    { text: "The certification is targeted at a single support location and/or a single mode of support: assisted (remote phone, email and chat), self-service (unassisted web portal), depot (parts or unit repair and replacement), field (on-site service) or outsource (managing outsourcing partners).", cite: ["tsia-ro"] },
    { text: "Eligibility is judged against TSIA's leading practices for support operations through a third-party audit.", cite: ["tsia-ro"] },
  ],
  recognition: [
    { text: "Certified organisations may use the Rated Outstanding brand in marketing, including on packaging, in IVR messages and on the web and social media.", cite: ["tsia-ro"] },
  ],
  regions: ["Not stated in the sources found; each award names the location or mode of support it covers"],
  verify: {
    how: "Ask the vendor which location and which mode of support the award covers (for example 'North America, Assisted Support') and when it was granted; the brand may be used for one year, so an older award has lapsed unless renewed. Confirm the award directly with TSIA.",
    cite: ["tsia-ro"],
    unconfirmed: true,
    note: "TSIA's page does not mention a public register of certified organisations or a verification service.",
  },
  disagreements: [],
  sources: [
    { id: "tsia-ro", url: "https://www.tsia.com/services-excellence/operational-best-practices/certification-programs/rated-outstanding.html", title: "Rated Outstanding", publisher: "TSIA", kind: "issuer", accessed: "2026-11-30" },
    { id: "tsia-tos", url: "https://www.tsia.com/terms-of-service", title: "Membership Terms of Service", publisher: "TSIA", kind: "issuer", accessed: "2026-11-30" },
    { id: "lah-2009", url: "https://thomaslah.wordpress.com/2009/10/20/my-new-mission/", title: "My New Mission", publisher: "Thomas Lah (blog)", kind: "press", published: "2009-10-20", accessed: "2026-11-30", note: "Personal blog of TSIA's first executive director, written on the day the merger was announced." },
    { id: "ss-guide-2016", url: "https://docslib.org/doc/3846034/a-guide-to-service-quality-programs-selecting-a-quality-program-for-your-technology-service-organization", title: "A Guide to Service Quality Programs: Selecting a Quality Program for Your Technology Service Organization", publisher: "Service Strategies Corporation (copy hosted by docslib)", kind: "consultancy", published: "2016", accessed: "2026-11-30", note: "Scraped copy kept because we found no original on Service Strategies' site." },
  ],
  description: `Rated Outstanding is a certification from the Technology Services Industry Association (TSIA), the body formed in 2009 when the SSPA merged with two sister associations. It is for **technology companies' support operations**, such as help desks and contact centres that support hardware or software customers, not for individuals.

### What it covers
Rather than certify a whole service organisation at once, Rated Outstanding lets a company seek recognition for one area where it is strong. That area can be a single support location, a single mode of support, or both. The modes are assisted support (phone, email and chat), self-service web portals, depot repair, on-site field service, and the management of outsourcing partners. TSIA presents it as a manageable first step within a wider quality programme.

### What achieving it involves
The operation is measured against TSIA's own practices for support operations. A third party audits it to decide whether it qualifies.

### Cost, time and renewal
TSIA publishes neither a price nor a typical timescale. Once certified, an organisation may use the Rated Outstanding brand for one year, for example on packaging, in phone-menu messages and online. TSIA does not explain on that page how the award is renewed.

### Checking a claim
An award is only as wide as its scope. Ask which location and which mode of support it covers, check that it was granted within the last year, and confirm it with TSIA.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
