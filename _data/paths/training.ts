import type { CareerPathInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "training",
  name: "Training",
  summary: "From agent to subject-matter expert to trainer, preparing new agents and keeping everyone's skills current.",
  roles: ["contact-centre-agent", "senior-agent", "trainer"],
  order: 6,
} satisfies CareerPathInput;
