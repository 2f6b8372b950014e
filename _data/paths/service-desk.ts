import type { CareerPathInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "service-desk",
  name: "Service desk",
  summary: "The IT support ladder: from service desk analyst to running the service desk.",
  roles: ["service-desk-analyst", "service-desk-manager"],
  order: 4,
} satisfies CareerPathInput;
