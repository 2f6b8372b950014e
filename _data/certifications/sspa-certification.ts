import type { CertificationInput } from "../../src/lib/schema/index.ts";

const levelNote =
  "Named only in the c. 2004 call-centre certification article. No other public source we found confirms that the SSPA ever awarded this level; similar titles appear in Service Strategies' training tracks, which may explain the overlap.";

export default {
  slug: "sspa-certification",
  name: "SSPA Certification",
  shortName: "SSPA",
  aliases: [
    { name: "SSPA", kind: "abbreviation" },
    { name: "Service & Support Professionals Association", kind: "alternative", note: "The association's name in later sources." },
    { name: "Service and Support Professionals Association", kind: "alternative" },
    { name: "Software Support Professionals Association", kind: "alternative", note: "The expansion used by the c. 2004 article; not confirmed elsewhere." },
  ],
  kind: "individual",
  categories: ["workforce", "service-management"],
  issuer: "sspa",
  assurance: "certification",
  status: "historic",
  statusDetail: {
    note: "The SSPA merged with TPSA and AFSMI to form TSIA in October 2009, so no SSPA certification has been issued since; whether the SSPA ever ran the individual certification described in the c. 2004 article is itself unconfirmed.",
    cite: ["lah-2009", "bpmwatch"],
  },
  related: ["tsia-rated-outstanding", "scp-standards", "hdi-professional-certifications", "ciac-certification"],
  summary: "Certification for technology-support staff attributed to the SSPA, an association that merged into TSIA in 2009; the five-level ladder usually quoted for it is not confirmed by any source we could find.",
  history: [
    { date: "1989", event: "More than 200 technical-support, field-service and customer-relations companies form the Service & Support Professionals Association.", cite: ["certmag"] },
    { date: "2004", event: "The call-centre certification article says the SSPA (which it calls the Software Support Professionals Association) offers five levels of certification for support professionals.", cite: ["bpmwatch"], unconfirmed: true, note: "The article is undated (about 2004), and no other source confirms the five levels." },
    { date: "2009-01", event: "The SSPA marks its twentieth anniversary.", cite: ["supportsense"] },
    { date: "2009-10", event: "The SSPA merges with TPSA and AFSMI to form the Technology Services Industry Association (TSIA).", cite: ["lah-2009"] },
  ],
  levels: [
    { name: "Customer Service Qualified", cite: ["bpmwatch"], unconfirmed: true, note: levelNote },
    { name: "Certified Support Professional", cite: ["bpmwatch"], unconfirmed: true, note: levelNote },
    { name: "Certified Support Specialist", cite: ["bpmwatch"], unconfirmed: true, note: levelNote },
    { name: "Certified Support Manager", cite: ["bpmwatch"], unconfirmed: true, note: levelNote },
    { name: "Certified Support Executive", cite: ["bpmwatch"], unconfirmed: true, note: levelNote },
  ],
  cost: { status: "not-published", note: "No fees for SSPA individual certification were found: looked at the c. 2004 article, Certification Magazine's SSPA article, the SSPA anniversary retrospective, TSIA-era posts and Service Strategies' 2016 guide (2026)." },
  timeToAchieve: { status: "not-published", note: "No source describes how long SSPA certification took: looked at the same sources (2026)." },
  validity: { status: "not-published", note: "No source describes how long SSPA certification lasted or how it was renewed: looked at the same sources (2026)." },
  roles: [
    {
      role: "service-desk-analyst",
      stage: "entry",
      cite: ["bpmwatch", "certmag"],
      unconfirmed: true,
      note: "The c. 2004 article says the SSPA certified support professionals, and the SSPA worked on skills standards for support staff at each level of responsibility; no source names the roles the certification was meant for.",
    },
    {
      role: "service-desk-manager",
      stage: "advanced",
      credential: "Certified Support Manager",
      cite: ["bpmwatch"],
      unconfirmed: true,
      note: "Inferred from the level's title in the c. 2004 article only.",
    },
  ],
  prerequisites: {
    status: "none-published",
    note: "No source describes entry requirements for any SSPA certification level: looked at the c. 2004 article, Certification Magazine's SSPA article and the SSPA anniversary retrospective (2026).",
  },
  requirements: [
    { text: "SSPA member companies worked on shared skills standards for support staff: a committee identified more than a dozen technical skills, and more than two dozen others, common across the industry, as the basis for matching training and testing to each level of responsibility.", cite: ["certmag"] },
  ],
  recognition: [
    { text: "For support organisations rather than individuals, the SSPA and J.D. Power and Associates launched a programme recognising excellent technology support through process audits and customer-satisfaction surveys; it later appears as TSIA / J.D. Power Certified Technology Service and Support (CTSS).", cite: ["socaltech", "ss-guide-2016"] },
  ],
  regions: ["Not stated in the sources found"],
  verify: {
    how: "The SSPA no longer exists, so there is no body to confirm an SSPA certificate. Ask the holder for the certificate itself, the level named on it and the year; treat the claim as historical evidence of training rather than a current credential. For a support organisation's current standing, ask for TSIA certification instead.",
    cite: ["lah-2009"],
    unconfirmed: true,
    note: "No register of SSPA certificates was found, and no source says whether TSIA holds SSPA-era records.",
  },
  disagreements: [
    {
      topic: "What SSPA stands for",
      positions: [
        { claim: "Software Support Professionals Association.", cite: ["bpmwatch"] },
        { claim: "Service & Support Professionals Association (also written 'Service and Support').", cite: ["certmag", "supportsense", "socaltech"] },
      ],
      note: "Only the article uses the 'Software Support' expansion; every later source, including a 2009 anniversary retrospective, uses 'Service & Support'.",
    },
  ],
  sources: [
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres", publisher: "BPM Watch", kind: "press", accessed: "2026-11-29" },
    { id: "certmag", url: "http://certmag.com/a-path-through-the-service-and-support-professionals-world/", title: "The Service and Support Professional's World", publisher: "Certification Magazine", kind: "press", accessed: "2026-11-29" },
    { id: "supportsense", url: "https://supportsense.wordpress.com/2009/06/29/sspa-celebrates-20th-anniversary-twenty-ways-the-sspa-has-changed-our-industry/", title: "SSPA Celebrates 20th Anniversary: Twenty ways the SSPA has changed our industry", publisher: "SupportSense blog", kind: "press", published: "2009-06-29", accessed: "2026-11-29" },
    { id: "lah-2009", url: "https://thomaslah.wordpress.com/2009/10/20/my-new-mission/", title: "My New Mission", publisher: "Thomas Lah (blog)", kind: "press", published: "2009-10-20", accessed: "2026-11-29", note: "A personal blog post announcing the merger that formed TSIA; the SSPA's own site is gone and no official announcement was found." },
    { id: "socaltech", url: "http://www.socaltech.com/j.d._power_starts_it_services_survey/s-0001694.html", title: "J.D. Power Starts IT Services Survey", publisher: "socaltech.com", kind: "press", accessed: "2026-11-29" },
    { id: "ss-guide-2016", url: "https://docslib.org/doc/3846034/a-guide-to-service-quality-programs-selecting-a-quality-program-for-your-technology-service-organization", title: "A Guide to Service Quality Programs: Selecting a Quality Program for Your Technology Service Organization", publisher: "Service Strategies Corporation (copy on docslib.org)", kind: "consultancy", published: "2016", accessed: "2026-11-29", note: "A copy of Service Strategies' guide; the original on the company's site was not found." },
  ],
  description: `The SSPA was an association of technology companies' support, field-service and customer-relations departments, formed in 1989. Its members worked together on career paths and skills standards for support staff, so that training and testing could be matched to each level of responsibility.

### The five levels: unconfirmed
The call-centre certification article of about 2004 says the SSPA offered five certification levels for support professionals, rising from "customer service qualified" to "certified support executive". **We could not confirm this ladder in any other public source.** The levels are listed on this page only as the article gives them, each marked unconfirmed. Similar job titles appear in training tracks sold by Service Strategies, which may be where the overlap comes from. Do not rely on them as a description of a real SSPA programme.

### The name
The article expands SSPA as "Software Support Professionals Association". All later sources, including a 2009 twentieth-anniversary retrospective, say "Service & Support Professionals Association".

### What happened next
In October 2009 the SSPA merged with two sister associations to form the Technology Services Industry Association (TSIA). For support organisations, the SSPA had also launched a recognition programme with J.D. Power and Associates. TSIA now runs its own certifications for support operations, such as Rated Outstanding. No fees, durations or renewal rules for SSPA individual certification were found.

### Checking a claim
There is no longer an SSPA to confirm a certificate. Treat one as evidence of past training, and ask a support organisation for current TSIA certification instead.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
