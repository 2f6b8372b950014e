import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "ncsc",
  name: "National Cyber Security Centre (UK)",
  shortName: "NCSC",
  type: "government",
  country: "United Kingdom",
  founded: {
    date: "2016-10",
    cite: ["cyber139-2016", "publictechnology-2016", "bt-ncsc"],
    note: "Sources give 3 or 4 October 2016 as the day it began work; the Queen opened it officially on 14 February 2017.",
  },
  status: "active",
  statusDetail: {
    note: "Active; part of GCHQ. It replaced GCHQ's information-security arm, CESG. It owns Cyber Essentials jointly with the government department for digital policy and since 1 April 2020 has delivered it through a single partner, the IASME Consortium.",
    cite: ["bt-ncsc", "wiredgov-2017", "iasme-2020"],
  },
  summary: "The UK government's cyber-security authority, part of GCHQ since October 2016; it owns the Cyber Essentials certification scheme and sets its technical requirements, while IASME runs certification.",
  description: `The National Cyber Security Centre (NCSC) is part of GCHQ. It began work in October 2016 and was formally opened by the Queen on 14 February 2017, bringing together bodies that had shared cyber-security work, among them CESG, GCHQ's former information-security arm.

For this site it matters as the **owner of Cyber Essentials**, the UK government's baseline cyber-security certification launched in 2014. The NCSC publishes the scheme's technical requirements (the *Requirements for IT Infrastructure*), and government procurement rules, first PPN 09/14 and now PPN 014, require Cyber Essentials or Cyber Essentials Plus for certain central-government and NHS contracts.

The NCSC does not assess organisations itself. Since 1 April 2020 the scheme has been delivered by one partner, the IASME Consortium, which licenses the certification bodies that mark self-assessments and audit Cyber Essentials Plus.`,
  sources: [
    { id: "cyber139-2016", url: "https://cyber139.com/2016/10/national-cyber-security-centre-ncsc-launched-today", title: "National Cyber Security Centre (NCSC) launched today", publisher: "Cyber139", kind: "press", published: "2016-10-04", accessed: "2026-11-30" },
    { id: "publictechnology-2016", url: "https://www.publictechnology.net/articles/news/national-cyber-security-centre-launches-new-victoria-hq-revealed", title: "National cyber security centre launches as new Victoria HQ revealed", publisher: "PublicTechnology", kind: "press", published: "2016-10-03", accessed: "2026-11-30" },
    { id: "bt-ncsc", url: "http://home.bt.com/tech-gadgets/what-is-the-ncsc-how-gchqs-national-cyber-security-centre-is-fighting-cyber-crime-11364177262583", title: "What is the NCSC? How GCHQ's National Cyber Security Centre is fighting cyber crime", publisher: "BT", kind: "press", accessed: "2026-11-30" },
    { id: "wiredgov-2017", url: "https://www.wired-gov.net/wg/news.nsf/print/Director+GCHQ+welcomes+HM+the+Queen+at+the+official+opening+of+the+NCSC+15022017105100", title: "Director GCHQ welcomes HM the Queen at the official opening of the NCSC", publisher: "WiredGov (GCHQ speech)", kind: "government", published: "2017-02-15", accessed: "2026-11-30" },
    { id: "iasme-2020", url: "https://iasme.co.uk/articles/whats-new-with-cyber-essentials-july-2020/", title: "What's new with Cyber Essentials – July 2020", publisher: "IASME", kind: "certification-body", note: "IASME writing as the NCSC's Cyber Essentials delivery partner.", published: "2020-07-14", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
