import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "icmi",
  name: "International Customer Management Institute",
  shortName: "ICMI",
  formerNames: ["Incoming Calls Management Institute"],
  type: "company",
  website: "https://www.icmi.com",
  country: "United States (founded in Annapolis, Maryland)",
  founded: { date: "1985", cite: ["icmi-30-years", "wfmlabs"] },
  status: "active",
  summary: "A training, publishing and events business for contact-centre management, founded in 1985 and now part of Informa; it runs ICMI Professional Certification.",
  description: `ICMI began in 1985 as the Incoming Calls Management Institute, founded by Gordon F. MacPherson Jr. in Annapolis, Maryland, to treat inbound call-centre management as a discipline of its own. Co-founder Brad Cleveland later led the company, and its book *Call Center Management on Fast Forward* became a standard text.

United Business Media (UBM) bought ICMI in 2008; through the later Informa–UBM merger it became part of Informa.

ICMI trained candidates for the Call Center Industry Advisory Council's certification and runs its own ICMI Professional Certification for contact-centre leaders, built on competencies developed with that council. ICMI's current line-up of credentials and its prices were not confirmed for this catalogue.`,
  sources: [
    { id: "icmi-30-years", url: "https://www.icmi.com/resources/2015/reflecting-back-on-30-years-of-call-center-excellence?p=1", title: "Reflecting back on 30 years of call center excellence", publisher: "ICMI", published: "2015", accessed: "2026-11-29" },
    { id: "wfmlabs", url: "https://wiki.wfmlabs.org/wiki/ICMI_Framework", title: "ICMI Framework", publisher: "WFM Labs wiki", accessed: "2026-11-29" },
    { id: "icmi-learn", url: "http://www.icmi.com/Certification/What-Youll-Learn", title: "ICMI Professional Certification: What You'll Learn", publisher: "ICMI", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-29",
} satisfies IssuerInput;
