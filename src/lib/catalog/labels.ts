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
