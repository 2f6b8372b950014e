import type { CareerPathInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "quality-and-improvement",
  name: "Quality and improvement",
  summary: "From the floor into quality assurance, then into process improvement and on to leading operations. The step from quality analyst to improvement lead is less well documented than the others.",
  roles: ["contact-centre-agent", "quality-analyst", "process-improvement-lead", "head-of-customer-operations"],
  order: 2,
} satisfies CareerPathInput;
