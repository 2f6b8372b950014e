import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "service-strategies",
  name: "Service Strategies Corporation",
  shortName: "Service Strategies",
  type: "company",
  website: "https://servicestrategies.com",
  country: "United States (San Diego, California)",
  status: "active",
  statusDetail: {
    note: "Its website still offers consulting, training, career certification and the SCP Standards, and the SCP Standards page describes annual re-certification. The programme's origins are dated 1997 by its president in ComputerWeekly and 1998 on the current SCP page; in 2007 it presented the programme in Sydney, and in 2016 it published a guide to service quality programmes.",
    cite: ["service-strategies-menu", "sgsa-scp", "computerweekly", "service-strategies-2007", "service-strategies-2016"],
  },
  summary: "A San Diego consulting, training and certification firm for technology service and support organisations, owner of the SCP (Service Capability & Performance) Standards.",
  description: `Service Strategies is a consultancy that works with technology service and support operations: technical support centres, help desks, field service and professional services. Its business spans consulting, training and certification.

Its best-known product is the **SCP Standards**, first called the Support Center Practices certification and now the Service Capability & Performance Standards. Service Strategies developed them with about 50 sponsoring service organisations, starting in 1997 or 1998 depending on the source, and it audits organisations against them every year. In a ComputerWeekly interview its president, John Hamilton, said companies such as Microsoft, EMC, Sage and Xerox had invested in the programme. The SCP Standards are also presented on the sgsa.com website.

Alongside organisational certification, Service Strategies runs career certifications for individuals, including Certified Support Manager, Certified Support Supervisor, Certified Field Service Supervisor and Certified Field Service Manager, together with training courses for support and field-service staff. In 2016 it published a guide comparing service quality programmes, from ISO 9001 and ISO/IEC 20000 to CMMI-SVC and its own SCP Standards.`,
  sources: [
    { id: "service-strategies-menu", url: "https://servicestrategies.com/customer-satisfaction-higher-for-scp-certified-organizations", title: "Customer Satisfaction Higher for SCP Certified Organizations (site menu lists consulting, training, career certification and service standards)", publisher: "Service Strategies", kind: "issuer", accessed: "2026-11-30" },
    { id: "sgsa-scp", url: "https://sgsa.com/scp-standards/", title: "SCP Standards", publisher: "SGSA", kind: "consultancy", accessed: "2026-11-30", note: "The page presents the SCP Standards as developed by Service Strategies; its relationship to Service Strategies is not stated on the part we read." },
    { id: "computerweekly", url: "https://www.computerweekly.com/feature/How-is-your-support-centre-coping", title: "How is your support centre coping?", publisher: "ComputerWeekly", kind: "press", accessed: "2026-11-30" },
    { id: "service-strategies-2016", url: "https://docslib.org/doc/3846034/a-guide-to-service-quality-programs-selecting-a-quality-program-for-your-technology-service-organization", title: "A Guide to Service Quality Programs (San Diego address)", publisher: "Service Strategies Corporation (copy hosted by docslib)", kind: "issuer", published: "2016", accessed: "2026-11-30", note: "Scraped copy kept because we found no original on Service Strategies' site." },
    { id: "service-strategies-2007", url: "https://documents.pub/amp/document/certification-standards-for-sbusiness-and-certification-standards-for-sbusiness.html", title: "Certification Standards for Business and Management (Sydney presentation)", publisher: "Service Strategies Corporation (copy hosted by documents.pub)", kind: "issuer", published: "2007-03-27", accessed: "2026-11-30", note: "Scraped copy kept because we found no original on Service Strategies' site." },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
