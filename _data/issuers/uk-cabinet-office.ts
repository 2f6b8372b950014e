import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "uk-cabinet-office",
  name: "Cabinet Office (UK Government)",
  shortName: "Cabinet Office",
  type: "government",
  country: "United Kingdom",
  status: "active",
  statusDetail: {
    note: "A UK government department. It owned the Charter Mark (handing assessment to accredited companies in 2004) and launched Customer Service Excellence in March 2008; a 2009 parliamentary answer names it as the owner of both schemes. No later public statement was found on whether it still owns Customer Service Excellence, whose website speaks only of its licensed certification bodies.",
    cite: ["cabinet-office-charter-mark", "publicnet-2004", "pasc-report", "wired-gov-2008", "hansard-2009", "cse-assessment"],
  },
  summary: "The UK government department that ran the Charter Mark award for public services and launched its replacement, the Customer Service Excellence standard, in March 2008.",
  description: `The Cabinet Office owned the **Charter Mark**, the award for excellent customer service in UK public services that grew out of the Citizen's Charter programme. From 2004 it kept ownership of the scheme but handed assessment to independent assessment companies accredited by the United Kingdom Accreditation Service.

After an independent review led by Bernard Herdan (commissioned in 2005, reported in 2006), the Cabinet Office launched **Customer Service Excellence** on 10 March 2008 to replace Charter Mark, again with assessment by licensed certification bodies. Charter Mark closed to new applicants on 30 June 2008 and ended on 30 June 2011.

In a written answer of 15 May 2009 the government told Parliament that the Cabinet Office owned both Customer Service Excellence and Charter Mark, that it licensed four independent certification bodies to assess them, and that those bodies alone decided which organisations were certified. That is the latest public statement of ownership we found. The scheme's own website speaks of "our licensed certification bodies" without naming the owner on the pages we read, so whether the Cabinet Office or another department owns the standard today is not confirmed.`,
  sources: [
    { id: "wired-gov-2008", url: "http://www.wired-gov.net/wg/wg-news-1.nsf/0/92C2EE459C2B832680257408004AE38C?OpenDocument", title: "New standard raises the bar for public services (Cabinet Office news release CAB/025/08)", publisher: "Cabinet Office via WiredGov", kind: "government", published: "2008-03-10", accessed: "2026-11-30" },
    { id: "cabinet-office-charter-mark", url: "http://webarchive.nationalarchives.gov.uk/+/http://www.cabinetoffice.gov.uk/chartermark.aspx", title: "Charter Mark (archived Cabinet Office page)", publisher: "Cabinet Office, via the UK Government Web Archive", kind: "archive", accessed: "2026-11-30" },
    { id: "publicnet-2004", url: "http://www.publicnet.co.uk/news/2004/02/12/chartermark-privatized-to-boost-take-up/", title: "Chartermark privatized to boost take-up", publisher: "PublicNet", kind: "press", published: "2004-02-12", accessed: "2026-11-30" },
    { id: "pasc-report", url: "https://publications.parliament.uk/pa/cm200708/cmselect/cmpubadm/411/41106.htm", title: "Public Administration Select Committee, Twelfth Report: The Charter Mark and user satisfaction with public services", publisher: "UK Parliament, House of Commons", kind: "government", accessed: "2026-11-30" },
    { id: "cse-assessment", url: "http://customerserviceexcellence.uk.com/formalAssessmentCSE.html", title: "Formal assessment for Customer Service Excellence", publisher: "Customer Service Excellence", kind: "issuer", accessed: "2026-11-30" },
    { id: "hansard-2009", url: "https://hansard.parliament.uk/Commons/2009-05-15/debates/09051566000081/LocalGovernmentStandards", title: "Local Government: Standards (written answer, 15 May 2009)", publisher: "UK Parliament, Hansard", kind: "government", published: "2009-05-15", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
