import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "copc-inc",
  name: "COPC Inc.",
  shortName: "COPC",
  formerNames: ["Customer Operations Performance Center Inc."],
  type: "company",
  website: "https://www.copc.com",
  country: "United States (Winter Park, Florida)",
  status: "active",
  summary: "The consulting and standards firm that writes the COPC standards for customer operations and audits centres against them.",
  description: `COPC Inc. (originally Customer Operations Performance Center Inc.) owns the COPC standards. Its co-founder and chairman is Cliff Moore. A Standards Committee of member companies, which has included Concentrix, Microsoft, Orange and Teleperformance, meets twice a year to revise the standard.

Besides certification audits, the firm benchmarks and consults for contact centres and for companies that buy outsourced customer service.`,
  sources: [
    { id: "copc-standards", url: "https://www.copc.com/copc-standards/", title: "COPC Standards", publisher: "COPC Inc.", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-29",
} satisfies IssuerInput;
