import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "servicemark",
  name: "ServiceMark",
  shortName: "ServiceMark",
  aliases: [
    { name: "ICS ServiceMark", kind: "alternative" },
    { name: "Institute of Customer Service ServiceMark", kind: "alternative" },
    { name: "ServiceMark accreditation", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["customer-experience"],
  issuer: "institute-of-customer-service",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "The Institute of Customer Service still describes accreditation programmes built on its service model, and organisations have announced ServiceMark awards since 2009. We found no dated ServiceMark announcement after the late 2010s in our sources, so the scheme's current form is not confirmed.",
    cite: ["ics-mission", "labm-mears"],
    unconfirmed: true,
  },
  related: ["customer-service-excellence", "cca-global-standard", "iso-18295-1"],
  summary: "The UK Institute of Customer Service's organisational accreditation, combining an online self-assessment, customer-satisfaction results and an independent assessor's visit. The Institute calls it a national customer service standard; it is the Institute's own scheme, not an ISO or BSI standard.",
  history: [
    { date: "2009", event: "The Institute of Customer Service launches ServiceMark as a national customer service standard; East Riding of Yorkshire Council and Sandwell Metropolitan Borough Council are the first councils to achieve it.", cite: ["publicnet-2009"] },
    { date: "2012-07", event: "The Institute's ServiceMark brochures (version 6) describe the scheme as an organisational accreditation achieved through online diagnostics, analysis and actions, followed by independent site visits.", cite: ["ics-brochure-2012", "ics-assessment-2012"] },
  ],
  levels: [],
  cost: {
    status: "not-published",
    note: "Looked at the Institute's mission and standards page and its Academy terms, its 2012 ServiceMark brochures, press and member reports of accredited organisations (PublicNet 2009 on East Riding and Sandwell councils, New Charter 2014, LABM on Mears), searched for council reports of what was paid, and public contract notices for Institute membership (DWP 2022, HM Land Registry 2025, a five-year membership from 2018) (2026); none gives a fee for ServiceMark, and the membership notices do not say whether ServiceMark is part of what was bought.",
  },
  timeToAchieve: {
    status: "published",
    figures: [
      {
        min: "P6M",
        context: "ServiceMark award to the housing group New Charter: 'a six month assessment by the Institute of Customer Service', covering the views and experiences of customers and staff",
        asOf: "2014-08",
        cite: ["newcharter-2014"],
        note: "One organisation's account; the Institute's own pages we read give no typical time from the online diagnostic to the assessment visit.",
      },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "ServiceMark accreditation",
        renewal: "To retain the accreditation the organisation must show improvements against its action plan.",
        cite: ["labm-mears"],
        note: "No source we read states how long the accreditation lasts: looked at the Institute's 2012 brochures and mission page, PublicNet 2009, New Charter 2014 and LABM on Mears (2026). A two-year term is sometimes mentioned, but we could not confirm it.",
      },
    ],
  },
  requirements: [
    { text: "The organisation completes the Institute's online diagnostic tool (ServCheck), a self-assessment.", cite: ["ics-assessment-2012", "publicnet-2009"] },
    { text: "The accreditation is awarded on customer-satisfaction feedback and an assessment of employees' engagement with the customer service strategy.", cite: ["labm-mears"] },
    { text: "Customer feedback is gathered through the Institute's UK Customer Satisfaction Index or the organisation's own customer-satisfaction measurement.", cite: ["publicnet-2009", "ics-assessment-2012"] },
    { text: "From the diagnostic and customer results the organisation draws up action plans, which an independent assessor reviews as 'fit for purpose' and then checks on a site visit through group and individual interviews.", cite: ["ics-assessment-2012"] },
    { text: "The assessment is holistic rather than a tick-box audit: the assessor looks at strategic and operational service delivery at the place of business without going into procedural detail.", cite: ["ics-assessment-2012"] },
    { text: "The Institute's model behind ServiceMark has three dimensions (strategy and culture, people, processes) split into six elements, and applies to public, private and third-sector organisations of any size.", cite: ["ics-brochure-2012"] },
  ],
  recognition: [
    { text: "Organisations that achieve ServiceMark may display the Institute's mark.", cite: ["publicnet-2009"] },
    { text: "The outsourcer Mears, on achieving it, said it could now benchmark itself against holders such as First Direct, John Lewis, M&S, Next, Amazon and Nationwide.", cite: ["labm-mears"] },
  ],
  regions: ["United Kingdom"],
  verify: {
    how: "Ask the organisation for its ServiceMark certificate, the date of the assessment and the part of the organisation it covers, and confirm with the Institute of Customer Service.",
    cite: ["publicnet-2009"],
    unconfirmed: true,
    note: "We found no public register of ServiceMark holders, and no confirmed period of validity.",
  },
  disagreements: [],
  sources: [
    { id: "publicnet-2009", url: "http://www.publicnet.co.uk/news/2009/09/28/new-national-standard-for-raising-public-sector-service/", title: "New national standard for raising public sector service", publisher: "PublicNet", kind: "press", published: "2009-09-28", accessed: "2026-11-30" },
    { id: "ics-brochure-2012", url: "https://issuu.com/ginger-bradford/docs/05591_ics_1_servicemark_v6_hr", title: "ServiceMark: the standard for strategic excellence (brochure, version 6)", publisher: "The Institute of Customer Service (copy on Issuu)", kind: "issuer", published: "2012-07", accessed: "2026-11-30", note: "The Institute's brochure, uploaded to Issuu by its designer; the file is dated 17 July 2012. No copy on the Institute's own site was found." },
    { id: "ics-assessment-2012", url: "https://issuu.com./ginger-bradford/docs/05591_ics_4_assessment_v6_hr", title: "ServiceMark Assessment: strategic and operational service delivery (brochure, version 6)", publisher: "The Institute of Customer Service (copy on Issuu)", kind: "issuer", published: "2012-07", accessed: "2026-11-30", note: "Uploaded to Issuu by the designer; the file is dated 17 July 2012." },
    { id: "labm-mears", url: "https://labmonline.co.uk/news/mears-successfully-achieves-prestigious-ics-servicemark-accreditation", title: "Mears successfully achieves prestigious ICS ServiceMark accreditation", publisher: "LABM (Local Authority Building & Maintenance)", kind: "press", accessed: "2026-11-30", note: "Undated; it refers to the collapse of Carillion and Interserve, so it dates from about 2019." },
    { id: "newcharter-2014", url: "http://www.newcharterbuildingcompany.co.uk/news-events/new-charter-achieves-national-standard-customer-service", title: "New Charter achieves national standard in customer service", publisher: "New Charter Building Company (New Charter housing group)", kind: "press", published: "2014-08-14", accessed: "2026-11-30", note: "The housing group's own news release." },
    { id: "ics-mission", url: "https://www.instituteofcustomerservice.com/about-us/mission-values-and-standards", title: "Mission, values and standards", publisher: "The Institute of Customer Service", kind: "issuer", accessed: "2026-11-30" },
  ],
  description: `**ServiceMark** is the organisational accreditation of the Institute of Customer Service, the UK professional body for customer service. Launched in 2009, it counted councils among its first holders; later holders named in the press include retailers, banks and outsourcers. The Institute calls it a national customer service standard, but it is the Institute's own scheme, not an ISO or BSI standard. The Institute, not an accredited certification body, decides who holds it.

### How it works
ServiceMark gives the voice of the customer a large part. The organisation first completes the Institute's online diagnostic, a self-assessment. It then collects customer feedback, through the Institute's UK Customer Satisfaction Index or its own surveys. From these results it writes action plans. An independent assessor reviews the plans and visits the organisation to judge whether they are fit for purpose and being put into practice. The assessment is deliberately holistic rather than a checklist.

### Levels
We found no source for a higher grade such as "ServiceMark with Distinction", so none is shown.

### Cost, time and validity
No fee or typical timescale is published. One holder, the housing group New Charter, described its 2014 award as the result of a six-month assessment by the Institute. To keep the accreditation, an organisation must show progress against its action plan. We could not confirm how long an award lasts.

### Checking a claim
Ask for the certificate and the date of the assessment, and confirm with the Institute.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
