import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "benchmarkportal",
  name: "BenchmarkPortal, LLC",
  shortName: "BenchmarkPortal",
  type: "company",
  country: "United States",
  founded: {
    date: "1995",
    cite: ["mayo-2016", "bp-realitycheck", "connections-anton"],
    note: "Given as 1995 in BenchmarkPortal's boilerplate; 1995 is also when call-centre benchmarking began at Purdue University, and BenchmarkPortal says the Purdue database was later outsourced to it, so the firm itself may be younger.",
  },
  status: "active",
  statusDetail: { note: "BenchmarkPortal's own site still describes its contact-centre certification process.", cite: ["bp-overview"] },
  summary: "A US contact-centre benchmarking firm that grew out of call-centre research at Purdue University and certifies centres as a 'Center of Excellence' by their metrics.",
  description: `BenchmarkPortal runs what it describes as the world's largest database of contact-centre performance metrics. The database began in 1995 as call-centre benchmarking research led by Dr Jon Anton at Purdue University's Center for Customer-Driven Quality, with a grant from IBM; as the work outgrew a student team it was handed to BenchmarkPortal, which Anton describes as a joint venture with the university.

The firm sells benchmarking reports, consulting and training, runs an annual "Top 100 Call Center" contest, and certifies contact centres as a **Center of Excellence** when their audited metrics place them among the best of their industry peers. Its long-time chief executive is Bruce Belfiore.

BenchmarkPortal is a commercial company, not a standards body: it owns the data, sets the criteria and grants the certification.`,
  sources: [
    { id: "bp-overview", url: "https://www.benchmarkportal.com/call-center-certification-overview/", title: "Contact Center Certification Overview", publisher: "BenchmarkPortal", kind: "issuer", accessed: "2026-11-30" },
    { id: "bp-realitycheck", url: "http://www.benchmarkportal.com/in-depth-reality-check", title: "In-Depth RealityCheck", publisher: "BenchmarkPortal", kind: "issuer", accessed: "2026-11-30" },
    { id: "connections-anton", url: "https://connectionsmagazine.com/article/interview-with-dr-jon-anton/", title: "Interview with Dr. Jon Anton", publisher: "Connections Magazine", kind: "press", accessed: "2026-11-30" },
    { id: "mayo-2016", url: "https://news.mayocliniclabs.com/2016/04/20/mayo-laboratory-inquiry-named-second-in-top-100-call-center-in-north-america-by-benchmark-portal/", title: "Mayo Laboratory Inquiry named second in 'Top 100 Call Centers in North America' by Benchmark Portal", publisher: "Mayo Clinic Laboratories", kind: "press", published: "2016-04-20", accessed: "2026-11-30", note: "A company news page; its 'About Benchmark Portal' paragraph is BenchmarkPortal's own boilerplate." },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
