import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-22301",
  name: "ISO 22301 Security and resilience – Business continuity management systems – Requirements",
  shortName: "ISO 22301",
  aliases: [
    { name: "ISO 22301:2019", kind: "alternative", note: "The current edition." },
    { name: "ISO 22301:2012", kind: "former-name", note: "The first edition; its accredited certificates ended with the transition to the 2019 edition (30 April 2023 after the COVID-19 extension)." },
    { name: "Societal security – Business continuity management systems – Requirements", kind: "former-name", note: "The title of the 2012 edition." },
    { name: "BS ISO 22301", kind: "alternative", note: "The British adoption." },
    { name: "BCMS certification", kind: "alternative" },
  ],
  kind: "organisation",
  categories: ["information-security"],
  issuer: "iso",
  assurance: "certification",
  status: "active",
  supersedes: ["bs-25999"],
  related: ["iso-iec-27001", "iso-9001"],
  summary: "The certifiable international standard for a business continuity management system, which replaced the British BS 25999-2 in 2012; current edition 2019, and 2012-edition certificates lapsed in 2023.",
  history: [
    { date: "2007-11", event: "BSI publishes BS 25999-2:2007, the British certifiable business continuity standard on which ISO 22301 largely builds.", cite: ["wikipedia-bs25999"] },
    { start: true, date: "2012-05", event: "ISO publishes ISO 22301:2012, Societal security – Business continuity management systems – Requirements, the first standard written in the new common high-level structure (Annex SL) for management-system standards; it supersedes BS 25999-2.", cite: ["bsi-sg-transition", "lrqa-transition"] },
    { date: "2014-05", event: "End of the transition from BS 25999-2: all certificates must now be to ISO 22301.", cite: ["bsi-sg-transition", "lrqa-transition"] },
    { date: "2019-10-31", event: "ISO 22301:2019, Security and resilience – Business continuity management systems – Requirements, is published, with a three-year transition for certificates to the 2012 edition.", cite: ["socotec-22301", "tuv-mk-22301", "nqa-22301"], note: "The Dutch accreditation body RvA gives November 2019." },
    { date: "2020-04", event: "IAF extends its transition periods by six months because of the COVID-19 pandemic, moving the end of the ISO 22301 transition from 31 October 2022 to 30 April 2023.", cite: ["nqa-22301", "aviso-2020"] },
    { date: "2021-10-31", event: "After this date certification bodies may no longer carry out initial or recertification audits to ISO 22301:2012 (as revised after the extension; see the edition for the earlier dates).", cite: ["nqa-22301", "nqa-22301-reminder"] },
    { date: "2023-04-30", event: "End of the extended transition: certificates to ISO 22301:2012 are no longer valid.", cite: ["nqa-22301", "socotec-22301", "aviso-2020"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Looked at certification bodies' ISO 22301 pages (NQA's transition guidance, which says quoted time and cost do not differ between editions but gives no figure; Glocert International's certification guide; LRQA; BSI; DQS India; Socotec), consultancies' ISO 22301 pages (candymc.co.uk, MEMEX Consulting, CertiKit's implementation guide), German and Indian pages on ISO 22301 certification costs, a search for UK council reports on certification costs (none found), and India's MSME ISO certification-reimbursement scheme pages, which do not name ISO 22301 (searched 2026). None of these states a fee, day rate or typical cost for ISO 22301. The only pages giving ISO 22301 figures were unattributed content-farm articles (winenfood.com, visualfoodie.com, eatsip365.com), which were not used." },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "P3M", context: "minimum time the business continuity management system must have been running before the certification audit, with at least one full internal audit, one management review and business continuity exercises completed, per one certification body's guide", asOf: "2026", cite: ["glocert-22301"], note: "Undated page, read in 2026. This is a floor, not a typical project length." },
      { min: "P3M", max: "P6M", context: "typical time to certification for organisations with some continuity planning already in place, reasonable documentation and good internal coordination, per a consultancy (candymc.co.uk)", asOf: "2026", cite: ["candymc-22301"], note: "Undated page, read in 2026." },
      { min: "P6M", max: "P1Y", context: "typical time to certification for organisations starting from scratch, or with complex structures, multiple sites or inconsistent processes, per the same consultancy", asOf: "2026", cite: ["candymc-22301"], note: "Undated page, read in 2026." },
      { min: "P1Y", context: "large enterprises with high regulatory oversight, critical infrastructure services or operations in several countries: 12 months or more, per the same consultancy", asOf: "2026", cite: ["candymc-22301"], note: "Undated page, read in 2026. The source gives no upper limit (\"12+ months\")." },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { appliesTo: "Certificate", period: "P3Y", renewal: "A three-year certification cycle: initial certification (stage 1 and stage 2 audits), surveillance audits in the second and third years, then a recertification audit that starts a new cycle.", cite: ["glocert-22301", "coalfire-cycle"] },
      { appliesTo: "Surveillance audits", period: "P1Y", renewal: "Annual surveillance audits between certification and recertification; missing one lets the certificate lapse.", cite: ["coalfire-cycle", "tcspl-faq"] },
    ],
  },
  editions: [
    {
      id: "2012",
      name: "ISO 22301:2012",
      claims: ["BS ISO 22301:2012", "22301:2012", "ISO22301:2012"],
      published: "2012-05",
      newCertificationEnds: "2021-10-31",
      validUntil: "2023-04-30",
      supersedes: [{ certification: "bs-25999", edition: "bs-25999-2-2007" }],
      cite: ["bsi-sg-transition", "nqa-22301", "socotec-22301"],
      note: "The end dates shown are those after IAF's six-month COVID-19 extension of April 2020; the original dates were 30 April 2021 and 31 October 2022.",
      disagreements: [
        {
          field: "newCertificationEnds",
          positions: [
            { date: "2021-04-30", claim: "Original IAF timetable: no initial or recertification audits to the 2012 edition 18 months after 31 October 2019.", cite: ["tuv-mk-22301"] },
            { date: "2021-05-31", claim: "Dutch accreditation body RvA, citing IAF Resolution 2019-17: from 31 May 2021 no initial or recertification audits to ISO 22301:2012.", cite: ["rva-2020"] },
            { date: "2021-10-31", claim: "After the COVID-19 extension: certification bodies must cease initial and recertification audits to ISO 22301:2012 after 31 October 2021.", cite: ["nqa-22301", "nqa-22301-reminder"] },
          ],
          note: "The spread reflects the original IAF timetable, one accreditation body's reading of it, and the extension IAF granted in April 2020.",
        },
        {
          field: "validUntil",
          positions: [
            { date: "2022-10-31", claim: "Original IAF timetable: all ISO 22301:2012 accredited certificates cease to be valid after 31 October 2022.", cite: ["tuv-mk-22301"] },
            { date: "2022-11-30", claim: "RvA: from 1 December 2022 certification bodies may no longer have ISO 22301:2012 accredited certificates outstanding.", cite: ["rva-2020"] },
            { date: "2023-04-30", claim: "After the COVID-19 extension: the transition period runs to 30 April 2023.", cite: ["nqa-22301", "socotec-22301", "aviso-2020"] },
          ],
          note: "IAF extended the transition by six months in April 2020 because of the pandemic; sources written before or without the extension give the earlier dates. NQA also asked its own clients to transition by 31 January 2023.",
        },
      ],
    },
    {
      id: "2019",
      name: "ISO 22301:2019",
      claims: ["22301:2019", "ISO22301:2019"],
      published: "2019-10-31",
      cite: ["socotec-22301", "tuv-mk-22301"],
      disagreements: [
        {
          field: "published",
          positions: [
            { date: "2019-10-31", claim: "Published on 31 October 2019.", cite: ["socotec-22301", "tuv-mk-22301"] },
            { date: "2019-11", claim: "Published in November 2019.", cite: ["rva-2020"] },
          ],
        },
      ],
    },
  ],
  requirements: [
    { text: "The organisation must run a business continuity management system: understand its context, analyse the impact of disruption on its activities (business impact analysis) and the risks, choose continuity strategies and solutions, keep plans and procedures, and exercise and test them, all under management review and internal audit.", cite: ["certificationeurope-25999", "socotec-22301"] },
    { text: "The 2019 edition added no new clauses: it restructured clause 8 and strengthened requirements on management of change (6.3), business continuity strategies and solutions (8.3) and evaluation of business continuity documentation and capabilities (8.6).", cite: ["socotec-22301", "tuv-mk-22301"] },
    { text: "Before the certification audit the management system must have been running, with an internal audit, a management review and exercises completed (one certification body asks for at least three months).", cite: ["glocert-22301"] },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the certificate and check: the edition (it must say ISO 22301:2019, because 2012-edition certificates lapsed by 30 April 2023); the certification body and the national accreditation body behind it; the scope, which should name the sites and services (for a contact centre, the delivery centres and the client programmes) that matter to you; and the expiry date. Then confirm the certificate in the certification body's own register. IAF CertSearch was IAF's database of accredited certificates; since IAF's work passed to Global Accreditation Cooperation Incorporated on 1 January 2026 the sources read do not confirm who runs it, so treat a missing entry there as a reason to ask the certification body, not as proof of a fake.",
    cite: ["nqa-22301", "glocert-22301", "gac-home", "csb-certsearch"],
  },
  disagreements: [],
  sources: [
    { id: "bsi-sg-transition", url: "https://www.bsigroup.com/en-SG/ISO-22301-Business-Continuity-Management/ISO-22301-Transition/", title: "Transitioning from BS 25999 to ISO 22301", publisher: "BSI", kind: "certification-body", accessed: "2026-11-30" },
    { id: "lrqa-transition", url: "http://www.lrqa.co.uk/standards-and-schemes/ISO-22301/BS-25999-Transition.aspx", title: "Transition from BS 25999 to ISO 22301", publisher: "LRQA", kind: "certification-body", accessed: "2026-11-30" },
    { id: "wikipedia-bs25999", url: "https://en.wikipedia.org/wiki/BS_25999", title: "BS 25999", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
    { id: "certificationeurope-25999", url: "https://www.certificationeurope.com/insights/bs-25999-is-to-be-replaced-by-iso-22301/", title: "BS 25999 is to be replaced by ISO 22301", publisher: "Certification Europe", kind: "certification-body", accessed: "2026-11-30" },
    { id: "socotec-22301", url: "https://www.socotec-certification-international.sg/news-room/iso-22301-2019-business-continuity-management-system-transition-program", title: "ISO 22301:2019 Business Continuity Management System Transition Program", publisher: "Socotec Certification International", kind: "certification-body", accessed: "2026-11-30" },
    { id: "tuv-mk-22301", url: "http://tuv.mk/en/nova-verzija-na-standardot-iso-22301-2019/", title: "A revised version of ISO 22301", publisher: "TÜV (North Macedonia)", kind: "certification-body", accessed: "2026-11-30" },
    { id: "nqa-22301", url: "https://www.nqa.com/nl-nl/transitions/iso-22301-2019", title: "ISO 22301:2019 Transition Guidance for Clients", publisher: "NQA", kind: "certification-body", accessed: "2026-11-30" },
    { id: "nqa-22301-reminder", url: "https://www.nqa.com/en-za/resources/news/iso-22301-transition-reminder", title: "ISO 22301 Transition Reminder - Business Continuity", publisher: "NQA", kind: "certification-body", published: "2021-09-30", accessed: "2026-11-30" },
    { id: "rva-2020", url: "https://www.rva.nl/nieuws/2020/werkwijze-rva-voor-transitie-van-iso-22301-2012-naar-iso-22301-2019", title: "Werkwijze RvA voor transitie van ISO 22301:2012 naar ISO 22301:2019", publisher: "Raad voor Accreditatie (RvA)", kind: "accreditation-body", published: "2020-06-09", accessed: "2026-11-30", note: "In Dutch; summarises IAF Resolution 2019-17." },
    { id: "aviso-2020", url: "https://www.avisoconsultancy.co.uk/posts/update-transition-deadlines", title: "Update: Transition deadlines", publisher: "Aviso Consultancy", kind: "consultancy", published: "2020-06-19", accessed: "2026-11-30" },
    { id: "glocert-22301", url: "https://www.glocertinternational.com/resources/guides/iso-22301-certification-audit-process", title: "ISO 22301 certification audit process", publisher: "GlocertInternational", kind: "certification-body", accessed: "2026-11-30" },
    { id: "coalfire-cycle", url: "https://www.coalfirecertification.com/approach.html", title: "Our approach: certification cycle", publisher: "Coalfire ISO", kind: "certification-body", accessed: "2026-11-30" },
    { id: "tcspl-faq", url: "https://tcspl.com.sg/resources/client-area/faq", title: "Client area FAQ: the 3-year audit cycle", publisher: "TCSPL", kind: "certification-body", accessed: "2026-11-30" },
    { id: "gac-home", url: "https://globalaccreditationcooperationincorporated.org", title: "Introducing Global Accreditation Cooperation Incorporated", publisher: "Global Accreditation Cooperation Incorporated", kind: "accreditation-body", accessed: "2026-11-30" },
    { id: "candymc-22301", url: "https://candymc.co.uk/iso-22301-in-the-real-world-how-long-does-business-continuity-certification-really-take", title: "How Long Does Business Continuity Certification Really Take?", publisher: "candymc.co.uk", kind: "consultancy", accessed: "2026-11-30", note: "A consultancy's article on ISO 22301 timelines (British spelling, .co.uk domain); undated. The text we read does not give the firm's full name." },
    { id: "csb-certsearch", url: "https://csb-cert.com/2024/01/03/iaf-certsearch/", title: "IAF CertSearch", publisher: "CSB Cert", kind: "certification-body", published: "2024-01-03", accessed: "2026-11-30", note: "In Bulgarian; on IAF making CertSearch uploads compulsory from the end of 2023." },
  ],
  description: `ISO 22301 sets the requirements for a **business continuity management system** (BCMS): how an organisation works out which of its activities matter most, what a disruption would do to them, and how it will keep them going or restore them, with plans that are exercised, reviewed and audited. For a contact centre that means, for example, what happens to client programmes when a site loses power or staff, a telephony platform fails or a pandemic closes offices.

### Where it came from
It grew out of the British **BS 25999-2:2007**. ISO published the first edition, ISO 22301:2012, in May 2012 (the first ISO management-system standard in the common high-level structure), and BS 25999-2 certificates had to move to it by the end of May 2014. The second edition, **ISO 22301:2019**, was published on 31 October 2019. It added no new clauses but clarified and strengthened several.

### Transition dates, and why sources differ
IAF first gave holders of 2012-edition certificates three years, to 31 October 2022. In April 2020 it extended all running transitions by six months because of COVID-19, so **2012-edition certificates stopped being valid after 30 April 2023**. Older pages still show the original dates.

### What it proves, and what it does not
A current certificate shows that an accredited auditor found a working continuity management system within the stated scope. It does not guarantee recovery times for your service: check the scope and ask for the recovery objectives and test results that apply to your programme.

### Cost and time
No certification body's price and no reliable typical cost were found. On time, one certification body expects the system to have run for at least three months, with an internal audit, a management review and exercises, before the certification audit. A consultancy puts the whole journey at three to six months for organisations with some continuity planning in place, six to twelve months for those starting from scratch or with complex structures, and twelve months or more for large, heavily regulated or multinational organisations.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
