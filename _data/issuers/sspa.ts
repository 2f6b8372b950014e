import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "sspa",
  name: "Service & Support Professionals Association",
  shortName: "SSPA",
  formerNames: [
    {
      name: "Software Support Professionals Association",
      cite: ["bpmwatch"],
      unconfirmed: true,
      note: "Only the c. 2004 call-centre certification article uses this expansion; no other source confirms it was ever the association's name. Listed so that searches find it.",
    },
  ],
  type: "industry-association",
  country: "United States (San Diego)",
  founded: { date: "1989", cite: ["certmag", "supportsense"] },
  status: "merged",
  statusDetail: {
    note: "The SSPA merged with TPSA and AFSMI to form TSIA in October 2009; it marked its twentieth anniversary earlier that year. Before that it had launched a programme with J.D. Power and Associates to recognise excellent technology support.",
    cite: ["lah-2009", "supportsense", "socaltech"],
  },
  successor: {
    issuer: "tsia",
    date: "2009-10",
    cite: ["lah-2009"],
    note: "Dated by a blog post of 20 October 2009 announcing the newly formed association; no official announcement was found.",
  },
  summary: "An association of technology service and support organisations, formed in 1989, which merged into the Technology Services Industry Association (TSIA) in October 2009.",
  description: `The SSPA was formed in 1989 when more than 200 companies from technical support, field service and customer relations joined forces to work on common needs, including career paths and skills standards for support staff. It marked its twentieth anniversary in January 2009. With J.D. Power and Associates it launched a programme to recognise excellent technology support, later known as Certified Technology Service & Support (CTSS).

In October 2009 the SSPA merged with two sister associations, TPSA and AFSMI, to form the Technology Services Industry Association (TSIA).

**About the name.** The c. 2004 article on call-centre certifications expands SSPA as "Software Support Professionals Association"; later sources, including a 2009 anniversary retrospective, use "Service & Support Professionals Association" (or "Service and Support"). We list the article's wording as a former name so that searches find it, but no source we read confirms that it was ever the official name.`,
  sources: [
    { id: "certmag", url: "http://certmag.com/a-path-through-the-service-and-support-professionals-world/", title: "The Service and Support Professional's World", publisher: "Certification Magazine", kind: "press", accessed: "2026-11-29" },
    { id: "supportsense", url: "https://supportsense.wordpress.com/2009/06/29/sspa-celebrates-20th-anniversary-twenty-ways-the-sspa-has-changed-our-industry/", title: "SSPA Celebrates 20th Anniversary: Twenty ways the SSPA has changed our industry", publisher: "SupportSense blog", kind: "press", published: "2009-06-29", accessed: "2026-11-29" },
    { id: "socaltech", url: "http://www.socaltech.com/j.d._power_starts_it_services_survey/s-0001694.html", title: "J.D. Power Starts IT Services Survey", publisher: "socaltech.com", kind: "press", accessed: "2026-11-29" },
    { id: "lah-2009", url: "https://thomaslah.wordpress.com/2009/10/20/my-new-mission/", title: "My New Mission", publisher: "Thomas Lah (blog)", kind: "press", published: "2009-10-20", accessed: "2026-11-29", note: "A personal blog post announcing the merger that formed TSIA; the SSPA's own site is gone and no official announcement was found." },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", kind: "press", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
