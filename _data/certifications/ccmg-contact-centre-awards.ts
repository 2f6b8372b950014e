import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "ccmg-contact-centre-awards",
  name: "South African BPO and Contact Centre Industry Awards",
  shortName: "CCMG Awards",
  aliases: [
    { name: "CCMG Contact Centre Awards", kind: "alternative" },
    { name: "CCMG National Contact Centre Awards", kind: "alternative" },
    { name: "CCMG/BPESA Contact Centre Industry Awards", kind: "former-name", note: "The name used when BPESA co-branded the awards, as in 2018." },
  ],
  kind: "organisation",
  categories: ["customer-experience", "outsourcing", "workforce"],
  issuer: "ccmg",
  website: "https://awards.ccmg.org.za/ccmg-awards-guidelines/",
  assurance: "award",
  status: "active",
  statusDetail: {
    note: "CCMG launched the 2023 awards and in October 2023 moved the awards and conference into the new year (2024). We found no announcement for 2025 or 2026, so the current cycle is not confirmed.",
    cite: ["ccmg-guidelines-2023", "ccmg-news-2023"],
    unconfirmed: true,
  },
  related: ["cca-global-standard", "copc-cx-standard", "iso-18295-1"],
  summary: "South Africa's national contact-centre and BPO industry awards, run by the Contact Centre Management Group. They are peer-judged awards for companies, teams and individuals, decided on written entries and interviews, not an audit or a certification.",
  history: [
    { date: "2018", event: "CCMG and BPESA run the 2018 BPO & Contact Centre Industry Awards, described as the only industry-wide awards in South Africa and building on the previous six years: entries open 1 April and close 31 May, judging is in July and finalists are announced on 8 August.", cite: ["bpesa-2018"] },
    { date: "2021", event: "The rules for the 2021 awards say winners will be announced in February at CCMG's annual awards event.", cite: ["ccmg-rules-2021"] },
    { date: "2023", event: "CCMG launches the South African BPO and Contact Centre Industry Awards 2023, with online entry.", cite: ["ccmg-guidelines-2023"] },
    { date: "2023-10", event: "CCMG defers its awards and conference to the new year, citing other industry bodies' events in the same period.", cite: ["ccmg-news-2023"] },
  ],
  levels: [],
  cost: {
    status: "not-published",
    note: "Looked at CCMG's awards guidelines (2023), the 2021 rules and judging page, the judges page, BPESA's 2018 awards page, CCMG's December 2021 and October 2023 newsletters and its November 2022 editor's note (which invites readers to book a seat for the awards but gives no price) (2026); none states an entry fee or a ticket price.",
  },
  timeToAchieve: {
    status: "published",
    figures: [
      {
        min: "P4M",
        approximate: true,
        context: "2018 cycle, from entries opening on 1 April to finalists being announced on 8 August; winners are named later at the awards gala",
        asOf: "2018",
        cite: ["bpesa-2018"],
        note: "Worked out from the dates the source gives.",
      },
      {
        min: "P2M",
        context: "2018 entry window, 1 April to 31 May",
        asOf: "2018",
        cite: ["bpesa-2018"],
      },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Award",
        renewal: "An award is given for one year's awards programme and is not renewed; current and previous winners may enter the same categories again in later years.",
        cite: ["ccmg-rules-2021"],
      },
    ],
  },
  requirements: [
    { text: "Company categories in 2023 included Best Captive Contact Centre, Best International Outsource Contact Centre, Best Domestic Outsource Contact Centre, and technology and skills/people innovation; people categories cover agents, team leaders, trainers, workforce planners, analysts and managers.", cite: ["ccmg-guidelines-2023"] },
    { text: "Entries are made online with answers to category questions and supporting documents, and are assessed anonymously by the judges.", cite: ["ccmg-guidelines-2023", "ccmg-rules-2021"] },
    { text: "Judging has two stages: shortlisting of written entries against the criteria, then interviews for individual and team finalists (30 minutes for teams) and virtual panel sessions of up to an hour for most organisation finalists.", cite: ["ccmg-about"] },
    { text: "Company categories with fewer than 3 entries, and individual categories with fewer than 10, are not judged; the judges may decline to make an award in a category, and their decision is final.", cite: ["ccmg-rules-2021"] },
  ],
  recognition: [
    { text: "The judges are people who work full time in the contact-centre industry, led by a convening judge who has judged contact-centre industry awards for the past nine years.", cite: ["ccmg-about"] },
    { text: "In 2018 the awards gala was expected to draw over 550 people from the industry.", cite: ["bpesa-2018"] },
  ],
  regions: ["South Africa"],
  verify: {
    how: "Ask for the award, its category and year, and check it against CCMG's announcement of winners for that year. An award recognises one year's entry; it does not certify how a centre is run today.",
    cite: ["ccmg-rules-2021"],
    unconfirmed: true,
    note: "We did not find a public list of past winners in our sources.",
  },
  disagreements: [],
  sources: [
    { id: "ccmg-guidelines-2023", url: "https://awards.ccmg.org.za/ccmg-awards-guidelines/", title: "CCMG Awards Guidelines", publisher: "Contact Centre Management Group", kind: "issuer", accessed: "2026-11-30" },
    { id: "ccmg-about", url: "https://awards.ccmg.org.za/category/about/", title: "Who are the judges? What is the judging process?", publisher: "Contact Centre Management Group", kind: "issuer", accessed: "2026-11-30" },
    { id: "ccmg-rules-2021", url: "https://awards.ccmg.org.za/2021-contact-centre-awards/rules-judging/", title: "Rules & Judging (2021 Contact Centre Awards)", publisher: "Contact Centre Management Group", kind: "issuer", accessed: "2026-11-30" },
    { id: "ccmg-news-2023", url: "https://newsletters.ccmg.org.za/202310/202310.htm", title: "Newsletter: October 2023", publisher: "Contact Centre Management Group", kind: "issuer", published: "2023-10", accessed: "2026-11-30" },
    { id: "bpesa-2018", url: "http://www.bpesa.org.za/2018-bpo-contact-centre-industry-awards/", title: "2018 BPO & Contact Centre Industry Awards", publisher: "BPESA (Business Process Enabling South Africa)", kind: "issuer", accessed: "2026-11-30", note: "BPESA co-branded the 2018 awards with CCMG." },
  ],
  description: `The **South African BPO and Contact Centre Industry Awards** are the national awards of South Africa's contact-centre industry, run by the Contact Centre Management Group (CCMG). In 2018 they were co-branded with BPESA, the BPO industry body, and described as the only industry-wide awards in the country.

They are **awards, not a certification**. Companies, teams and individuals enter written submissions in categories such as best captive contact centre, best international or domestic outsourced contact centre, and best agent, team leader or workforce planner. Judges who work full time in the industry shortlist the entries; finalists are then interviewed or present to a panel. No one audits the centre against a standard. The result says the entry impressed the judges that year; it does not show that the centre meets defined requirements.

### Timing
In 2018 entries were open from 1 April to 31 May, judging took place in July and finalists were announced on 8 August, with winners named at a gala. Under the 2021 rules winners were announced in February. In October 2023 CCMG moved its awards into the new year.

### Cost and validity
No entry fee or ticket price is published. An award belongs to the year it was won. Winners may enter again, but nothing is renewed.

### For buyers
Ask for the category and year, and weigh the award as peer recognition alongside audited schemes such as COPC or ISO 18295-1.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
