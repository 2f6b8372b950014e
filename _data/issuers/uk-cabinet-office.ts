import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "uk-cabinet-office",
  name: "Cabinet Office (UK Government)",
  shortName: "Cabinet Office",
  type: "government",
  country: "United Kingdom",
  status: "active",
  summary: "The UK government department that ran the Charter Mark award for public services and launched its replacement, the Customer Service Excellence standard, in March 2008.",
  description: `The Cabinet Office owned the **Charter Mark**, the award for excellent customer service in UK public services that grew out of the Citizen's Charter programme. From 2004 it kept ownership of the scheme but handed assessment to independent assessment companies accredited by the United Kingdom Accreditation Service.

After an independent review led by Bernard Herdan (commissioned in 2005, reported in 2006), the Cabinet Office launched **Customer Service Excellence** on 10 March 2008 to replace Charter Mark, again with assessment by licensed certification bodies. Charter Mark closed to new applicants on 30 June 2008 and ended on 30 June 2011.

Who owns and manages Customer Service Excellence today was not confirmed for this catalogue; the scheme's own website speaks of "our licensed certification bodies" without naming the owner on the pages we read.`,
  sources: [
    { id: "wired-gov-2008", url: "http://www.wired-gov.net/wg/wg-news-1.nsf/0/92C2EE459C2B832680257408004AE38C?OpenDocument", title: "New standard raises the bar for public services (Cabinet Office news release CAB/025/08)", publisher: "Cabinet Office via WiredGov", published: "2008-03-10", accessed: "2026-11-29" },
    { id: "cabinet-office-charter-mark", url: "http://webarchive.nationalarchives.gov.uk/+/http://www.cabinetoffice.gov.uk/chartermark.aspx", title: "Charter Mark (archived Cabinet Office page)", publisher: "Cabinet Office, via the UK Government Web Archive", accessed: "2026-11-29" },
    { id: "publicnet-2004", url: "http://www.publicnet.co.uk/news/2004/02/12/chartermark-privatized-to-boost-take-up/", title: "Chartermark privatized to boost take-up", publisher: "PublicNet", published: "2004-02-12", accessed: "2026-11-29" },
    { id: "pasc-report", url: "https://publications.parliament.uk/pa/cm200708/cmselect/cmpubadm/411/41106.htm", title: "Public Administration Select Committee, Twelfth Report: The Charter Mark and user satisfaction with public services", publisher: "UK Parliament, House of Commons", accessed: "2026-11-29" },
    { id: "cse-assessment", url: "http://customerserviceexcellence.uk.com/formalAssessmentCSE.html", title: "Formal assessment for Customer Service Excellence", publisher: "Customer Service Excellence", accessed: "2026-11-29" },
  ],
  lastReviewed: "2026-11-29",
} satisfies IssuerInput;
