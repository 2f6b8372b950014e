import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "copc-inc",
  name: "COPC Inc.",
  shortName: "COPC",
  formerNames: [
    {
      name: "Customer Operations Performance Center Inc.",
      cite: ["copc-gold-2004", "copc-r43"],
      note: "The full name appears on the COPC-2000 documents of 2004 and 2009; when the company shortened it to COPC Inc. was not found.",
    },
  ],
  type: "company",
  website: "https://www.copc.com",
  country: "United States (Winter Park, Florida)",
  founded: {
    date: "1996",
    cite: ["acxpa", "copc-standards", "businessgyan"],
    note: "Given as 1996 by ACXPA and by COPC's own history of its standards; an older article dates the first COPC standard to 1995.",
  },
  status: "active",
  statusDetail: {
    note: "Still trading from Winter Park, Florida: it issued press releases in 2023 and Release 8.0 of its CX Standard in 2026, and its Standards Committee of member companies still meets. It already had representatives outside the United States in 2002.",
    cite: ["copc-press-2023", "copc-r8", "copc-committee", "siliconindia-2002"],
  },
  summary: "The privately held consulting and standards firm that writes the COPC standards for customer operations and audits centres against them.",
  description: `COPC Inc. (the name stands for Customer Operations Performance Center) owns the COPC standards, of which the Customer Experience (CX) Standard is the best known. It is a private consulting company based in Winter Park, Florida; its co-founder and chairman is Cliff Moore. Its early documents give its name in full, as Customer Operations Performance Center Inc.

The standards are governed by the COPC Standards Committee, a group of senior people from member companies that meets twice a year to decide on changes. Members have included Concentrix, Microsoft, Orange and Teleperformance. The committee grew out of the group of buyers of call-centre services, among them Microsoft, Dell, American Express, Motorola, Adobe and Intel, who drafted the first standard in the mid-1990s.

Besides certification audits, the firm sells benchmarking, training and consulting to contact centres and to companies that buy outsourced customer service. As early as 2002 it had representatives in Argentina, Brazil, Canada, Singapore, the United Kingdom and the United States.

COPC is a commercial company, not an industry association or a national standards body: it both publishes the standard and charges for auditing against it.`,
  sources: [
    { id: "copc-standards", url: "https://www.copc.com/copc-standards/", title: "COPC Standards", publisher: "COPC Inc.", kind: "issuer", accessed: "2026-11-30" },
    { id: "copc-committee", url: "https://www.copc.com/copc-standards-committee/", title: "COPC Standards Committee", publisher: "COPC Inc.", kind: "issuer", accessed: "2026-11-30" },
    { id: "copc-press-2023", url: "https://www.copc.com/press/the-copc-standards-committee-welcomes-scott-horace/", title: "The COPC Standards Committee Welcomes Scott Horace", publisher: "COPC Inc.", kind: "issuer", published: "2023-05-22", accessed: "2026-11-30" },
    { id: "copc-r8", url: "https://www.copc.com/ko/copc-standards/r8-whats-new", title: "COPC CX Standard Release 8.0: what's new", publisher: "COPC Inc.", kind: "issuer", accessed: "2026-11-30", note: "Found under the Korean-language path of copc.com; the text we read is in English." },
    { id: "acxpa", url: "https://acxpa.com.au/glossary/copc", title: "COPC Definition: ACXPA Glossary Term", publisher: "Australian Customer Experience Professionals Association (ACXPA)", kind: "reference", accessed: "2026-11-30" },
    { id: "businessgyan", url: "http://www.businessgyan.com/node/503", title: "COPC: the standard, its origin and objective (article by an IBackoffice India general manager)", publisher: "BusinessGyan", kind: "press", accessed: "2026-11-30" },
    { id: "siliconindia-2002", url: "http://www.siliconindia.com/shownews/Indian_enters_standards_panel_for_call_centers-nid-17483-cid-2.html", title: "Indian enters standards panel for call centers", publisher: "siliconindia", kind: "press", published: "2002-11-07", accessed: "2026-11-30" },
    { id: "copc-gold-2004", url: "https://scribd.com/document/81670427/Copc-2000-Csp-Gold", title: "COPC-2000 CSP Gold Standard (copy, copyright 1996–2004)", publisher: "Customer Operations Performance Center Inc. (copy hosted by Scribd)", kind: "issuer", accessed: "2026-11-30", note: "Scraped copy kept because COPC no longer publishes the COPC-2000 documents and we found no archived original." },
    { id: "copc-r43", url: "https://scribd.com/document/517834028/COPC-2000-Customer-Service-Provider-Standard", title: "COPC-2000 CSP Standard Release 4.3, Version 1.1 (copy)", publisher: "COPC Inc. (copy hosted by Scribd)", kind: "issuer", published: "2009", accessed: "2026-11-30", note: "Scraped copy kept because COPC no longer publishes old releases and we found no archived original." },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
