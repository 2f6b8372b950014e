import type { RoleInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "process-improvement-lead",
  name: "Process improvement lead",
  alternativeNames: [
    "Continuous improvement lead",
    "Continuous improvement manager",
    "Process excellence lead",
    "Business improvement manager",
    "Operational excellence manager",
    "Lean Six Sigma lead",
  ],
  summary: "Finds and removes waste, failure demand and variation in customer operations, using methods such as Lean and Six Sigma, and makes the changes stick.",
  description: "In a contact centre or wider customer operation, the process improvement lead looks for the causes behind poor results, such as avoidable contacts, repeat calls, long handling times, errors and complaints, and leads projects to remove them.\n\nThe work typically involves:\n\n- analysing contact reasons, quality findings, workforce data and customer feedback to find root causes;\n- mapping processes end to end, often across departments the contact centre depends on;\n- running improvement projects with a method such as Lean, Six Sigma (DMAIC) or Kaizen events;\n- measuring the effect of changes and building controls so that gains last;\n- training and coaching others in improvement tools and building an improvement habit on the floor;\n- working with IT on automation and self-service.\n\nPeople reach the role from quality, workforce planning, analysis or operations. In outsourcing companies it often sits in a 'process excellence' or 'transformation' team.",
  codes: [],
  leadsTo: [
    {
      role: "head-of-customer-operations",
      cite: ["kosiba-2013"],
      note: "The source says that most operations vice presidents have spent time in an analyst role; it speaks of analytical roles in general, not of process improvement leads by name.",
    },
  ],
  sources: [
    {
      id: "kosiba-2013",
      url: "http://www.callcentertimes.com/tabid/21/ctl/NewsArticle/mid/594/CategoryID/1/NewsID/379",
      title: "Winning The Call Center Career Marathon: From Agent to Supervisor to Business Analyst to...?",
      publisher: "Call Center Times (Ric Kosiba, Bay Bridge Decision Technologies)",
      kind: "press",
      published: "2013-12-04",
      accessed: "2026-11-30",
    },
  ],
  lastReviewed: "2026-11-30",
} satisfies RoleInput;
