import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "tesda-contact-center-services-nc-ii",
  name: "Contact Center Services NC II",
  shortName: "CCS NC II",
  aliases: [
    { name: "TESDA Contact Center Services NC II", kind: "alternative" },
    { name: "Contact Center Services National Certificate II", kind: "alternative" },
    { name: "CCS NC2", kind: "abbreviation" },
  ],
  kind: "individual",
  categories: ["workforce", "customer-experience"],
  issuer: "tesda",
  website: "https://tesda.gov.ph/About/TESDA/25",
  assurance: "certification",
  status: "active",
  statusDetail: {
    note: "Training providers still list the course and TESDA still runs assessment and certification under promulgated Training Regulations; no TESDA notice withdrawing this qualification was found.",
    cite: ["tesdacourses-ccs", "tesda-about-ac"],
    unconfirmed: true,
  },
  related: ["nz-certificate-in-contact-centres"],
  summary: "The Philippine government's National Certificate (NC II) for entry-level contact-centre agents, awarded by TESDA after a competency assessment at an accredited assessment centre; valid for five years and checkable in TESDA's online Registry of Certified Workers.",
  history: [
    { date: "2011-03-28", event: "TESDA's National TVET Competency Assessment and Certification (NATCAC) Week offers free assessment, including in information and communications technology, with NCs or COCs for those who pass.", cite: ["davaobase-2011"] },
    { date: "2014-08-01", event: "TESDA starts issuing National Certificates and Certificates of Competency as ATM-sized plastic cards, each costing P100, alongside paper certificates.", cite: ["tesda-news-2014"] },
    { date: "2021-09-29", event: "TESDA warns the public against National Certificates sold on social media and restates that NCs are valid for five years.", cite: ["topnewsphil-2021"] },
  ],
  levels: [],
  cost: {
    status: "published",
    figures: [
      { min: 100, currency: "PHP", basis: "per-person", priceType: "list", covers: "plastic-card National Certificate", asOf: "2014-07", cite: ["tesda-news-2014"], note: "The assessment fee for Contact Center Services NC II, paid at the assessment centre, was not found: looked at TESDA's assessment pages, regional office pages and training-provider listings. The PhP 50 certification fee is given under requirements." },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "PT144H", context: "nominal training duration: 18 hours basic, 18 hours common and 108 hours core competencies", asOf: "2026", cite: ["tesdacourses-ccs"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      { period: "P5Y", renewal: "Apply for renewal at a TESDA office with the original NC, photos and a certificate of at least 12 months' work experience in the qualification during the NC's validity, and pay the renewal fee; where new Training Regulations have been promulgated, the holder must be assessed again against them.", cite: ["lpu-faq", "topnewsphil-2021"] },
    ],
  },
  roles: [
    { role: "contact-centre-agent", stage: "entry", cite: ["tesdacourses-ccs"], note: "Holders are described as competent to be inbound or outbound contact-centre service agents in entry-level sales, customer service, technical support, IT help desk, survey and collection positions." },
  ],
  prerequisites: {
    status: "published",
    items: [
      { type: "education", requirement: "required", text: "At least ten years of basic education, or an Alternative Learning System (ALS) certificate of achievement equivalent to grade 10, to enrol in the training.", cite: ["tesdacourses-ccs"], note: "A trainee entry requirement; schools and training centres may add their own." },
      { type: "other", requirement: "required", text: "Able to communicate in English, orally or in writing.", cite: ["tesdacourses-ccs"] },
    ],
  },
  requirements: [
    { text: "The qualification covers communicating in English for customer service, engaging customers and performing customer service delivery processes, including complaint handling, inbound service, order taking and outbound telemarketing.", cite: ["tesdacourses-ccs"] },
    { text: "Before an NC or COC is issued, the certified worker pays a PhP 50.00 certification fee at the TESDA provincial office (TESDA Davao, April 2019); TESDA Region III's undated list of frontline services also gives PhP 50.00 for the release of an NC or COC.", cite: ["tesda-davao-2019", "tesda3-services"] },
    { text: "Candidates apply with a form, a self-assessment guide and photos, pay the assessment fee at an accredited assessment centre, are assessed by an accredited assessor, and then apply for certification at the TESDA district or provincial office with their Competency Assessment Results Summary.", cite: ["tesda5-assessment", "tesda-about-ac", "ccdi-assessment"] },
  ],
  recognition: [
    { text: "In 2013, 1,055,576 technical-vocational graduates and workers were assessed by TESDA and 936,007 were certified; TESDA says the NC is sought by recruitment agencies and by employers at home and abroad.", cite: ["tesda-news-2014"] },
  ],
  regions: ["Philippines"],
  verify: {
    how: "Check the holder in TESDA's online Registry of Certified Workers using the name, certificate number and date of issue printed on the NC (choose '2016 Issuance and Earlier' or '2017 Onwards Issuance'), or ask TESDA to authenticate the certificate.",
    cite: ["tesda10-validation", "tesda-about-ac", "topnewsphil-2021"],
    note: "TESDA's registry pages were described on the pages read but their addresses were not, so no register link is given.",
  },
  disagreements: [],
  sources: [
    { id: "tesdacourses-ccs", url: "http://tesdatrainingcourses.com/contact-center-services-nc-ii.html", title: "Contact Center Services NC II", publisher: "TESDA Training Courses (course listing site)", kind: "consultancy", accessed: "2026-11-30", note: "A private listing that reproduces the qualification's competency and duration details; TESDA's own training-regulation document was not found in the search results." },
    { id: "tesda-about-ac", url: "https://tesda.gov.ph/About/TESDA/25", title: "Assessment and Certification", publisher: "TESDA", kind: "government", accessed: "2026-11-30" },
    { id: "tesda-news-2014", url: "https://tesda.gov.ph/Media/NewsDetail/1422", title: "TESDA to issue plastic-card National Certificates", publisher: "TESDA", kind: "government", published: "2014-07-25", accessed: "2026-11-30" },
    { id: "tesda10-validation", url: "https://tesdaregion10.ph/nc-validation/", title: "National Certificate Validation", publisher: "TESDA Region X", kind: "government", accessed: "2026-11-30" },
    { id: "tesda3-services", url: "https://www.tesda3.com.ph/services-2/", title: "Frontline services", publisher: "TESDA Region III", kind: "government", accessed: "2026-11-30" },
    { id: "tesda5-assessment", url: "http://tesda5.com.ph/sorsogon/?p=136", title: "Assessment and certification FAQs", publisher: "TESDA Sorsogon Provincial Office", kind: "government", accessed: "2026-11-30" },
    { id: "ccdi-assessment", url: "http://ccdisorsogon.edu.ph/2020/09/11/assessment-and-certification-online-application", title: "Assessment and Certification Online Application", publisher: "Computer Communication Development Institute Sorsogon", kind: "academic", published: "2020-09-11", accessed: "2026-11-30" },
    { id: "tesda-davao-2019", url: "https://id.scribd.com/document/408969260/Letter-to-Pearl-Ace", title: "Letter to Pearl Ace Training and Assessment Center on NC application requirements (copy)", publisher: "TESDA Davao City/Sur Provincial Office (copy hosted by Scribd)", kind: "government", published: "2019-04-05", accessed: "2026-11-30", note: "A scraped copy of a letter quoting TESDA's Competency Assessment Operating Procedure (TESDA-OP-CO-05); no public original was found." },
    { id: "topnewsphil-2021", url: "https://www.topnewsphil.com/tesda-warns-public-against-national-certificates-sold-online/", title: "TESDA warns public against National Certificates sold online", publisher: "Top News Phil", kind: "press", published: "2021-09-29", accessed: "2026-11-30" },
    { id: "lpu-faq", url: "https://manila.lpu.edu.ph/?p=3035", title: "CTE Frequently Asked Questions", publisher: "Lyceum of the Philippines University Manila, Center for Technical Education", kind: "academic", accessed: "2026-11-30" },
    { id: "davaobase-2011", url: "https://www.davaobase.com/2011/03/free-competency-assessment-and-certification-by-tesda/", title: "Free Competency Assessment and Certification by TESDA", publisher: "Davao Base", kind: "press", published: "2011-03", accessed: "2026-11-30" },
  ],
  description: `**Contact Center Services NC II** is the Philippine government's national certificate for contact-centre agents. It is awarded by the Technical Education and Skills Development Authority (TESDA) after a competency assessment, not on attendance at a course.

### What it covers
The qualification covers communicating in English for customer service, engaging customers and the customer-service process: complaints, inbound service, order taking, enquiries and outbound telemarketing. Holders are described as ready for entry-level inbound or outbound agent jobs in sales, customer service, technical support, IT help desks, surveys and collections. The nominal training is 144 hours, and trainees need ten years of basic education (or the ALS equivalent) and working English.

### How it is earned
Candidates apply to an accredited assessment centre, pay its assessment fee and are assessed by an accredited assessor. Those who pass take their results summary to a TESDA office, which issues the NC on payment of a P50 certification fee. We did not find the assessment fee for this qualification.

### Keeping it
An NC is valid for five years. Renewal needs at least 12 months' relevant work during that time, or a new assessment where the Training Regulations have changed.

### Checking a claim
TESDA's online Registry of Certified Workers can be searched by name, certificate number and issue date. TESDA warns that genuine NCs are issued only by its offices and are never sold.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
