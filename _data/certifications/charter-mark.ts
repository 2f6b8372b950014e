import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "charter-mark",
  name: "Charter Mark",
  aliases: [],
  kind: "organisation",
  categories: ["customer-experience", "quality-management"],
  issuer: "uk-cabinet-office",
  assurance: "award",
  status: "superseded",
  supersededBy: ["customer-service-excellence"],
  related: ["iso-18295-1", "iso-10002"],
  statusDetail: {
    note: "Closed to new applicants on 30 June 2008 and ended on 30 June 2011; replaced by Customer Service Excellence.",
    cite: ["cabinet-office-charter-mark", "wikipedia-cse"],
  },
  summary: "The UK government's award for excellent customer service in public-sector organisations, part of the Citizen's Charter programme; replaced by Customer Service Excellence in 2008 and ended in June 2011.",
  history: [
    { date: "1991", event: "Year of introduction given by Wikipedia; 1991 is the year of the Citizen's Charter programme to which the award belonged.", cite: ["wikipedia-cse"] },
    { date: "1992", event: "Charter Mark launched as an award for public-sector organisations that achieved excellent customer service; 35 organisations held it in its first year.", cite: ["pasc-report"] },
    { date: "2002", event: "949 organisations achieve the Charter Mark in the year, taking the total ever awarded past 2,400.", cite: ["hansard-2003"] },
    { date: "2004-02", event: "Assessment is handed to four independent companies accredited by UKAS, charging on a scale by organisation size; the Cabinet Office keeps ownership of the scheme.", cite: ["publicnet-2004"] },
    { date: "2005", event: "The Cabinet Office commissions Bernard Herdan to review the scheme; his 2006 report recommends a new standard to replace it.", cite: ["pasc-report", "cse-faq"] },
    { date: "2008-03-10", event: "Customer Service Excellence is launched as Charter Mark's replacement.", cite: ["wired-gov-2008", "pasc-report"] },
    { date: "2008-06-30", event: "Charter Mark closes to new applications.", cite: ["cabinet-office-charter-mark"] },
    { date: "2011-06-30", event: "The scheme officially ends; existing holders could use the mark until this date.", cite: ["cabinet-office-charter-mark"] },
  ],
  levels: [],
  cost: { status: "not-published", note: "Historic. From 2004 the accredited assessment companies charged on a graded scale by organisation size; the 2004 report, the archived Cabinet Office pages, Hansard and the select committee report give no figures.", cite: ["publicnet-2004"] },
  timeToAchieve: { status: "not-published", note: "Historic. The archived Cabinet Office pages, the select committee report and Hansard give no time for achieving the Charter Mark." },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Annual reassessment",
        period: "P1Y",
        renewal: "Holders were reassessed every year to confirm they still met the standard; all Charter Marks ended on 30 June 2011.",
        cite: ["cabinet-office-charter-mark"]
      },
    ],
  },
  requirements: [
    { text: "The standard in its last form had six criteria, with 7 to 15 elements each; assessors scored every element on a four-band scale from documentary evidence, observation and discussion, and holders could have only a limited number of partial compliances per criterion.", cite: ["cabinet-office-charter-mark"] },
    { text: "Organisations had to meet the Citizen's Charter principles for quality public services and show evidence of customer satisfaction.", cite: ["pasc-report"] },
    { text: "Formal assessment was open to public-sector organisations, including those providing internal services, some partnerships and sub-contracted public services.", cite: ["cabinet-office-eligibility"] },
  ],
  recognition: [
    { text: "Around 1,600 organisations, employing some 400,000 people (about 7 per cent of the public sector), held a Charter Mark shortly before it was replaced.", cite: ["pasc-report"] },
  ],
  regions: ["United Kingdom"],
  verify: {
    how: "No Charter Mark has been valid since 30 June 2011, when the scheme ended. Treat a present-day claim to hold one as out of date, and ask whether the organisation holds Customer Service Excellence, its replacement, instead.",
    cite: ["cabinet-office-charter-mark"],
  },
  disagreements: [
    {
      topic: "When the Charter Mark was introduced",
      positions: [
        { claim: "Launched in 1992.", cite: ["pasc-report"] },
        { claim: "Introduced in 1991.", cite: ["wikipedia-cse"] },
      ],
      note: "The Citizen's Charter itself dates from 1991; the parliamentary committee report, the stronger source, gives 1992 for the award.",
    },
  ],
  sources: [
    { id: "pasc-report", url: "https://publications.parliament.uk/pa/cm200708/cmselect/cmpubadm/411/41106.htm", title: "Public Administration Select Committee, Twelfth Report: The Charter Mark and user satisfaction with public services", publisher: "UK Parliament, House of Commons", kind: "government", accessed: "2026-11-30" },
    { id: "cabinet-office-charter-mark", url: "http://webarchive.nationalarchives.gov.uk/+/http://www.cabinetoffice.gov.uk/chartermark.aspx", title: "Charter Mark (archived Cabinet Office page)", publisher: "Cabinet Office, via the UK Government Web Archive", kind: "archive", accessed: "2026-11-30" },
    { id: "cabinet-office-eligibility", url: "http://webarchive.nationalarchives.gov.uk/+/http://www.cabinetoffice.gov.uk/chartermark/eligibility/", title: "Charter Mark eligibility (archived Cabinet Office page)", publisher: "Cabinet Office, via the UK Government Web Archive", kind: "archive", accessed: "2026-11-30" },
    { id: "hansard-2003", url: "https://api.parliament.uk/historic-hansard/written-statements/2003/oct/27/charter-mark", title: "Charter Mark (written statement, HC Deb 27 October 2003 vol 412 c62WS)", publisher: "UK Parliament, Hansard", kind: "government", published: "2003-10-27", accessed: "2026-11-30" },
    { id: "publicnet-2004", url: "http://www.publicnet.co.uk/news/2004/02/12/chartermark-privatized-to-boost-take-up/", title: "Chartermark privatized to boost take-up", publisher: "PublicNet", kind: "press", published: "2004-02-12", accessed: "2026-11-30" },
    { id: "wired-gov-2008", url: "http://www.wired-gov.net/wg/wg-news-1.nsf/0/92C2EE459C2B832680257408004AE38C?OpenDocument", title: "New standard raises the bar for public services (Cabinet Office news release CAB/025/08)", publisher: "Cabinet Office via WiredGov", kind: "government", published: "2008-03-10", accessed: "2026-11-30" },
    { id: "cse-faq", url: "https://customerserviceexcellence.uk.com/more/faqs", title: "Customer Service Excellence FAQs", publisher: "Customer Service Excellence", kind: "issuer", accessed: "2026-11-30" },
    { id: "wikipedia-cse", url: "https://en.wikipedia.org/wiki/Customer_Service_Excellence", title: "Customer Service Excellence", publisher: "Wikipedia", kind: "reference", accessed: "2026-11-30" },
  ],
  description: `The Charter Mark was the UK government's **award** for excellent customer service in the public sector: an award granted after independent assessment, not a certificate to a management-system standard. It belonged to the Citizen's Charter programme, which set out what people could expect from public services, and was run by the Cabinet Office. Any public-sector organisation could apply for formal assessment, including those serving internal customers, and so could some partnerships and contractors delivering public services.

### What it involved
Applicants were judged against a set of criteria on customer focus and service delivery. In its last form there were six criteria, broken into elements and scored by assessors from documents, observation and interviews. Holders also had to show evidence that their customers were satisfied, and they were reassessed every year. From 2004 assessment was carried out by independent companies accredited by UKAS, which quoted fees by organisation size; no price list was published.

### Scale
The award grew from 35 holders in its first year to around 1,600 organisations by 2008.

### How it ended
A review led by Bernard Herdan concluded that a new standard, built on what drives customer satisfaction, should replace it. **Customer Service Excellence** was launched on 10 March 2008. Charter Mark stopped taking applications on 30 June 2008, and the last marks expired when the scheme closed on 30 June 2011.

### Checking a claim
No Charter Mark has been valid since mid-2011. A supplier that still cites one is quoting an out-of-date award; ask for Customer Service Excellence instead.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
