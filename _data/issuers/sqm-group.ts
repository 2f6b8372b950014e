import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "sqm-group",
  name: "SQM Group",
  shortName: "SQM",
  type: "company",
  country: "Canada (Vernon, British Columbia)",
  status: "active",
  statusDetail: { note: "SQM has announced contact-centre awards in sources from 2010 (a press release datelined Vernon, BC) to 2024, when it published its 2023 winners.", cite: ["releasewire-2010", "sqm-2023-winners"] },
  summary: "A North American firm (Service Quality Measurement Group) that surveys the callers of contact centres, benchmarks first-call resolution and satisfaction, and names 'world class' centres on the results.",
  description: `SQM Group (Service Quality Measurement Group) is a research and consulting firm that surveys customers shortly after they have called a contact centre. It says it has run first-call-resolution (FCR), customer-satisfaction and employee-satisfaction benchmarking studies since 1996, benchmarks several hundred North American centres a year, and has given annual awards to top-performing centres since 1998.

From the same survey data it **certifies** centres, supervisors and customer service representatives as "world class" when enough of their callers report being very satisfied. The awards are presented at SQM's annual conference, and the firm publishes yearly lists of winners and certified centres.

SQM is a commercial company, not a standards body: it runs the surveys, sets the thresholds and grants the certificates. Its press releases have been datelined from Vernon, British Columbia.`,
  sources: [
    { id: "sqm-2023-winners", url: "https://www.sqmgroup.com/awarding/award-winners-year", title: "Call Center Customer Service Industry Award Winners for 2023", publisher: "SQM Group", kind: "issuer", published: "2024-06-13", accessed: "2026-11-30" },
    { id: "releasewire-2010", url: "http://www.releasewire.com/press-releases/release-59797.htm", title: "SQM 2010 Service Quality Award of Excellence winners (press release)", publisher: "ReleaseWire (SQM Group press release)", kind: "press", published: "2010-10-07", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
