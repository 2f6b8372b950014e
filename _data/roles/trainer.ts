import type { RoleInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "trainer",
  name: "Trainer",
  alternativeNames: [
    "Contact centre trainer",
    "Call centre trainer",
    "Training specialist",
    "Process trainer",
    "Learning and development specialist",
    "Call or contact centre coach",
  ],
  summary: "Prepares new agents for the floor and keeps existing staff up to date on products, systems, processes and customer-handling skills.",
  description: "Contact centre trainers run the induction that takes new starters from their first day to taking live contacts, and the refresher and change training that follows.\n\nTypical work includes:\n\n- delivering induction on products, systems, compliance and call or chat handling, often with role play and side-by-side listening;\n- supporting new agents in a 'nesting' or graduation period on live work;\n- designing or updating course material, e-learning and knowledge articles;\n- training staff on new products, policy changes and system releases;\n- working with quality analysts and team leaders to close skill gaps found in quality scores;\n- checking that training worked, through tests, quality results and early performance.\n\nMany trainers were agents or subject-matter experts first. In larger centres a training manager leads a team of trainers and instructional designers; in small centres team leaders may do the training themselves.",
  codes: [
    {
      system: "onet-soc",
      code: "13-1151.00",
      title: "Training and Development Specialists",
      cite: ["tx-13-1151"],
      note: "A general occupation for workplace trainers, not one specific to contact centres.",
    },
    {
      system: "anzsco",
      code: "541111",
      title: "Call or Contact Centre Team Leader",
      cite: ["lmi-541111"],
      note: "Nearest match: ANZSCO lists Call or Contact Centre Coach as a specialisation of this occupation; it has no separate contact-centre trainer occupation.",
    },
  ],
  leadsTo: [],
  sources: [
    {
      id: "lmi-541111",
      url: "https://labourmarketinsights.gov.au/occupation-profile/call-centre-or-contact-centre-team-leaders?occupationCode=541111",
      title: "Call Centre or Contact Centre Team Leaders (ANZSCO ID 541111)",
      publisher: "Jobs and Skills Australia, Labour Market Insights",
      kind: "government",
      accessed: "2026-11-30",
    },
    {
      id: "tx-13-1151",
      url: "https://texascareercheck.com/OccupationInfo/OccupationSummary/13-1151.00/",
      title: "Occupation Summary: Training and Development Specialists (O*NET 13-1151.00)",
      publisher: "Texas Workforce Commission (Texas CareerCheck)",
      kind: "government",
      accessed: "2026-11-30",
      note: "A state labour agency's page reproducing the O*NET occupation; O*NET OnLine's own page for 13-1151.00 was not among the pages we could read.",
    },
  ],
  lastReviewed: "2026-11-30",
} satisfies RoleInput;
