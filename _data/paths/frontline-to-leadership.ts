import type { CareerPathInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "frontline-to-leadership",
  name: "Frontline to leadership",
  summary: "The classic ladder: from handling contacts to leading a team, running a centre and heading the customer operation.",
  roles: [
    "contact-centre-agent",
    "senior-agent",
    "team-leader",
    "contact-centre-manager",
    "head-of-customer-operations",
  ],
  order: 1,
} satisfies CareerPathInput;
