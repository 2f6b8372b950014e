// Words shown for the schema's enumerations, kept beside each other so a new value
// cannot be added to the schema without a label (the Record types enforce it).
import type { Category, Kind, Status } from "../schema/certification.ts";
import type { COST_BASES } from "../schema/certification.ts";

export const KIND_LABELS: Record<Kind, string> = {
  organisation: "Organisational",
  individual: "Individual",
};

export const STATUS_LABELS: Record<Status, string> = {
  active: "Active",
  superseded: "Superseded",
  withdrawn: "Withdrawn",
  dormant: "Dormant",
  planned: "Planned",
  historic: "Historic",
};

export const CATEGORY_LABELS: Record<Category, string> = {
  "quality-management": "Quality management",
  "information-security": "Information security",
  workforce: "Workforce and people",
  "service-management": "Service management",
  "customer-experience": "Customer experience",
  "process-improvement": "Process improvement",
  "payment-security": "Payment security",
  "complaints-handling": "Complaints handling",
  outsourcing: "Outsourcing",
};

export const COST_BASIS_LABELS: Record<(typeof COST_BASES)[number], string> = {
  "per-organisation": "per organisation",
  "per-site": "per site",
  "per-person": "per person",
  "per-exam": "per exam",
  "per-year": "per year",
  "application-fee": "application fee",
};

/** One line under each browse page's heading. */
export const KIND_HELP: Record<Kind, string> = {
  organisation: "Certifications, assessments and appraisals of a contact centre, a site or a whole company.",
  individual: "Credentials held by a person: agents, team leaders, managers and consultants.",
};

export const STATUS_HELP: Record<Status, string> = {
  active: "Currently offered: new certificates or credentials can be obtained.",
  superseded: "Replaced by a newer standard or credential; follow its lineage to today's version.",
  withdrawn: "Withdrawn by its owner: no longer a valid basis for a new certificate.",
  dormant: "Not formally withdrawn, but no sign in public sources that it is still being awarded.",
  planned: "Announced but never, or not yet, put into practice.",
  historic: "No longer offered; listed because older claims and documents still name it.",
};

export const CATEGORY_HELP: Record<Category, string> = {
  "quality-management": "Management systems and performance standards for the quality of the whole operation.",
  "information-security": "Protecting customer and client information.",
  workforce: "Hiring, developing and keeping the people who run a contact centre.",
  "service-management": "Running IT and support services to agreed levels.",
  "customer-experience": "How customers are treated and how their experience is measured and improved.",
  "process-improvement": "Methods for measuring and improving processes, such as Six Sigma.",
  "payment-security": "Taking card payments, including by phone, without exposing card data.",
  "complaints-handling": "Receiving, handling and learning from complaints.",
  outsourcing: "Standards written for outsourcing providers and the clients who buy from them.",
};
