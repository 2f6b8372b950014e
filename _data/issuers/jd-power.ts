import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "jd-power",
  name: "J.D. Power",
  formerNames: [
    { name: "J.D. Power and Associates", cite: ["staples-2004", "techtarget"], note: "The name used in the 2004 and 2011–2012 sources; no date for the change was found." },
  ],
  type: "company",
  country: "United States",
  status: "active",
  statusDetail: { note: "Still trading as a market-research firm; its customer-satisfaction studies of US utilities are reported in the trade press.", cite: ["power-grid"] },
  summary: "A US market-research firm best known for customer-satisfaction studies, which has run a certification programme for call and contact centres since 2003 or 2004.",
  description: `J.D. Power is a market-research company whose customer-satisfaction studies and rankings are widely quoted, for example in the US utility industry. Alongside the studies it sold a **call-centre certification programme**: a site audit of a centre's policies and procedures, followed by a survey of the centre's own recent callers, with certification only for centres scoring in the top 20 per cent of J.D. Power's cross-industry satisfaction research.

Sources disagree on when the programme began: a 2004 press release from Staples says it was launched that year, while J.D. Power's contact-centre director told TechTarget that the firm had offered call-centre certification since 2003. From the 2013 programme year it was to be called a "contact center" rather than a "call center" assessment, adding chat, web and social-media channels.

J.D. Power is a commercial firm, not a standards body or an accredited certification body: it writes the criteria, runs the surveys and grants the certification itself.`,
  sources: [
    { id: "techtarget", url: "https://searchcustomerexperience.techtarget.com/news/2240111977/Social-channels-changing-contact-center-certification", title: "Social channels changing contact center certification", publisher: "TechTarget SearchCustomerExperience", kind: "press", accessed: "2026-11-30" },
    { id: "staples-2004", url: "https://www.sdcexec.com/sourcing-procurement/news/10354780/staples-touts-jd-power-certification-for-call-centers", title: "Staples touts J.D. Power certification for call centers", publisher: "Supply & Demand Chain Executive (Staples press release)", kind: "press", published: "2004-05-26", accessed: "2026-11-30" },
    { id: "power-grid", url: "https://www.power-grid.com/news/marketing-buzz-what-does-it-take-to-be-a-jd-power-award-winner/", title: "Marketing buzz: what does it take to be a J.D. Power award winner?", publisher: "Power Grid International", kind: "press", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
