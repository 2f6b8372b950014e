import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "jd-power-certified-contact-center",
  name: "J.D. Power Certified Contact Center Program",
  shortName: "J.D. Power certified contact center",
  aliases: [
    { name: "J.D. Power Certified Call Center Program", kind: "former-name", note: "The programme was a call-centre (phone and IVR) assessment until the 2013 programme year." },
    { name: "J.D. Power and Associates Call Center Certification Program", kind: "alternative" },
    { name: "J.D. Power Certified Customer Service Program", kind: "alternative", note: "Searchers use this name; we found no source that confirms it as the programme's current name." },
  ],
  kind: "organisation",
  categories: ["customer-experience"],
  issuer: "jd-power",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "The newest source we found (TechTarget, c. 2011–2012) describes plans for the 2013 programme. We found no current J.D. Power page for the programme, so whether, and under which name, it runs in 2026 is not confirmed.",
    cite: ["techtarget"],
    unconfirmed: true,
  },
  related: ["sqm-world-class-fcr", "benchmarkportal-center-of-excellence", "copc-cx-standard", "iso-18295-1"],
  summary: "A proprietary US certification from the market-research firm J.D. Power: a site audit of a contact centre's policies plus a survey of its recent callers, passed only by centres in the top 20 per cent of J.D. Power's customer-satisfaction benchmark.",
  history: [
    { date: "2003", event: "According to J.D. Power's contact-centre director, speaking to TechTarget, J.D. Power began offering call-centre certification programmes.", cite: ["techtarget"] },
    { date: "2004-05-26", event: "Staples announces that its contract call centres have been certified, calling itself one of the first companies nationwide to be certified; the release says J.D. Power launched the programme that year.", cite: ["staples-2004"] },
    { date: "2005", event: "Bank of America Merrill Lynch's retirement and benefits contact centre and the US utility Cinergy's call centres gain initial certification.", cite: ["techtarget", "metering-cinergy"] },
    { date: "2007-01-27", event: "A contact-centre consultant's blog describes the two-step process: a site audit, then customer surveys with a pass mark above the 80th percentile.", cite: ["responsedesign-2007"] },
    { date: "2013", event: "J.D. Power plans its 2013 programme as a 'contact center' assessment for the first time, adding standards for chat, web and social-media channels to the phone and IVR assessment.", cite: ["techtarget"] },
  ],
  levels: [],
  cost: {
    status: "not-published",
    note: "A 2007 consultant's account says organisations pay a fee for each step separately and do not go on to the next step without passing the previous one, but gives no amount. Looked at (2026): the Response Design blog (January 2007) and its Multichannel Merchant reprint (April 2007); the Staples (2004), ACS, CIGNA and Cinergy certification announcements; a 2008 blog post on CVS Caremark's certification; the 2013 Charlotte Business Journal report on Bank of America Merrill Lynch's certification; the TechTarget report; J.D. Power's own FAQ and press-release pages; and searches for US utility rate cases, state-agency purchase orders, council and board minutes and RFPs. None states a fee for the certification programme. The only J.D. Power amount we found paid by a public body is JEA's contract of $50,000 a year (2012), which was for access to J.D. Power's customer-satisfaction study information, not for certification, so it is not shown as a figure.",
    cite: ["responsedesign-2007", "jaxdailyrecord-jea"],
  },
  timeToAchieve: {
    status: "not-published",
    note: "No source gives how long the audit and survey steps take or how long the whole process lasts. Looked at (2026) the 2004 Staples release, the ACS, CIGNA and Cinergy announcements, the 2007 Response Design blog and its reprint, the 2008 CVS Caremark blog post, the 2013 Charlotte Business Journal report, the TechTarget report and J.D. Power's FAQ page; none gives a survey period, audit length or months from enrolment to certification.",
  },
  validity: {
    status: "not-published",
    note: "No certificate period was found. For re-certification only the customer-research (survey) phase is repeated, and the centre must again perform in the top 20 per cent; Cinergy reported being certified 'once again' after initial certification in 2005. J.D. Power runs the programme by programme year (a '2012 program' and a '2013 program') and adjusts its guidelines each year, which suggests yearly renewal, but no source says how long a certification lasts. Looked at (2026) the same announcements, blogs and reports as for cost and J.D. Power's FAQ page.",
    cite: ["metering-cinergy", "techtarget"],
  },
  requirements: [
    { text: "Step 1 is a site audit of the centre's policies and procedures: recruiting, training, employee incentives, management roles and responsibilities, and quality assurance.", cite: ["responsedesign-2007", "insidearm-acs", "staples-2004"] },
    { text: "Step 2 is a survey of a random sample of the centre's own customers who recently contacted it; the centre must perform within the top 20 per cent of J.D. Power's cross-industry customer-satisfaction research (above the 80th percentile).", cite: ["responsedesign-2007", "insidearm-acs", "staples-2004"] },
    { text: "The 2004 survey criteria were: courtesy, knowledge and concern of the customer service representative; usefulness of the information given; convenience of opening hours; ease of getting through to a representative; and timely resolution of the problem, question or request.", cite: ["staples-2004"] },
    { text: "In one case reported in 2007, J.D. Power insisted on auditing a company's offshore outsourcing partner before recognising the company's service.", cite: ["responsedesign-2007"] },
  ],
  recognition: [
    { text: "Certified organisations announced in press releases include Staples (2004), Affiliated Computer Services' Cary, North Carolina centre, the utility Cinergy and Bank of America Merrill Lynch's retirement and benefits contact centre.", cite: ["staples-2004", "insidearm-acs", "metering-cinergy", "techtarget"] },
  ],
  regions: ["United States"],
  verify: {
    how: "Ask the provider for the J.D. Power certification letter or certificate, the programme year, and the centres and channels it covers (phone only, or contact-centre channels from 2013 on), then confirm with J.D. Power. A certification from an earlier year says nothing about today unless it has been renewed.",
    cite: ["techtarget"],
    unconfirmed: true,
    note: "We found no public register of certified centres.",
  },
  disagreements: [
    {
      topic: "When the programme began",
      positions: [
        { claim: "2003: J.D. Power 'has offered call center certification programs since 2003'.", cite: ["techtarget"] },
        { claim: "2004: Staples' May 2004 release says the programme 'was launched by J.D. Power and Associates this year'.", cite: ["staples-2004"] },
      ],
      note: "Both dates are shown in the history; the 2003 figure comes from J.D. Power's own contact-centre director.",
    },
  ],
  sources: [
    { id: "techtarget", url: "https://searchcustomerexperience.techtarget.com/news/2240111977/Social-channels-changing-contact-center-certification", title: "Social channels changing contact center certification", publisher: "TechTarget SearchCustomerExperience", kind: "press", accessed: "2026-11-30", note: "Undated in our copy; it speaks of 'the current program as well as the 2012 program', so it dates from about 2011–2012." },
    { id: "staples-2004", url: "https://www.sdcexec.com/sourcing-procurement/news/10354780/staples-touts-jd-power-certification-for-call-centers", title: "Staples touts J.D. Power certification for call centers", publisher: "Supply & Demand Chain Executive (Staples press release)", kind: "press", published: "2004-05-26", accessed: "2026-11-30" },
    { id: "responsedesign-2007", url: "http://responsedesign.com/corner/2007/01/call_center_cer_1.html", title: "Call Center Certification: Hype or Here to Stay?", publisher: "Response Design Corporation (Kathryn's Uncommon Call Center Blog)", kind: "consultancy", published: "2007-01-27", accessed: "2026-11-30" },
    { id: "insidearm-acs", url: "https://insidearm.com/news/00018793-pr-acs-call-center-earns-jd-power-and-ass", title: "ACS call center earns J.D. Power and Associates certification", publisher: "insideARM (ACS press release)", kind: "press", accessed: "2026-11-30" },
    { id: "jaxdailyrecord-jea", url: "https://www.jaxdailyrecord.com/news/2012/dec/19/jea-pays-50000-access-jd-power-info", title: "JEA pays $50,000 to access J.D. Power info", publisher: "Jacksonville Daily Record", kind: "press", published: "2012-12-19", accessed: "2026-11-30", note: "Title and date taken from the article's address. Cited only to show that the one public-body payment to J.D. Power we found was for study data, not for the certification programme." },
    { id: "metering-cinergy", url: "https://www.metering.com/regional-news/north-america/us-utility-recognised-for-call-centre-excellence/", title: "US utility recognised for call centre excellence", publisher: "Metering International", kind: "press", accessed: "2026-11-30" },
  ],
  description: `J.D. Power, the US market-research firm known for its customer-satisfaction rankings, ran a **certification programme for call centres**, later renamed for contact centres. It is a proprietary scheme: J.D. Power writes the criteria, runs the survey and grants the certification; it is not an ISO standard and no accreditation body oversees it.

### How it works
Certification has two steps, paid for separately. First, J.D. Power audits the centre's policies and procedures: recruitment, training, incentives, management roles and quality assurance. Then it surveys a random sample of the centre's recent callers. To be certified, the centre must score in the **top 20 per cent** of J.D. Power's cross-industry satisfaction research. So the result depends mostly on what real customers say, not only on documents. For re-certification only the survey step is repeated.

Until 2012 the programme assessed phone and IVR service only; from the 2013 programme year it was to cover chat, web and social-media channels as well.

### Cost, time and validity
No fee, typical duration or certificate period is published.

### Is it still running?
The newest source we found dates from about 2011–2012. We could not confirm the programme's name or status in 2026, so treat an old certification claim with care. Ask which year it was granted and whether it has been renewed.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
