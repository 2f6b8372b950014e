import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "asq-six-sigma",
  name: "ASQ Six Sigma Belt Certifications",
  shortName: "ASQ Six Sigma",
  aliases: [
    { name: "Six Sigma", kind: "alternative", note: "The method itself has no single owner; ASQ is one of several certifiers." },
    { name: "Six Sigma Black Belt", kind: "alternative" },
    { name: "Six Sigma Green Belt", kind: "alternative" },
    { name: "CSSYB", kind: "abbreviation", note: "Certified Six Sigma Yellow Belt." },
    { name: "CSSGB", kind: "abbreviation", note: "Certified Six Sigma Green Belt." },
    { name: "CSSBB", kind: "abbreviation", note: "Certified Six Sigma Black Belt." },
    { name: "CMBB", kind: "abbreviation", note: "Certified Master Black Belt." },
  ],
  kind: "individual",
  categories: ["process-improvement", "quality-management"],
  issuer: "asq",
  website: "https://asq.org/cert/faq",
  status: "active",
  related: ["iassc-lean-six-sigma", "iso-18404", "iso-9001"],
  summary: "The American Society for Quality's exam-based Six Sigma certifications for individuals, from Yellow Belt to Master Black Belt; Six Sigma itself has no single owning body.",
  history: [
    { date: "1968", event: "ASQ starts its certification programme with the Certified Quality Engineer.", cite: ["qualitydigest-2001"] },
    { date: "1986", event: "Bill Smith, a Motorola engineer, introduces Six Sigma to standardise how defects are counted.", cite: ["motorola-2005"] },
    { date: "1988", event: "Six Sigma contributes to Motorola winning the Malcolm Baldrige National Quality Award.", cite: ["motorola-2005"] },
    { date: "1990", event: "Motorola, with companies such as IBM, Texas Instruments and Xerox, creates the Black Belt role for experts in the statistical methods.", cite: ["barney-motorola"] },
    { date: "2011-09-01", event: "ISO 13053-1 published, describing the Six Sigma DMAIC method as an international standard.", cite: ["iso-13053-1"] },
    { date: "2015-03-07", event: "First administration of ASQ's revised Six Sigma Black Belt Body of Knowledge.", cite: ["asq-india-cssbb"] },
    { date: "2015-12-01", event: "ISO 18404 published, setting competencies for Green Belts, Black Belts and Lean practitioners (Yellow Belt excluded).", cite: ["iso-18404-iteh"] },
  ],
  levels: [
    { name: "Certified Six Sigma Yellow Belt (CSSYB)", description: "Foundation level for people with a small role in, or a need for an overview of, Six Sigma; no education or work experience required.", cite: ["asq-yellow-belt", "asq-cssyb-brochure"] },
    { name: "Certified Six Sigma Green Belt (CSSGB)", description: "Works on improvement projects, often under a Black Belt; requires three years' work experience in the Green Belt Body of Knowledge.", cite: ["fit-edu"] },
    { name: "Certified Six Sigma Black Belt (CSSBB)", description: "Leads improvement teams; requires two completed projects with signed affidavits, or one project plus three years' relevant work experience.", cite: ["asq-india-cssbb", "navy-cool-cssbb"] },
    { name: "Certified Master Black Belt (CMBB)", description: "The most senior level in ASQ's list of Six Sigma credentials.", cite: ["fit-edu", "asq-recert-journal"] },
  ],
  cost: {
    status: "published",
    figures: [
      { min: 422, currency: "USD", basis: "per-exam", context: "Yellow Belt exam, non-member fee; ASQ members pay $100 less and retakes cost $222", asOf: "2024", cite: ["asq-yellow-belt"] },
    ],
  },
  timeToAchieve: { status: "not-published", note: "Depends on the belt: Green Belt needs three years' experience and Black Belt project work; no typical study time is published." },
  validity: {
    status: "published",
    period: "P3Y",
    renewal: "Black Belt and Master Black Belt holders recertify every three years, either by earning at least 18 recertification units or by retaking the exam; the Green Belt is described as a lifetime certification.",
    cite: ["asq-recert-journal", "asq-philadelphia", "navy-cool-cssbb"],
    unconfirmed: true,
    note: "Shown because ASQ's 2012 recertification journal, an ASQ section page and the US Navy credentialing site agree; ASQ's current recertification rules on asq.org were not read.",
  },
  requirements: [
    { text: "Every belt requires passing a written, multiple-choice exam on that belt's Body of Knowledge; the Yellow Belt exam has 90 questions (80 scored) in 2 hours 18 minutes.", cite: ["asq-yellow-belt", "fit-edu"] },
    { text: "Work experience for Green and Black Belt must be in a full-time, paid role; internships and course work do not count.", cite: ["asq-india-cssbb", "fit-edu"] },
    { text: "ASQ certification is peer recognition of proficiency in a body of knowledge, not a registration or licence.", cite: ["asq-faq"] },
  ],
  recognition: [
    { text: "Six Sigma is listed among organisational quality approaches for call centres and BPOs in the c. 2004 bpmwatch article.", cite: ["bpmwatch"] },
    { text: "ASQ is commonly named as a leading Six Sigma certifying body, but no single body governs Six Sigma certification, so belt standards vary between providers.", cite: ["sixsigma-us-governing", "isixsigma-who-certifies"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask the holder which body issued the belt (ASQ, IASSC, a university, a consultancy or an employer), for the ASQ certificate number and the date earned; for Black Belt and Master Black Belt check that it is within its three-year cycle. Then ask ASQ to confirm the certification.",
    cite: ["asq-faq", "isixsigma-who-certifies"],
    unconfirmed: true,
    note: "We found no public ASQ lookup of certified individuals; confirmation may need to go through ASQ directly.",
  },
  disagreements: [],
  sources: [
    { id: "asq-faq", url: "https://asq.org/cert/faq", title: "General FAQs: Certification", publisher: "ASQ", accessed: "2026-11-29" },
    { id: "asq-yellow-belt", url: "https://www.asq.org/cert/six-sigma-yellow-belt", title: "Six Sigma Yellow Belt Certification", publisher: "ASQ", accessed: "2026-11-29" },
    { id: "asq-cssyb-brochure", url: "https://www.scribd.com/document/457829986/40197-SSYB-Cert-Insert-pdf", title: "Certified Six Sigma Yellow Belt brochure (copy)", publisher: "ASQ (copy hosted by Scribd)", accessed: "2026-11-29" },
    { id: "asq-india-cssbb", url: "https://asq.org.in/right-for-you-2/", title: "Is it right for you? Six Sigma Black Belt Certification - CSSBB", publisher: "ASQ India", accessed: "2026-11-29" },
    { id: "fit-edu", url: "http://www.fit.edu/professional-development/six-sigma-exam-prep.php", title: "Six Sigma exam preparation: ASQ overview and Green Belt requirements", publisher: "Florida Institute of Technology", accessed: "2026-11-29" },
    { id: "navy-cool-cssbb", url: "https://www.cool.navy.mil/usmc/search/CERT_SSBB1027.htm", title: "American Society for Quality (ASQ) Six Sigma Black Belt (CSSBB)", publisher: "US Navy Credentialing Opportunities On-Line (COOL)", accessed: "2026-11-29" },
    { id: "asq-recert-journal", url: "https://www.yumpu.com/en/document/view/4412446/recertification-journal-application-asq", title: "Recertification Journal/Application (copy)", publisher: "ASQ (copy hosted by Yumpu)", published: "2012", accessed: "2026-11-29" },
    { id: "asq-philadelphia", url: "http://www.asqphilly.org/certification/recertification/", title: "Recertification", publisher: "ASQ Philadelphia Section", accessed: "2026-11-29" },
    { id: "qualitydigest-2001", url: "http://www.qualitydigest.com/dec01/html/cert.html", title: "ASQ certifications (Scott M. Paton)", publisher: "Quality Digest", published: "2001-12", accessed: "2026-11-29" },
    { id: "motorola-2005", url: "http://web.archive.org/web/20051106025733/http:/www.motorola.com/content/0,,3079,00.html", title: "About Motorola University: The Inventors of Six Sigma (copy archived in 2005)", publisher: "Motorola", accessed: "2026-11-29" },
    { id: "barney-motorola", url: "https://www.scribd.com/document/139621599/7-motorola-second-generation-pdf", title: "Motorola's second generation (Matt Barney)", publisher: "Motorola Inc. (article by Matt Barney, copy hosted by Scribd)", accessed: "2026-11-29" },
    { id: "iso-13053-1", url: "https://pdfcoffee.com/iso-13053-1-2011-e-pdf-document-pdf-free.html", title: "ISO 13053-1:2011 Quantitative methods in process improvement — Six Sigma — Part 1: DMAIC methodology (copy of front matter)", publisher: "ISO (copy hosted by pdfcoffee)", published: "2011-09-01", accessed: "2026-11-29" },
    { id: "iso-18404-iteh", url: "https://standards.iteh.ai/catalog/standards/iso/efd69beb-5ade-4491-8ad9-b639956f33af/iso-18404-2015", title: "ISO 18404:2015 Quantitative methods in process improvement — Six Sigma — Competencies for key personnel and their organizations", publisher: "iTeh Standards", published: "2015-12-01", accessed: "2026-11-29" },
    { id: "sixsigma-us-governing", url: "https://www.6sigma.us/six-sigma-articles/5-biggest-risks-six-sigma-faces-without-governing-body/", title: "5 Biggest Risks Six Sigma Faces Without a Governing Body", publisher: "6sigma.us", accessed: "2026-11-29" },
    { id: "isixsigma-who-certifies", url: "https://www.isixsigma.com/getting-started/six-sigma-certification-who-can-do-it/", title: "Six Sigma Certification: Who Can Do It?", publisher: "iSixSigma", accessed: "2026-11-29" },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", accessed: "2026-11-29" },
  ],
  description: `Six Sigma is a data-driven way of improving processes by finding and removing the causes of defects and variation, usually through the DMAIC cycle (Define, Measure, Analyze, Improve, Control). It began at Motorola in 1986 and spread from manufacturing into service work, which is why call-centre guides of the mid-2000s list it. **No single body owns it**: belts are awarded by professional bodies, universities, consultancies and employers, each to its own rules. This record covers the certifications of the American Society for Quality (ASQ), one of the best-known certifiers; IASSC's exam-only belts are listed separately, and ISO 18404 now defines Green and Black Belt competencies.

### Levels and requirements
ASQ certifies people, not organisations, at four levels: Yellow Belt (no experience required), Green Belt (three years' relevant work experience), Black Belt (two completed projects with signed affidavits, or one project plus three years' experience) and Master Black Belt. Each belt needs a pass in a written exam.

### Cost and time
ASQ's Yellow Belt exam was listed at $422 in 2024, with $100 off for members. Time depends on the experience and project requirements; no study time is published.

### Renewal
ASQ's published recertification material says Black Belts and Master Black Belts recertify every three years through 18 recertification units or a new exam, while the Green Belt does not expire; we have not confirmed ASQ's current rules.

### Checking a claim
Ask who issued the belt, since "Six Sigma Black Belt" on its own says nothing about the standard applied, and confirm ASQ belts with ASQ.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
