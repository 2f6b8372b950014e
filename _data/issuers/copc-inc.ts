import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "copc-inc",
  name: "COPC Inc.",
  shortName: "COPC",
  formerNames: ["Customer Operations Performance Center Inc."],
  type: "company",
  website: "https://www.copc.com",
  country: "United States (Winter Park, Florida)",
  founded: {
    date: "1996",
    cite: ["acxpa", "wikipedia-copy"],
    note: "Given as 1996 by ACXPA and a copy of the Wikipedia article; an older article dates the first COPC standard to 1995.",
  },
  status: "active",
  summary: "The privately held consulting and standards firm that writes the COPC standards for customer operations and audits centres against them.",
  description: `COPC Inc. (the name stands for Customer Operations Performance Center) owns the COPC standards, of which the Customer Experience (CX) Standard is the best known. It is a private consulting company based in Winter Park, Florida; its co-founder and chairman is Cliff Moore.

The standards are governed by the COPC Standards Committee, a group of senior people from member companies that meets twice a year to decide on changes. Members have included Concentrix, Microsoft, Orange and Teleperformance. The committee grew out of the group of buyers of call-centre services, among them Microsoft, Dell, American Express, Motorola, Adobe and Intel, who drafted the first standard in the mid-1990s.

Besides certification audits, the firm sells benchmarking, training and consulting to contact centres and to companies that buy outsourced customer service. As early as 2002 it had representatives in Argentina, Brazil, Canada, Singapore, the United Kingdom and the United States.

COPC is a commercial company, not an industry association or a national standards body: it both publishes the standard and charges for auditing against it.`,
  sources: [
    { id: "copc-standards", url: "https://www.copc.com/copc-standards/", title: "COPC Standards", publisher: "COPC Inc.", accessed: "2026-11-29" },
    { id: "copc-committee", url: "https://www.copc.com/copc-standards-committee/", title: "COPC Standards Committee", publisher: "COPC Inc.", accessed: "2026-11-29" },
    { id: "acxpa", url: "https://acxpa.com.au/glossary/copc", title: "COPC Definition: ACXPA Glossary Term", publisher: "Australian Customer Experience Professionals Association (ACXPA)", accessed: "2026-11-29" },
    { id: "wikipedia-copy", url: "https://ja.scribd.com/document/338207515/COPC-Inc", title: "COPC Inc. (copy of the Wikipedia article)", publisher: "Scribd", accessed: "2026-11-29" },
    { id: "siliconindia-2002", url: "http://www.siliconindia.com/shownews/Indian_enters_standards_panel_for_call_centers-nid-17483-cid-2.html", title: "Indian enters standards panel for call centers", publisher: "siliconindia", published: "2002-11-07", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-29",
} satisfies IssuerInput;
