import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "nz-certificate-in-contact-centres",
  name: "New Zealand Certificate in Contact Centres",
  aliases: [
    { name: "NZ Certificate in Contact Centres", kind: "abbreviation" },
    { name: "National Certificate in Contact Centre Operations", kind: "former-name", note: "The Level 3 national certificate (NZQF ref 0643) that the New Zealand Certificate in Contact Centres (Level 3) replaced." },
  ],
  kind: "individual",
  categories: ["workforce", "customer-experience"],
  issuer: "nzqa",
  website: "https://ringahora.nz/contact-centres-development-of-skill-standards-level-3/",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "In 2023 Ringa Hora Services Workforce Development Council consulted on new skill standards designed around the graduate profile of the New Zealand Certificate in Contact Centres (Level 3), so the qualification was current then.",
    cite: ["ringahora-2023"],
  },
  related: ["tesda-contact-center-services-nc-ii"],
  summary: "New Zealand's national qualifications for contact-centre staff on the NZ Qualifications Framework: a Level 3 certificate (65 credits) for agents and a Level 4 certificate (70 credits) for experienced agents and team leaders, approved in March 2014 to replace the older National Certificate in Contact Centre Operations.",
  history: [
    { date: "1999-07", event: "The National Certificate in Contact Centre Operations (Level 3) is first registered on the New Zealand qualifications framework.", cite: ["nz-0643-2015"] },
    { date: "2011-04", event: "The ElectroTechnology Industry Training Organisation publishes a reviewed National Diploma in Contact Centre Management (Level 5) after consulting the contact-centre industry in 2010.", cite: ["nzqa-revsum-2011"] },
    { date: "2014-03-20", event: "The New Zealand Certificates in Contact Centres at Level 3 (ref 2303) and Level 4 (ref 2304) are approved, developed by The Skills Organisation.", cite: ["nz-2303-copy", "nz-2304-copy"] },
    { date: "2015-11", event: "The old Level 3 national certificate is republished with later closing dates: entry to programmes until 31 December 2016 and completion until 31 December 2018.", cite: ["nz-0643-2015"] },
    { date: "2023", event: "Ringa Hora Services Workforce Development Council develops four new Level 3 contact-centre skill standards aligned with the Level 3 certificate's graduate profile, consulting from June to December 2023.", cite: ["ringahora-2023"] },
  ],
  levels: [
    { name: "New Zealand Certificate in Contact Centres (Level 3)", description: "65 credits. Graduates use business systems and contact-centre technology, databases and records, work safely and apply product or service knowledge, with limited supervision.", cite: ["nz-2303-copy"] },
    { name: "New Zealand Certificate in Contact Centres (Level 4)", description: "70 credits. Graduates handle complex interactions, monitor health and safety, coach and mentor team members and apply specialised knowledge, self-managing under broad guidance.", cite: ["nz-2304-copy"] },
  ],
  cost: {
    status: "not-published",
    note: "No provider's fee for the New Zealand Certificate in Contact Centres (Level 3 or 4) was found: looked at the qualification documents (2014), NZQA's review summaries (2011, 2024), Ringa Hora's 2023 skill-standard page and searches for polytechnic, Te Pūkenga and private training establishment programmes and fees-free eligibility (2026). The only fee found, about NZ$3,700 for a 21-week course, is from an undated article, written soon after the first certificate was registered in July 1999, on the predecessor National Certificate in Contact Centre Operations, so it is not shown as this qualification's cost.",
    cite: ["computerworld-nz-tricias"],
  },
  timeToAchieve: {
    status: "not-published",
    note: "The qualification documents give credits (65 at Level 3, 70 at Level 4) but, in the text read, no duration or learning hours, and no provider's programme length was found (2026). An undated article from soon after July 1999 describes a 21-week course for the predecessor national certificate; it is not shown as this qualification's time.",
    cite: ["computerworld-nz-tricias"],
  },
  validity: {
    status: "not-published",
    note: "No source read says whether an awarded certificate expires. Looked at the qualification documents (2014), NZQA's qualification listing and operational rules (the 2012 rules, and the 2022 rules in a copy), which give the qualification itself a status of current, expiring or discontinued rather than setting a term for holders, and NZQA's pages on changes to national qualifications (2026).",
    cite: ["nzqa-listing-rules-2012"],
  },
  editions: [
    {
      id: "national-certificate",
      name: "National Certificate in Contact Centre Operations (Level 3)",
      claims: ["NZ National Certificate in Contact Centre Operations", "NZQF 0643"],
      published: "1999-07",
      newCertificationEnds: "2016-12-31",
      validUntil: "2018-12-31",
      cite: ["nz-0643-2015"],
      note: "Replaced by the New Zealand Certificate in Contact Centres (Level 3) [ref 2303]. The dates are those of the version republished in November 2015.",
      disagreements: [
        {
          field: "newCertificationEnds",
          positions: [
            { date: "2016-12-31", claim: "The last date for entry into programmes leading to the replaced qualification is 31 December 2016.", cite: ["nz-0643-2015"] },
            { date: "2015-12-31", claim: "The last date for entry into programmes leading to the replaced qualification is 31 December 2015.", cite: ["nz-0643-2014"] },
          ],
          note: "The 2014 version was republished in November 2015 with the later dates.",
        },
        {
          field: "validUntil",
          positions: [
            { date: "2018-12-31", claim: "The last date to meet the requirements is 31 December 2018.", cite: ["nz-0643-2015"] },
            { date: "2017-12-31", claim: "The last date to meet the requirements is 31 December 2017.", cite: ["nz-0643-2014"] },
          ],
          note: "As above: the later republication extended the closing date by a year.",
        },
      ],
    },
    {
      id: "2014",
      name: "New Zealand Certificate in Contact Centres (Level 3)",
      claims: ["NZ Certificate in Contact Centres Level 3", "New Zealand Certificate in Contact Centres (Level 4)", "NZ Certificate in Contact Centres Level 4", "NZQF 2303", "NZQF 2304"],
      published: "2014-03-20",
      cite: ["nz-2303-copy", "nz-2304-copy"],
      note: "The Level 4 certificate (ref 2304) was approved on the same day.",
    },
  ],
  roles: [
    { role: "contact-centre-agent", stage: "entry", credential: "New Zealand Certificate in Contact Centres (Level 3)", cite: ["nz-2303-copy"], note: "Its purpose is to give the industry people with the knowledge and skills to interact in contact centres." },
    { role: "senior-agent", stage: "intermediate", credential: "New Zealand Certificate in Contact Centres (Level 4)", cite: ["nz-2304-copy"], note: "Graduates process complex customer enquiries with specialised knowledge and skills." },
    { role: "team-leader", stage: "entry", credential: "New Zealand Certificate in Contact Centres (Level 4)", cite: ["nz-2304-copy"], note: "Graduates coach and mentor team members in effective work practices." },
  ],
  prerequisites: {
    status: "none-published",
    note: "No entry requirements appeared in the text of the qualification documents read.",
  },
  requirements: [
    { text: "Awarded to people who complete a programme meeting the qualification's graduate profile; from 2023 the Level 3 certificate was being rebuilt on skill standards such as 'Navigate systems to support end-to-end journey of Contact Centre customer interactions' (10 credits) and 'Provide customised solutions to contact centre customers' (15 credits), designed mainly for work-based learning.", cite: ["nz-2303-copy", "ringahora-2023"] },
  ],
  recognition: [
    { text: "The graduate profile states that holders benefit from a credential that improves job prospects in contact centres, and that organisations contracting contact centres benefit from qualified staff.", cite: ["nz-2303-copy"] },
  ],
  regions: ["New Zealand"],
  verify: {
    how: "Ask for the certificate and the name of the provider that awarded it, and confirm the award with the provider or NZQA.",
    cite: ["nz-2303-copy"],
    unconfirmed: true,
    note: "The pages read do not describe a public lookup of holders; NZQA's record-of-achievement service was not among them.",
  },
  disagreements: [],
  sources: [
    { id: "nz-2303-copy", url: "https://docslib.org/doc/13769823/qualification-specifications", title: "New Zealand Certificate in Contact Centres (Level 3), qualification reference 2303 (copy)", publisher: "NZQA (copy hosted by docslib)", kind: "government", published: "2014", accessed: "2026-11-30", note: "A scraped copy of the NZQA qualification document; the original on NZQA's site was not found in the search results." },
    { id: "nz-2304-copy", url: "https://studylib.net/doc/15226476/qualification-details", title: "New Zealand Certificate in Contact Centres (Level 4), qualification reference 2304 (copy)", publisher: "NZQA (copy hosted by studylib)", kind: "government", published: "2014", accessed: "2026-11-30", note: "A scraped copy; the original was not found in the search results." },
    { id: "nz-0643-2014", url: "https://studylib.net/doc/18553578/level-3---ibrarian", title: "National Certificate in Contact Centre Operations (Level 3), NZQF ref 0643, version 6 (March 2014) (copy)", publisher: "NZQA (copy hosted by studylib)", kind: "government", published: "2014-03", accessed: "2026-11-30", note: "A scraped copy; the original was not found in the search results." },
    { id: "nz-0643-2015", url: "https://studylib.net/doc/15206085/national-certificate-in-contact-centre-operations--level-...", title: "National Certificate in Contact Centre Operations (Level 3), NZQF ref 0643, version 6 republished November 2015 (copy)", publisher: "NZQA (copy hosted by studylib)", kind: "government", published: "2015-11", accessed: "2026-11-30", note: "A scraped copy; the original was not found in the search results." },
    { id: "nzqa-revsum-2011", url: "https://www.nzqa.govt.nz/nqfdocs/summaries/2011/apr11/revsumapr11-23.html", title: "Review of Contact Centre qualification: National Diploma in Contact Centre Management (Level 5)", publisher: "NZQA", kind: "government", published: "2011-04", accessed: "2026-11-30" },
    { id: "computerworld-nz-tricias", url: "https://www.computerworld.co.nz/article/510901/call_centres_welcome_trainer_prefer_teach_own/", title: "Call centres welcome trainer but prefer to teach own", publisher: "Computerworld New Zealand", kind: "press", accessed: "2026-11-30", note: "Undated in the text read; it reports a training provider running what it called the country's first national certificate in call centre operations, so it concerns the predecessor qualification and predates the New Zealand Certificate in Contact Centres." },
    { id: "nzqa-listing-rules-2012", url: "https://www.nzqa.govt.nz/about-us/our-role/legislation/nzqa-rules/expired-rules/nzqf-qualification-listing-and-operational-rules-2012/listing-details-for-qualifications/7/", title: "NZQF Qualification Listing and Operational Rules 2012 (expired), rule 7: Status of Qualifications on the NZQF", publisher: "NZQA", kind: "government", accessed: "2026-11-30" },
    { id: "ringahora-2023", url: "https://ringahora.nz/contact-centres-development-of-skill-standards-level-3/", title: "Contact Centres - Development of Skill Standards – Level 3", publisher: "Ringa Hora Services Workforce Development Council", kind: "government", published: "2023", accessed: "2026-11-30" },
  ],
  description: `The **New Zealand Certificate in Contact Centres** is New Zealand's national qualification for contact-centre staff, listed on the New Zealand Qualifications Framework. It is a qualification earned through a programme with a training provider, often including work-based learning, not an exam-based certification, and no source read says it expires.

### The levels
- **Level 3** (65 credits) is the entry qualification. Graduates use contact-centre systems and records, work safely and apply product knowledge with limited supervision.
- **Level 4** (70 credits) is for experienced agents and team leaders. Graduates handle complex enquiries, monitor health and safety, and coach and mentor team members.

### History
Both were approved on 20 March 2014, developed by The Skills Organisation. They replaced the **National Certificate in Contact Centre Operations (Level 3)**, first registered in July 1999. Its republished 2015 version closed to new learners at the end of 2016 and could be completed until 31 December 2018; an earlier version gave dates a year sooner. In 2023 Ringa Hora Services Workforce Development Council developed new skill standards for the Level 3 certificate, designed mainly for work-based learning.

### Cost, time and renewal
Fees are set by providers, and no current fee or course length was found. The only figures are from an undated press report on the first course for the predecessor national certificate: 21 weeks for around NZ$3,700. No source read says the certificate expires.

### Checking a claim
Ask for the certificate and the awarding provider, and confirm with the provider or NZQA.

### Note on sources
Most of the qualification documents were read as copies on document-sharing sites, because the NZQA originals did not appear in our searches.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
