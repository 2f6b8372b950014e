import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "asq-six-sigma",
  name: "ASQ Six Sigma Belt Certifications",
  shortName: "ASQ Six Sigma",
  aliases: [
    { name: "Six Sigma", kind: "alternative", note: "The method itself has no single owner; ASQ is one of several certifiers." },
    { name: "Six Sigma Black Belt", kind: "alternative" },
    { name: "Six Sigma Green Belt", kind: "alternative" },
    { name: "ASQ Certified Six Sigma Black Belt", kind: "alternative" },
    { name: "ASQ Certified Six Sigma Green Belt", kind: "alternative" },
    { name: "CSSYB", kind: "abbreviation", note: "Certified Six Sigma Yellow Belt." },
    { name: "CSSGB", kind: "abbreviation", note: "Certified Six Sigma Green Belt." },
    { name: "CSSBB", kind: "abbreviation", note: "Certified Six Sigma Black Belt; ASQ's recertification list also writes SSBB." },
    { name: "CMBB", kind: "abbreviation", note: "Certified Master Black Belt; ASQ's recertification list writes MBB." },
  ],
  kind: "individual",
  categories: ["process-improvement", "quality-management"],
  issuer: "asq",
  website: "https://asq.org/cert/faq",
  assurance: "certification",
  status: "active",
  related: ["iassc-lean-six-sigma", "iso-18404", "iso-9001"],
  summary: "The American Society for Quality's exam-based Six Sigma certifications for individuals, from Yellow Belt to Master Black Belt; Six Sigma itself has no single owning body.",
  history: [
    { date: "1968", event: "ASQ (then the American Society for Quality Control) holds its first certification examinations, for quality engineers.", cite: ["qualitydigest-2001", "asq-history"] },
    { date: "1986", event: "Bill Smith, a Motorola engineer, introduces Six Sigma to standardise how defects are counted.", cite: ["motorola-2005"] },
    { date: "1988", event: "Six Sigma contributes to Motorola winning the Malcolm Baldrige National Quality Award.", cite: ["motorola-2005"] },
    { date: "1990", event: "Motorola, with companies such as IBM, Texas Instruments and Xerox, creates the Black Belt role for experts in the statistical methods.", cite: ["barney-motorola"] },
    { date: "2011-08-16", event: "ISO 13053-1 published, describing the Six Sigma DMAIC method, including the roles and training of Belts, as an international standard; ISO announced it in September 2011.", cite: ["iso-13053-1-iteh", "iso-news-2011"] },
    { date: "2015-03-07", event: "First administration of ASQ's revised Six Sigma Black Belt Body of Knowledge; the old one was last used on 6 March 2015.", cite: ["asq-india-cssbb"] },
    { date: "2015-12-01", event: "ISO 18404 published, setting competencies for Green Belts, Black Belts and Lean practitioners (Yellow Belt excluded).", cite: ["iso-18404-iteh"] },
  ],
  levels: [
    { name: "Certified Six Sigma Yellow Belt (CSSYB)", description: "For people new to Six Sigma with a small role in it or a need for foundational knowledge, from entry-level employees to executive champions; no education or work experience required.", cite: ["asq-yellow-belt", "asq-cssyb-brochure"] },
    { name: "Certified Six Sigma Green Belt (CSSGB)", description: "Works on improvement projects, often under a Black Belt; requires three years' work experience in the Green Belt Body of Knowledge.", cite: ["fit-edu"] },
    { name: "Certified Six Sigma Black Belt (CSSBB)", description: "Leads improvement teams; requires two completed projects with signed affidavits, or one project plus three years' relevant work experience.", cite: ["asq-india-cssbb", "navy-cool-cssbb"] },
    { name: "Certified Master Black Belt (CMBB)", description: "For people with exceptional Six Sigma expertise; candidates must hold a current ASQ Black Belt and pass a portfolio review and exam.", cite: ["asq-mbb-portfolio", "asq-recert-faq"] },
  ],
  cost: {
    status: "published",
    figures: [
      {
        min: 422,
        currency: "USD",
        basis: "per-exam",
        priceType: "list",
        context: "Yellow Belt exam; ASQ members save $100 on the initial examination fee",
        covers: "initial examination fee",
        asOf: "2024",
        cite: ["asq-yellow-belt"],
      },
      {
        min: 222,
        currency: "USD",
        basis: "per-exam",
        priceType: "list",
        context: "Yellow Belt exam retake",
        asOf: "2024",
        cite: ["asq-yellow-belt"],
      },
      {
        min: 383,
        max: 483,
        currency: "USD",
        basis: "per-exam",
        priceType: "list",
        context: "Green Belt exam: 383 for ASQ members, 483 for non-members; retakes 283",
        asOf: "2026",
        cite: ["noreread-cssgb"],
        note: "ASQ's price as quoted by an exam-information site; ASQ's own Green Belt page was not found in the sources available. The page is undated, so the figure is dated to when it was read.",
      },
      {
        min: 468,
        max: 568,
        currency: "USD",
        basis: "per-exam",
        priceType: "list",
        context: "Black Belt exam: 468 for ASQ members, 568 for non-members; retakes 368",
        asOf: "2026",
        cite: ["certificationacademy-options"],
        note: "ASQ's price as quoted by a training provider's comparison page; ASQ's own Black Belt page was not found in the sources available. The page is undated, so the figure is dated to when it was read. An older exam-preparation page gave $538 for non-members and $388 for members.",
      },
    ],
  },
  timeToAchieve: {
    status: "published",
    figures: [
      { min: "PT2H18M", context: "Yellow Belt computer-delivered exam: 90 questions (80 scored)", asOf: "2024", cite: ["asq-yellow-belt"] },
      { min: "PT4H18M", context: "Green Belt computer-delivered exam time: 110 questions (100 scored)", asOf: "2026", cite: ["noreread-cssgb"], note: "Figure from an exam-information site; an older ASQ brochure copy gives a four-and-a-half-hour exam." },
      { min: "PT4H30M", context: "Black Belt computer-delivered exam: 165 questions (150 scored)", asOf: "2026", cite: ["certificationacademy-options"] },
    ],
  },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "Certified Six Sigma Yellow Belt (CSSYB)",
        lifetime: true,
        renewal: "None: ASQ lists the Six Sigma Yellow Belt as a lifetime certification with no recertification requirements.",
        cite: ["asq-recert-faq"],
      },
      {
        appliesTo: "Certified Six Sigma Green Belt (CSSGB)",
        lifetime: true,
        renewal: "None: ASQ lists the Six Sigma Green Belt as a lifetime certification with no recertification requirements.",
        cite: ["asq-recert-faq"],
      },
      {
        appliesTo: "Certified Six Sigma Black Belt (CSSBB)",
        period: "P3Y",
        renewal: "Recertify every three years, either by earning at least 18 recertification units in the three-year period and logging them in a recertification journal, or by sitting the exam again (required once the certification is more than six months past expiry).",
        cite: ["asq-recert-faq", "navy-cool-cssbb"],
      },
      {
        appliesTo: "Certified Master Black Belt (CMBB)",
        period: "P3Y",
        renewal: "Recertify every three years, by 18 recertification units or by exam, as for the Black Belt.",
        cite: ["asq-recert-faq"],
      },
    ],
  },
  roles: [
    { role: "quality-analyst", stage: "entry", credential: "Certified Six Sigma Yellow Belt (CSSYB)", cite: ["asq-yellow-belt"], note: "ASQ aims the Yellow Belt at people new to Six Sigma, including entry-level employees." },
    { role: "quality-analyst", stage: "intermediate", credential: "Certified Six Sigma Green Belt (CSSGB)", cite: ["fit-edu"], note: "Green Belts analyse and solve quality problems and spend part of their time on improvement teams." },
    { role: "process-improvement-lead", stage: "intermediate", credential: "Certified Six Sigma Green Belt (CSSGB)", cite: ["fit-edu"] },
    { role: "process-improvement-lead", stage: "advanced", credential: "Certified Six Sigma Black Belt (CSSBB)", cite: ["navy-cool-cssbb", "asq-india-cssbb"], note: "Black Belts demonstrate team leadership and lead improvement projects." },
    { role: "process-improvement-lead", stage: "advanced", credential: "Certified Master Black Belt (CMBB)", cite: ["asq-mbb-portfolio"] },
  ],
  prerequisites: {
    status: "published",
    items: [
      {
        type: "experience",
        requirement: "required",
        text: "Three years of full-time, paid work experience in one or more areas of the Six Sigma Green Belt Body of Knowledge; internships, co-ops and course work do not count, and no education waivers are granted.",
        years: 3,
        appliesTo: "Certified Six Sigma Green Belt (CSSGB)",
        cite: ["fit-edu"],
      },
      {
        type: "experience",
        requirement: "required",
        text: "Two completed Six Sigma projects with signed affidavits, or one completed project with a signed affidavit and three years of work experience in the Six Sigma Body of Knowledge. A Green Belt is not required.",
        years: 3,
        appliesTo: "Certified Six Sigma Black Belt (CSSBB)",
        cite: ["asq-india-cssbb", "navy-cool-cssbb"],
      },
      {
        type: "certification",
        requirement: "required",
        text: "A current ASQ Certified Six Sigma Black Belt (CSSBB).",
        appliesTo: "Certified Master Black Belt (CMBB)",
        cite: ["asq-mbb-portfolio"],
      },
      {
        type: "experience",
        requirement: "required",
        text: "At least five years in the role of a Six Sigma Black Belt or Master Black Belt, or completion of ten Six Sigma projects.",
        years: 5,
        appliesTo: "Certified Master Black Belt (CMBB)",
        cite: ["asq-mbb-portfolio"],
      },
    ],
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
    how: "Ask the holder which body issued the belt (ASQ, IASSC, a university, a consultancy or an employer), for the ASQ certificate number and the date earned. Yellow and Green Belts do not expire; for Black Belt and Master Black Belt check the expiry date printed on the certificate, since they must be renewed every three years. Then ask ASQ to confirm the certification.",
    cite: ["asq-faq", "asq-recert-faq", "isixsigma-who-certifies"],
    unconfirmed: true,
    note: "We found no public ASQ lookup of certified individuals; confirmation may need to go through ASQ directly.",
  },
  disagreements: [],
  sources: [
    { id: "asq-faq", url: "https://asq.org/cert/faq", title: "General FAQs: Certification", publisher: "ASQ", kind: "issuer", accessed: "2026-11-29" },
    { id: "asq-recert-faq", url: "https://www.asq.org/cert/faq/faq-recertification", title: "Recertification FAQs", publisher: "ASQ", kind: "issuer", accessed: "2026-11-30" },
    { id: "asq-yellow-belt", url: "https://www.asq.org/cert/six-sigma-yellow-belt", title: "Six Sigma Yellow Belt Certification", publisher: "ASQ", kind: "issuer", published: "2024", accessed: "2026-11-30", note: "The page lists the 2024 exam application and a November 2024 testing window." },
    { id: "asq-history", url: "https://asq.org/about-asq/how-we-do-it/history", title: "ASQ History and timeline", publisher: "ASQ", kind: "issuer", accessed: "2026-11-30" },
    { id: "asq-cssyb-brochure", url: "https://www.scribd.com/document/457829986/40197-SSYB-Cert-Insert-pdf", title: "Certified Six Sigma Yellow Belt brochure (copy)", publisher: "ASQ (copy hosted by Scribd)", kind: "issuer", accessed: "2026-11-29", note: "A copy of ASQ's brochure; the original PDF on asq.org was not found, so the copy is kept for the statement that no education or experience is required." },
    { id: "asq-mbb-portfolio", url: "https://cupdf.com/document/asq-certified-master-black-belt-portfolio-3-master-black-belt-form-expires-120114.html", title: "ASQ Certified Master Black Belt Portfolio (form expiring 1 December 2014), copy", publisher: "ASQ (copy hosted by cupdf)", kind: "issuer", accessed: "2026-11-30", note: "A copy of ASQ's Master Black Belt application form; the original PDF on asq.org was not found. Eligibility may have changed since the form expired." },
    { id: "asq-india-cssbb", url: "https://asq.org.in/right-for-you-2/", title: "Is it right for you? Six Sigma Black Belt Certification - CSSBB", publisher: "ASQ India", kind: "issuer", accessed: "2026-11-30" },
    { id: "fit-edu", url: "http://www.fit.edu/professional-development/six-sigma-exam-prep.php", title: "Six Sigma exam preparation: ASQ overview and Green Belt requirements", publisher: "Florida Institute of Technology", kind: "academic", accessed: "2026-11-30" },
    { id: "navy-cool-cssbb", url: "https://www.cool.navy.mil/usmc/search/CERT_SSBB1027.htm", title: "American Society for Quality (ASQ) Six Sigma Black Belt (CSSBB)", publisher: "US Navy Credentialing Opportunities On-Line (COOL)", kind: "government", accessed: "2026-11-30" },
    { id: "noreread-cssgb", url: "https://www.noreread.com/exams/six-sigma-green-belt", title: "ASQ Certified Six Sigma Green Belt (CSSGB)", publisher: "noreread.com", kind: "consultancy", accessed: "2026-11-30" },
    { id: "certificationacademy-options", url: "https://certificationacademy.com/six-sigma-exam-options", title: "Six Sigma Certification Exam Options", publisher: "Certification Academy", kind: "consultancy", accessed: "2026-11-30" },
    { id: "qualitydigest-2001", url: "http://www.qualitydigest.com/dec01/html/cert.html", title: "ASQ certifications (Scott M. Paton)", publisher: "Quality Digest", kind: "press", published: "2001-12", accessed: "2026-11-29" },
    { id: "motorola-2005", url: "http://web.archive.org/web/20051106025733/http:/www.motorola.com/content/0,,3079,00.html", title: "About Motorola University: The Inventors of Six Sigma (copy archived in 2005)", publisher: "Motorola", kind: "archive", accessed: "2026-11-29" },
    { id: "barney-motorola", url: "https://www.scribd.com/document/139621599/7-motorola-second-generation-pdf", title: "Motorola's second generation (Matt Barney)", publisher: "Motorola Inc. (article by Matt Barney, copy hosted by Scribd)", kind: "press", accessed: "2026-11-30", note: "The only text of this article we found is this copy; the original publication was not found." },
    { id: "iso-news-2011", url: "https://www.iso.org/news/2011/09/Ref1461.html", title: "ISO publishes Six Sigma performance-improvement methodology", publisher: "ISO", kind: "standards-body", published: "2011-09", accessed: "2026-11-30" },
    { id: "iso-13053-1-iteh", url: "https://standards.iteh.ai/catalog/standards/iso/c62b2f7a-7489-4410-81eb-bdb087beb647/iso-13053-1-2011?reviews=true", title: "ISO 13053-1:2011 Quantitative methods in process improvement — Six Sigma — Part 1: DMAIC methodology", publisher: "iTeh Standards", kind: "reference", published: "2011-08-16", accessed: "2026-11-30" },
    { id: "iso-18404-iteh", url: "https://standards.iteh.ai/catalog/standards/iso/efd69beb-5ade-4491-8ad9-b639956f33af/iso-18404-2015", title: "ISO 18404:2015 Quantitative methods in process improvement — Six Sigma — Competencies for key personnel and their organizations", publisher: "iTeh Standards", kind: "reference", published: "2015-12-01", accessed: "2026-11-29" },
    { id: "sixsigma-us-governing", url: "https://www.6sigma.us/six-sigma-articles/5-biggest-risks-six-sigma-faces-without-governing-body/", title: "5 Biggest Risks Six Sigma Faces Without a Governing Body", publisher: "6sigma.us", kind: "consultancy", accessed: "2026-11-29" },
    { id: "isixsigma-who-certifies", url: "https://www.isixsigma.com/getting-started/six-sigma-certification-who-can-do-it/", title: "Six Sigma Certification: Who Can Do It?", publisher: "iSixSigma", kind: "press", accessed: "2026-11-29" },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", kind: "press", accessed: "2026-11-29" },
  ],
  description: `Six Sigma is a data-driven way of improving processes by finding and removing the causes of defects and variation, usually through the DMAIC cycle (Define, Measure, Analyze, Improve, Control). It began at Motorola in 1986 and spread from manufacturing into service work, which is why call-centre guides of the mid-2000s list it. **No single body owns it**: belts are awarded by professional bodies, universities, consultancies and employers, each to its own rules. This record covers the certifications of the American Society for Quality (ASQ), one of the best-known certifiers; IASSC's exam-only belts are listed separately, and ISO 18404 now defines Green and Black Belt competencies.

### Levels and requirements
ASQ certifies people, not organisations, at four levels:

- **Yellow Belt**: no experience required.
- **Green Belt**: three years' relevant work experience.
- **Black Belt**: two completed projects with signed affidavits, or one project plus three years' experience. A Green Belt is not needed first.
- **Master Black Belt**: a current ASQ Black Belt plus five years in a Black Belt role or ten projects, a portfolio review and an exam.

Each belt needs a pass in a written exam. In a contact centre, Yellow and Green Belts suit quality analysts and people who join improvement projects; Black and Master Black Belts suit those who lead them.

### Cost and time
ASQ's Yellow Belt exam was $422 in 2024, with $100 off for members and $222 for a retake. Exam-information sites quote $483 (members $383) for the Green Belt and $568 (members $468) for the Black Belt; we could not read ASQ's own pages for those belts. The exams last from 2 hours 18 minutes (Yellow) to about four and a half hours (Black). The Green Belt's three-year experience requirement is the longest part of the route.

### Renewal
ASQ lists the Yellow and Green Belts as **lifetime** certifications. Black Belts and Master Black Belts must recertify every three years, either with 18 recertification units or by passing the exam again.

### Body of Knowledge
ASQ revises each belt's Body of Knowledge from time to time. The Black Belt's revised Body of Knowledge was first used on 7 March 2015; we found no dated ASQ source for later revisions.

### Checking a claim
Ask who issued the belt, since "Six Sigma Black Belt" on its own says nothing about the standard applied, and confirm ASQ belts with ASQ.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
