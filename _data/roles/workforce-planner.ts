import type { RoleInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "workforce-planner",
  name: "Workforce planner",
  alternativeNames: [
    "Workforce management analyst",
    "WFM analyst",
    "Resource planner",
    "Resource planning analyst",
    "Real-time analyst",
    "Scheduler",
    "Capacity planner",
  ],
  summary: "Forecasts contact volumes, works out how many agents are needed and when, builds schedules, and manages staffing through the day.",
  description: "Workforce planners (workforce management, or WFM) make sure the right number of people with the right skills are available at the right times. The function is often split between forecasting, scheduling and real-time (intraday) management, and some teams make these the steps of a career path, starting in real-time work.\n\nThe work includes:\n\n- forecasting contact volumes and handling times by interval, using history, seasonality and known events;\n- calculating staffing needs, for example with Erlang C or the WFM system's own models, allowing for shrinkage such as leave, training and sickness;\n- building rosters and shift patterns and approving changes and leave;\n- watching queues during the day, moving breaks, training or overtime to protect the service level;\n- reporting on adherence, service level and forecast accuracy.\n\nThe role suits people comfortable with numbers and spreadsheets; many planners come from the contact-centre floor.",
  codes: [
    {
      system: "anzsco",
      code: "541111",
      title: "Call or Contact Centre Team Leader",
      cite: ["abs-anzsco-5411", "lmi-541111"],
      note: "ANZSCO lists Call or Contact Centre Workforce Planner as a specialisation of this occupation, not as an occupation of its own.",
    },
  ],
  leadsTo: [
    {
      role: "contact-centre-manager",
      cite: ["swpp-kosiba-2019", "torchora-wfm"],
    },
  ],
  sources: [
    {
      id: "abs-anzsco-5411",
      url: "https://abs.gov.au/ausstats/abs@.NSF/2f762f95845417aeca25706c00834efa/6B83C499B9CA18DCCA2571E20083555F",
      title: "1220.0 - ANZSCO, First Edition, 2006: Unit Group 5411 Call or Contact Centre Workers",
      publisher: "Australian Bureau of Statistics",
      kind: "government",
      published: "2006-09-11",
      accessed: "2026-11-30",
      note: "An archived issue (first edition of ANZSCO); the current occupation code 541111 is confirmed by Jobs and Skills Australia's Labour Market Insights page.",
    },
    {
      id: "lmi-541111",
      url: "https://labourmarketinsights.gov.au/occupation-profile/call-centre-or-contact-centre-team-leaders?occupationCode=541111",
      title: "Call Centre or Contact Centre Team Leaders (ANZSCO ID 541111)",
      publisher: "Jobs and Skills Australia, Labour Market Insights",
      kind: "government",
      accessed: "2026-11-30",
    },
    {
      id: "swpp-kosiba-2019",
      url: "https://swpp.org/on-target-fall-2019/moving-from-workforce-manager-to-call-center-leader-through-strategic-planning/",
      title: "Moving From Workforce Manager to Call Center Leader Through Strategic Planning",
      publisher: "Society of Workforce Planning Professionals (On Target, Fall 2019; Ric Kosiba)",
      kind: "press",
      published: "2019",
      accessed: "2026-11-30",
    },
    {
      id: "torchora-wfm",
      url: "https://www.torchora.com/job-specification/workforce-management-analyst",
      title: "Key Responsibilities and Required Skills for Workforce Management Analyst",
      publisher: "Torchora",
      kind: "reference",
      accessed: "2026-11-30",
      note: "A job-specification site; it names no author or evidence for its career-progression lists.",
    },
  ],
  lastReviewed: "2026-11-30",
} satisfies RoleInput;
