import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "tesda",
  name: "Technical Education and Skills Development Authority",
  shortName: "TESDA",
  type: "government",
  website: "https://tesda.gov.ph",
  country: "Philippines",
  status: "active",
  summary: "The Philippine government agency for technical-vocational education; it assesses and certifies workers against national Training Regulations and issues National Certificates (NC) such as Contact Center Services NC II.",
  description: `TESDA is the Philippine government's authority for technical and vocational education and training. Under its competency assessment and certification system, candidates are assessed at TESDA-accredited assessment centres by accredited assessors; those who meet the competency standard receive a **National Certificate (NC)** for a whole qualification or a Certificate of Competency (COC) for part of one.

TESDA keeps an online **Registry of Certified Workers** that employers can search, and warns the public that NCs are issued only by its offices and are not for sale. In 2013, 1,055,576 technical-vocational graduates and workers were assessed and 936,007 certified; from August 2014 TESDA began issuing NCs as plastic cards as well as paper certificates.`,
  sources: [
    { id: "tesda-about-ac", url: "https://tesda.gov.ph/About/TESDA/25", title: "Assessment and Certification", publisher: "TESDA", kind: "government", accessed: "2026-11-30" },
    { id: "tesda-news-2014", url: "https://tesda.gov.ph/Media/NewsDetail/1422", title: "TESDA to issue plastic-card National Certificates", publisher: "TESDA", kind: "government", published: "2014-07-25", accessed: "2026-11-30" },
    { id: "tesda10-validation", url: "https://tesdaregion10.ph/nc-validation/", title: "National Certificate Validation", publisher: "TESDA Region X", kind: "government", accessed: "2026-11-30" },
    { id: "topnewsphil-2021", url: "https://www.topnewsphil.com/tesda-warns-public-against-national-certificates-sold-online/", title: "TESDA warns public against National Certificates sold online", publisher: "Top News Phil", kind: "press", published: "2021-09-29", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
