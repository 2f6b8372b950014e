import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "tsia",
  name: "Technology Services Industry Association",
  shortName: "TSIA",
  type: "industry-association",
  website: "https://www.tsia.com",
  founded: { date: "2009-10", cite: ["lah-2009"] },
  status: "active",
  statusDetail: {
    note: "Still runs the Rated Outstanding certification programme on its website. A 2016 guide by Service Strategies named TSIA, with J.D. Power, as the owner of the CTSS programme.",
    cite: ["tsia-ro", "ss-guide-2016"],
  },
  summary: "The association for technology service organisations, formed in October 2009 by merging SSPA, TPSA and AFSMI; it runs the Rated Outstanding certification for support operations.",
  description: `TSIA was created in October 2009 when three sister associations merged: the Service & Support Professionals Association (SSPA), the Technology Professional Services Association (TPSA) and AFSMI. Thomas Lah, who became its executive director on the day it was announced, described it as one association for the whole range of technology services.

TSIA carries on the SSPA's work on support quality. Its Rated Outstanding certification recognises a single support location or mode of support, judged against TSIA's practices for support operations through a third-party audit. TSIA was also named, with J.D. Power and Associates, as the owner of the Certified Technology Service and Support (CTSS) programme in a 2016 industry guide.`,
  sources: [
    { id: "lah-2009", url: "https://thomaslah.wordpress.com/2009/10/20/my-new-mission/", title: "My New Mission", publisher: "Thomas Lah (blog)", kind: "press", published: "2009-10-20", accessed: "2026-11-30", note: "Personal blog of TSIA's first executive director, written on the day the merger was announced." },
    { id: "tsia-ro", url: "https://www.tsia.com/services-excellence/operational-best-practices/certification-programs/rated-outstanding.html", title: "Rated Outstanding", publisher: "TSIA", kind: "issuer", accessed: "2026-11-30" },
    { id: "ss-guide-2016", url: "https://docslib.org/doc/3846034/a-guide-to-service-quality-programs-selecting-a-quality-program-for-your-technology-service-organization", title: "A Guide to Service Quality Programs: Selecting a Quality Program for Your Technology Service Organization", publisher: "Service Strategies Corporation (copy hosted by docslib)", kind: "consultancy", published: "2016", accessed: "2026-11-30", note: "Scraped copy kept because we found no original on Service Strategies' site." },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
