import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "icmi",
  name: "International Customer Management Institute",
  shortName: "ICMI",
  formerNames: [{ name: "Incoming Calls Management Institute", cite: ["icmi-30-years", "wfmlabs"], note: "The name under which Gordon MacPherson Jr. founded it in 1985; when it changed is not stated." }],
  type: "company",
  website: "https://www.icmi.com",
  country: "United States (founded in Annapolis, Maryland)",
  founded: { date: "1985", cite: ["icmi-30-years", "wfmlabs"] },
  status: "active",
  statusDetail: {
    note: "ICMI's site shows it as part of the Informa Tech Division of Informa PLC and describes its current certification programme.",
    cite: ["icmi-learn", "icmi-2010-press"],
  },
  summary: "A training, publishing and events business for contact-centre management, founded in 1985 and now part of Informa; it runs ICMI Professional Certification.",
  description: `ICMI began in 1985 as the Incoming Calls Management Institute, founded by Gordon F. MacPherson Jr. in Annapolis, Maryland, to treat inbound call-centre management as a discipline of its own. Co-founder Brad Cleveland later led the company, and its book *Call Center Management on Fast Forward* became a standard text.

United Business Media (UBM) bought ICMI in 2008; through the later Informa–UBM merger it became part of Informa.

ICMI trained candidates for the Call Center Industry Advisory Council's certification and runs its own ICMI Professional Certification for contact-centre leaders, built on competencies developed with that council. ICMI's current line-up of credentials and its prices were not confirmed for this catalogue.`,
  sources: [
    { id: "icmi-30-years", url: "https://www.icmi.com/resources/2015/reflecting-back-on-30-years-of-call-center-excellence?p=1", title: "Reflecting back on 30 years of call center excellence", publisher: "ICMI", kind: "issuer", published: "2015", accessed: "2026-11-30" },
    { id: "wfmlabs", url: "https://wiki.wfmlabs.org/wiki/ICMI_Framework", title: "ICMI Framework", publisher: "WFM Labs wiki", kind: "reference", accessed: "2026-11-30" },
    { id: "icmi-learn", url: "http://www.icmi.com/Certification/What-Youll-Learn", title: "ICMI Professional Certification: What You'll Learn", publisher: "ICMI", kind: "issuer", accessed: "2026-11-30" },
    { id: "icmi-2010-press", url: "https://www.icmi.com/about-icmi/press-room/nominations-open-for-2011-icmi-global-call-center-of-the-year", title: "Nominations Open for 2011 ICMI Global Call Center of the Year", publisher: "ICMI", kind: "issuer", published: "2010-12-01", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
