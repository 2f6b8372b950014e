import type { RoleInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "quality-analyst",
  name: "Quality analyst",
  alternativeNames: [
    "Quality assurance analyst",
    "QA analyst",
    "Quality evaluator",
    "Quality coach",
    "Call monitoring analyst",
    "Quality assurance specialist",
  ],
  summary: "Listens to calls and reviews chats and emails against a quality scorecard, calibrates scoring, and turns what they find into feedback and trends.",
  description: "Quality analysts check how well customer contacts are handled. They sample calls, chats, emails and other interactions and score them against the centre's quality form, which usually covers accuracy, compliance wording, identity checks, resolution and the way the customer was treated.\n\nThe role typically involves:\n\n- evaluating a set number of interactions per agent per month;\n- running calibration sessions so that analysts, team leaders and clients score alike;\n- giving agents and team leaders feedback, and flagging coaching needs;\n- reporting trends, such as repeated errors, process gaps or causes of repeat contacts;\n- maintaining the scorecard and the quality guidelines.\n\nIn outsourcing centres the analyst may also score to each client's own standard. Speech and text analytics now score many contacts automatically, which shifts the role towards calibration, analysis and root causes. Quality analysts are often recruited from among strong agents.",
  codes: [],
  leadsTo: [
    {
      role: "process-improvement-lead",
      cite: ["evaluagent-2026"],
      unconfirmed: true,
      note: "Shown because quality analysis feeds process improvement, but no source we read states the move as a career step. The article cited argues that the QA role is shifting from scoring towards driving change; it does not describe promotion into an improvement role.",
    },
  ],
  sources: [
    {
      id: "evaluagent-2026",
      url: "https://www.evaluagent.com/knowledge-hub/qa-professional-analyst-to-changemaker",
      title: "The QA professional in 2026: From analyst to change-maker",
      publisher: "evaluagent",
      kind: "consultancy",
      accessed: "2026-11-30",
      note: "A quality-management software vendor's article.",
    },
  ],
  lastReviewed: "2026-11-30",
} satisfies RoleInput;
