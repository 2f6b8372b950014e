import type { CareerPathInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "workforce-management",
  name: "Workforce management",
  summary: "From the floor into forecasting and scheduling, and from planning into running the contact centre.",
  roles: ["contact-centre-agent", "workforce-planner", "contact-centre-manager", "head-of-customer-operations"],
  order: 3,
} satisfies CareerPathInput;
