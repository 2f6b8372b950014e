import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "sqm-world-class-fcr",
  name: "SQM World Class Call Center Certification",
  shortName: "SQM World Class",
  aliases: [
    { name: "SQM World Class FCR Certification", kind: "alternative", note: "SQM lists certified centres on a 'contact center FCR certification registry' page." },
    { name: "World Class Call Customer Satisfaction Certification", kind: "former-name", note: "The programme's name in an SQM guest post on the PhaseWare blog." },
    { name: "Contact Center World Class Certification", kind: "alternative" },
    { name: "Certified World Class Csat Call Center", kind: "alternative", note: "The heading used in SQM's 2010 awards announcement." },
  ],
  kind: "organisation",
  categories: ["customer-experience"],
  issuer: "sqm-group",
  website: "http://sqmgroup.com/contact-center-fcr-certification-registry/",
  assurance: "assessment",
  status: "active",
  statusDetail: { note: "SQM published its 2023 awards, based on customer surveys from January to December 2023, in June 2024.", cite: ["sqm-2023-winners"] },
  related: ["jd-power-certified-contact-center", "benchmarkportal-center-of-excellence", "copc-cx-standard", "iso-18295-1"],
  summary: "A North American 'world class' rating from SQM Group, decided by post-call surveys of a contact centre's own customers (first-call resolution and top-box satisfaction), not by an audit of its processes.",
  history: [
    { date: "1996", event: "SQM begins first-call-resolution, customer-satisfaction and employee-satisfaction benchmarking studies of call centres.", cite: ["sqm-2023-winners", "releasewire-2010"] },
    { date: "1998", event: "SQM begins recognising top-performing call centres for customer and employee satisfaction.", cite: ["sqm-2023-winners"] },
    { date: "2008", event: "SQM certifies 8 call centres and 1,500 customer service representatives as world class.", cite: ["sqm-2008-registry"] },
    { date: "2010-10-07", event: "SQM's 2010 awards announcement lists its 'Certified World Class Csat Call Centers', based on benchmarking from 1 October 2009 to 30 September 2010.", cite: ["releasewire-2010"] },
    { date: "2015", event: "VSP Vision Care receives the Contact Center World Class Certification for the fourteenth year; the bar is reported as 80 per cent 'top box' satisfaction or higher, among other criteria.", cite: ["visionmonday-vsp"] },
    { date: "2024-06-13", event: "SQM publishes its 2023 award winners, based on customer and employee studies from 1 January to 31 December 2023, in more than 50 award categories.", cite: ["sqm-2023-winners"] },
  ],
  levels: [
    { name: "Certified call centre (site)", description: "Each call-centre site is certified separately on its own customer surveys.", cite: ["phaseware"] },
    { name: "Certified organisation", description: "If every call centre within an organisation is certified, SQM certifies the organisation as a whole.", cite: ["phaseware"] },
  ],
  cost: {
    status: "not-published",
    note: "SQM sells the surveys and benchmarking studies that the certification rests on, but gives no price. Looked at (2026) SQM's certification registry pages (2008, 2011 and current), its awards-programme pages (2014 and current), its award-winner pages (2006, 2007, 2009, 2010, 2023), its 2011 awards press release, its study pages (Contact Center CSAT/QA Benchmark Snapshot, contact-channels benchmarking, CX best-practice certification, employee study) and its privacy policy; the ReleaseWire, PhaseWare and Vision Monday articles; and searches for utility, agency and council contracts with SQM. None states a fee for the study, the surveys or the certification.",
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P12M", context: "the survey period of SQM's annual benchmarking study on which its awards and certifications are based (1 January to 31 December 2023 for the 2023 awards)", asOf: "2023", cite: ["sqm-2023-winners"] },
      { min: "P12M", context: "the benchmarking period for the 2010 awards and certifications (1 October 2009 to 30 September 2010)", asOf: "2010", cite: ["releasewire-2010"] },
      { min: "P6M", context: "minimum period of world-class customer-satisfaction and call-resolution results required for a centre's World Class Call Certification under SQM's 2006 and 2007 award criteria", asOf: "2006", cite: ["sqm-2006-winners", "sqm-2007-winners"], note: "SQM's 2007 award page repeats the same six-month criterion; later pages we read do not restate it." },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "World class certification",
        period: "P1Y",
        renewal: "Certification follows each year's survey results and is listed in that year's registry; a centre keeps it by qualifying again the next year.",
        cite: ["sqm-2008-registry", "sqm-2011-registry", "visionmonday-vsp"],
        unconfirmed: true,
        note: "SQM publishes a registry per year and reports repeat certifications year after year (VSP for 14 years); no source states the period outright.",
      },
    ],
  },
  requirements: [
    { text: "SQM surveys a random sample of the centre's callers by phone, IVR or web shortly after their most recent call: within 10 minutes to 72 hours (2008), within 2 business days (2011), within 10 minutes to 24 hours (current registry page).", cite: ["sqm-2008-registry", "sqm-2011-registry", "sqm-fcr-registry"] },
    { text: "SQM's 'World Class Call' measure counts a call when the customer is overall 'very satisfied' (top box) and the call was resolved; in 2015 the reported bar for a centre was 80 per cent top-box satisfaction or higher, among other criteria.", cite: ["sqm-wcc-nomination", "visionmonday-vsp"] },
    { text: "Supervisors and customer service representatives can also be certified; for representatives SQM sets a minimum number of attributed surveys (25 in 2011).", cite: ["sqm-2011-registry"] },
    { text: "Certified organisations and centres receive a trophy and a certificate; supervisors and representatives receive a certificate.", cite: ["sqm-fcr-registry", "sqm-2008-registry"] },
  ],
  recognition: [
    { text: "Certified centres have included Blue Cross & Blue Shield of Kansas, Canadian Tire Financial Services and Citi units (2010), and VSP Vision Care and Marchon Eyewear (2015).", cite: ["releasewire-2010", "visionmonday-vsp"] },
  ],
  regions: ["Canada", "United States", "North America"],
  verify: {
    how: "Check SQM's public certification registry for the centre and year, and ask the provider for the SQM certificate, the year of the survey data and which sites it covers. Each site is certified separately, so a certificate for one centre does not cover the provider's other sites.",
    register: "http://sqmgroup.com/contact-center-fcr-certification-registry/",
    cite: ["sqm-fcr-registry", "phaseware"],
  },
  disagreements: [
    {
      topic: "Minimum number of customer surveys per centre",
      positions: [
        { claim: "At least 800 customer surveys per call-centre site for certification (SQM guest post on the PhaseWare blog, undated).", cite: ["phaseware"] },
        { claim: "At least 400 post-contact surveys per centre in SQM's customer-experience study (2023 awards).", cite: ["sqm-2023-winners"] },
      ],
      note: "The two figures may belong to different years or to the certification and the awards study respectively; SQM does not reconcile them.",
    },
  ],
  sources: [
    { id: "sqm-fcr-registry", url: "http://sqmgroup.com/contact-center-fcr-certification-registry/", title: "SQM Group: Contact Center Certification (FCR certification registry)", publisher: "SQM Group", kind: "issuer", accessed: "2026-11-30" },
    { id: "sqm-2008-registry", url: "http://www.sqmgroup.com/2008-certification-recipients", title: "World Class Call Center Certification Registry (2008)", publisher: "SQM Group", kind: "issuer", accessed: "2026-11-30" },
    { id: "sqm-2011-registry", url: "http://www.sqmgroup.com/2011-certification-recipients", title: "World Class Call Center Certification Registry (2011)", publisher: "SQM Group", kind: "issuer", accessed: "2026-11-30" },
    { id: "sqm-2023-winners", url: "https://www.sqmgroup.com/awarding/award-winners-year", title: "Call Center Customer Service Industry Award Winners for 2023", publisher: "SQM Group", kind: "issuer", published: "2024-06-13", accessed: "2026-11-30" },
    { id: "sqm-2006-winners", url: "https://www.sqmgroup.com/awarding/award-winners-year/2006-winners", title: "Contact Center Customer Service Industry Award Winners for 2006", publisher: "SQM Group", kind: "issuer", accessed: "2026-11-30" },
    { id: "sqm-2007-winners", url: "https://www.sqmgroup.com/awarding/award-winners-year/2007-winners", title: "Contact Center Customer Service Industry Award Winners for 2007", publisher: "SQM Group", kind: "issuer", accessed: "2026-11-30" },
    { id: "releasewire-2010", url: "http://www.releasewire.com/press-releases/release-59797.htm", title: "SQM 2010 Service Quality Award of Excellence winners (press release)", publisher: "ReleaseWire (SQM Group press release)", kind: "press", published: "2010-10-07", accessed: "2026-11-30" },
    { id: "sqm-wcc-nomination", url: "http://sqmgroup.com/csr-top-5-world-class-call-wcc-improvement-awards-nomination-process/", title: "CSR Top 5 World Class Call (WCC) Improvement Awards: nomination process", publisher: "SQM Group", kind: "issuer", accessed: "2026-11-30" },
    { id: "phaseware", url: "https://www.phaseware.com/phaseware-files-blog/bid-32010-do-you-have-a-world-class-call-center-sqm-group-can-tell-you/", title: "Do you have a world class call center? SQM Group can tell you", publisher: "PhaseWare (guest post by SQM Group)", kind: "consultancy", accessed: "2026-11-30" },
    { id: "visionmonday-vsp", url: "http://www.visionmonday.com/latest-news/article/vsp-vision-care-and-marchon-earn-contact-center-awards-focused-on-customer-care-1/", title: "VSP Vision Care and Marchon earn contact center awards focused on customer care", publisher: "Vision Monday", kind: "press", accessed: "2026-11-30" },
  ],
  description: `SQM Group's **world class certification** is decided by a contact centre's own customers. SQM surveys a random sample of callers shortly after their call and asks whether their issue was resolved and how satisfied they were. A centre that reaches SQM's threshold is certified "world class". In 2015 the reported bar was 80 per cent of customers giving the top "very satisfied" score, among other criteria.

It is therefore a **rating based on survey results, not an audit**: no one checks the centre's processes against a written standard. SQM argues this makes it harder to game than certifications based on application forms. Buyers should read it as evidence of satisfied callers in the survey year, not as evidence of how the centre is run.

### Scope
Each call-centre site is certified separately. An organisation is certified only if all its centres are. SQM also certifies individual supervisors and customer service representatives on their attributed surveys. Certification sits alongside SQM's annual awards, which in 2023 had more than 50 categories.

### Cost, time and validity
No price is published. The surveys behind the annual awards and certifications run over a twelve-month study period. In 2006 and 2007 SQM required a centre to have performed at the world-class level for at least six months to be certified. SQM publishes a registry for each year, and centres such as VSP have been re-certified year after year, which points to annual renewal.

### Checking a claim
Look the centre up in SQM's certification registry for the relevant year and check which site it covers.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
