import type { CareerPathInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "customer-experience",
  name: "Customer experience",
  summary: "From leading a team and running a contact centre into managing the customer experience across the organisation, and on to leading it.",
  roles: ["team-leader", "contact-centre-manager", "customer-experience-manager", "head-of-customer-operations"],
  order: 5,
} satisfies CareerPathInput;
