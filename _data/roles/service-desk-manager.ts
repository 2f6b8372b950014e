import type { RoleInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "service-desk-manager",
  name: "Service desk manager",
  alternativeNames: ["IT service desk manager", "Help desk manager", "Support centre manager", "IT support manager"],
  summary: "Runs an IT service desk: its people, processes, tools and service levels.",
  description: "The service desk manager is accountable for the IT service desk as a whole. Depending on size, they manage analysts directly or through team leaders.\n\nThe role usually covers:\n\n- staffing, recruiting, coaching and developing the team, and planning shifts to meet demand;\n- owning service-level performance for incidents and requests, and reporting on volumes, first-contact resolution, backlog and user satisfaction;\n- running the incident process, including major incident communications, and working with second-line, infrastructure, security and application teams on escalations;\n- owning the service-desk tooling, knowledge base and self-service, and increasingly automation and virtual agents;\n- leading continual service improvement, often along ITIL lines;\n- managing suppliers where parts of support are outsourced.\n\nIt combines the people and workload management of a contact centre manager with IT service management. Next steps named by sources tend to be senior IT support or infrastructure roles rather than customer operations.",
  codes: [],
  leadsTo: [
    {
      role: "head-of-customer-operations",
      cite: ["jd-sd-director", "computerworld-helpdesk"],
      unconfirmed: true,
      note: "Shown as the nearest senior rung on this site, which has no separate head-of-IT-support role. JobDescription.org describes a service desk support director who leads a team of service desk managers, an IT support leadership role; Computerworld quotes a recruiter saying help desk managers typically move into more senior IT infrastructure positions. No source we read describes a move from service desk manager to heading customer operations.",
    },
  ],
  sources: [
    {
      id: "jd-sd-director",
      url: "https://jobdescription.org/jobs/customer-service/service-desk-support-director",
      title: "Service Desk Support Director",
      publisher: "JobDescription.org",
      kind: "reference",
      accessed: "2026-11-30",
      note: "A job-description library.",
    },
    {
      id: "computerworld-helpdesk",
      url: "https://www.computerworld.com/article/2535530/your-help-desk-career--dead-end-or-launching-pad-.html?page=2",
      title: "Your help desk career: Dead end or launching pad? (page 2)",
      publisher: "Computerworld",
      kind: "press",
      accessed: "2026-11-30",
    },
  ],
  lastReviewed: "2026-11-30",
} satisfies RoleInput;
