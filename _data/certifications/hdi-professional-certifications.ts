import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "hdi-professional-certifications",
  name: "HDI Professional Certifications",
  shortName: "HDI certifications",
  aliases: [
    { name: "Help Desk Institute", kind: "former-name", note: "HDI's original name; HDI is now used as the brand itself." },
    { name: "Help Desk Institute certification", kind: "former-name" },
    { name: "HDI", kind: "abbreviation" },
    { name: "HDI-CSR", kind: "abbreviation", note: "HDI Customer Service Representative." },
    { name: "HDI-SCA", kind: "abbreviation", note: "HDI Support Center Analyst." },
    { name: "HDI Support Center Analyst", kind: "alternative" },
    { name: "HDI-DAST", kind: "abbreviation", note: "HDI Desktop Advanced Support Technician." },
    { name: "HDI-DST", kind: "former-name", note: "HDI Desktop Support Technician, listed in 2013 where HDI-DAST now appears." },
    { name: "HDI-SCTL", kind: "abbreviation", note: "HDI Support Center Team Lead." },
    { name: "HDI Support Center Team Lead", kind: "alternative" },
    { name: "HDI-SCM", kind: "abbreviation", note: "HDI Support Center Manager." },
    { name: "HDI Support Center Manager", kind: "alternative" },
    { name: "HDI-DSM", kind: "abbreviation", note: "HDI Desktop Support Manager." },
    { name: "HDI-SCD", kind: "abbreviation", note: "HDI Support Center Director." },
    { name: "Customer Support Specialist (CSS)", kind: "former-name", note: "An older HDI certification for entry-level support staff." },
  ],
  kind: "individual",
  categories: ["workforce", "service-management", "customer-experience"],
  issuer: "hdi",
  website: "https://www.thinkhdi.com/Certification/Certified-Instructors/Course-Prerequisites",
  assurance: "certification",
  status: "active",
  related: ["hdi-support-center-certification", "icmi-professional-certification", "ccxp"],
  summary: "HDI's role-based certifications for technical support staff, from Customer Service Representative to Support Center Director; the management-level ones earned since 2013 must be renewed every three years.",
  history: [
    { date: "1989", event: "Help Desk Institute (HDI) founded by Ron Muns in Colorado Springs.", cite: ["computerworld-2000"] },
    { date: "1992", event: "Muns sells HDI to Ziff Davis.", cite: ["computerworld-2000"] },
    { date: "1999-03", event: "Muns buys HDI back from Ziff Davis.", cite: ["computerworld-2000"] },
    { date: "2000", event: "HDI merges with the UK's CSM to form Think Service Inc. and launches international certifications for support specialists and support centres.", cite: ["hdi-japan-history"] },
    { date: "2013-01-01", event: "Support Center Director, Manager, Desktop Support Manager and Team Lead certifications earned from this date become valid for three years, renewable with 60 professional development units; earlier holders are certified for life.", cite: ["hdi-continuing", "hdi-2013-message"] },
    { date: "2014", event: "HDI Customer Service Representative standard version 4.0 published, with HDI then part of UBM Tech.", cite: ["hdi-csr-2014"] },
    { date: "2015-01-01", event: "From this date HDI reports management certifications earned before 2013 as 'pre-2013', unless the holder reported 40 hours of learning by 31 December 2014 to join the new programme.", cite: ["hdi-2013-message"] },
  ],
  levels: [
    { name: "HDI Customer Service Representative (HDI-CSR)", cite: ["hdi-prereqs", "hdi-csr-2014"] },
    { name: "HDI Support Center Analyst (HDI-SCA)", cite: ["hdi-prereqs"] },
    { name: "HDI Desktop Advanced Support Technician (HDI-DAST)", cite: ["hdi-prereqs"], note: "The 2013 list names HDI Desktop Support Technician (HDI-DST) at this point instead." },
    { name: "HDI Support Center Team Lead (HDI-SCTL)", cite: ["hdi-prereqs", "hdi-continuing"] },
    { name: "HDI Support Center Manager (HDI-SCM)", cite: ["hdi-prereqs", "hdi-continuing"] },
    { name: "HDI Desktop Support Manager (HDI-DSM)", cite: ["hdi-prereqs", "hdi-continuing"] },
    { name: "HDI Support Center Director (HDI-SCD)", cite: ["hdi-prereqs", "hdi-continuing"] },
  ],
  cost: { status: "not-published", note: "No current price for HDI courses, exams, exam-only vouchers, membership or Continuing Certification renewal was found. Looked at HDI's certification, continuing-certification (and its FAQ and code of ethics), certified-instructor and policy pages on thinkhdi.com (the policy page says only that card charges are processed in US dollars); the pages found for HDI's Australian partner HDAA (its cancellation and transfer policy and GDPR page, which give no course fee); New Horizons' policy pages; Singapore SkillsFuture pages; US GI Bill licensing-and-certification pages; HDI-Japan; and the HDI self-study guides and instructor guides found in copies (2026). Several undated web articles on the cost of HDI certification cite no source and were not used." },
  timeToAchieve: { status: "not-published", note: "No source gives course lengths, exam length or typical study time. Looked at HDI's certification and certified-instructor pages, HDI's 2009 document for certified instructors, the HDI standards, self-study guides and instructor guides found in copies, and training providers' pages found by search (2026). HDI offers instructor-led and, for some certifications, self-paced online courses." },
  validity: {
    status: "published",
    rules: [
      {
        appliesTo: "HDI Support Center Team Lead (HDI-SCTL)",
        period: "P3Y",
        renewal: "If earned on or after 1 January 2013: valid for three years from the date earned, extended by reporting 60 professional development units (about one hour of learning each) and applying for HDI Continuing Certification before expiry. Earned before 2013: certified for life.",
        cite: ["hdi-continuing", "hdi-2013-message"],
      },
      {
        appliesTo: "HDI Support Center Manager (HDI-SCM)",
        period: "P3Y",
        renewal: "As for the Team Lead: three years and 60 PDUs if earned from 2013; for life if earned before.",
        cite: ["hdi-continuing", "hdi-2013-message"],
      },
      {
        appliesTo: "HDI Desktop Support Manager (HDI-DSM)",
        period: "P3Y",
        renewal: "As for the Team Lead: three years and 60 PDUs if earned from 2013; for life if earned before.",
        cite: ["hdi-continuing", "hdi-2013-message"],
      },
      {
        appliesTo: "HDI Support Center Director (HDI-SCD)",
        period: "P3Y",
        renewal: "As for the Team Lead: three years and 60 PDUs if earned from 2013; for life if earned before.",
        cite: ["hdi-continuing", "hdi-2013-message"],
      },
      {
        appliesTo: "HDI Customer Service Representative (HDI-CSR)",
        lifetime: true,
        renewal: "None: HDI lists HDI-CSR among the certifications not subject to Continuing Certification.",
        cite: ["hdi-continuing"],
      },
      {
        appliesTo: "HDI Support Center Analyst (HDI-SCA)",
        lifetime: true,
        renewal: "None: HDI lists HDI-SCA among the certifications not subject to Continuing Certification.",
        cite: ["hdi-continuing"],
      },
      {
        appliesTo: "HDI Desktop Advanced Support Technician (HDI-DAST)",
        renewal: "Not stated: HDI's list of certifications exempt from Continuing Certification names HDI-DST, the earlier desktop technician credential, and HDI-DAST is on neither list.",
        cite: ["hdi-continuing"],
      },
    ],
  },
  editions: [
    {
      id: "pre-2013",
      name: "HDI management certification earned before 2013 (no expiry)",
      claims: ["HDI-SCM pre-2013", "HDI-SCTL pre-2013", "HDI-DSM pre-2013", "HDI-SCD pre-2013"],
      published: "2000",
      newCertificationEnds: "2012-12-31",
      validUntil: { status: "not-published", note: "There is no end date: HDI says management certifications earned before 1 January 2013 will not expire, and that from the end of 2014 it reports them as 'pre-2013'. Looked at HDI's Continuing Certification page and HDI's 2013 message to holders." },
      cite: ["hdi-2013-message", "hdi-continuing", "hdi-japan-history"],
      note: "Dated from 2000, when HDI launched its international certifications; the rules before then are not covered. The claim spellings follow HDI's stated practice of reporting these certifications as 'pre-2013'.",
    },
    {
      id: "continuing-2013",
      name: "HDI certification under HDI Continuing Certification (from 1 January 2013)",
      published: "2013-01-01",
      cite: ["hdi-continuing", "hdi-2013-message"],
      note: "Team Lead, Manager, Desktop Support Manager and Director certifications earned from this date last three years and are renewed with 60 PDUs. The current line-up refers to ITIL 4 Foundation in its instructor prerequisites and lists HDI-DAST where HDI-DST used to be; we found no date for that update.",
    },
  ],
  roles: [
    { role: "contact-centre-agent", stage: "entry", credential: "HDI Customer Service Representative (HDI-CSR)", cite: ["hdi-continuing", "hdi-csr-2014"], note: "HDI describes its certifications as credentials for technical support professionals in specific roles." },
    { role: "service-desk-analyst", stage: "entry", credential: "HDI Support Center Analyst (HDI-SCA)", cite: ["hdi-continuing", "hdi-prereqs"] },
    { role: "service-desk-analyst", stage: "intermediate", credential: "HDI Desktop Advanced Support Technician (HDI-DAST)", cite: ["hdi-prereqs"] },
    { role: "team-leader", stage: "entry", credential: "HDI Support Center Team Lead (HDI-SCTL)", cite: ["hdi-continuing", "hdi-2013-message"], note: "HDI's 2013 message groups the Team Lead with its supervisor- and management-level certifications." },
    { role: "service-desk-manager", stage: "intermediate", credential: "HDI Support Center Manager (HDI-SCM)", cite: ["hdi-continuing", "hdi-prereqs"] },
    { role: "service-desk-manager", stage: "intermediate", credential: "HDI Desktop Support Manager (HDI-DSM)", cite: ["hdi-continuing", "hdi-prereqs"] },
    { role: "head-of-customer-operations", stage: "advanced", credential: "HDI Support Center Director (HDI-SCD)", cite: ["hdi-continuing", "hdi-prereqs"] },
  ],
  prerequisites: {
    status: "none-published",
    note: "HDI's pages we read publish prerequisites only for its certified instructors (for example ITIL 4 Foundation for the Team Lead and management courses, three years as a support centre manager for HDI-SCM, and HDI-SCM itself for instructors of HDI-SCD), not for candidates. No candidate prerequisite was found.",
    cite: ["hdi-prereqs"],
  },
  requirements: [
    { text: "Each certification is earned by passing HDI's exam for the role; HDI courses are offered instructor-led, and for CSR, SCA, the desktop technician and Team Lead also as self-paced online courses.", cite: ["hdi-instructor-how"] },
    { text: "HDI describes its certifications as open and independent of any training curriculum, with published objectives and an independently administered exam.", cite: ["hdi-css-standard"] },
    { text: "A professional development unit (PDU) generally equals one hour of learning and must be earned after the certification date; PDUs count towards all of a holder's certifications.", cite: ["hdi-continuing-faq"] },
  ],
  recognition: [
    { text: "HDI, described as Help Desk Institute, is listed among certifications for call centres and BPOs in the c. 2004 bpmwatch article.", cite: ["bpmwatch"] },
    { text: "HDI also recognises whole teams: Southern Methodist University's IT help desk and desktop support teams, whose specialists all held HDI certifications such as Support Center Analyst or a manager certification, received the 'HDI Team Certified Pinnacle of Excellence' recognition.", cite: ["smu-team-certified"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the HDI certificate and the date it was earned. For HDI-SCD, HDI-SCM, HDI-DSM and HDI-SCTL earned in 2013 or later, check that it is within three years or has been renewed through HDI Continuing Certification; management certificates earned before 2013 do not expire and HDI reports them as 'pre-2013'. Then ask HDI to confirm.",
    cite: ["hdi-continuing", "hdi-2013-message"],
    unconfirmed: true,
    note: "We found no public online lookup of HDI-certified individuals.",
  },
  disagreements: [],
  sources: [
    { id: "hdi-prereqs", url: "https://www.thinkhdi.com/Certification/Certified-Instructors/Course-Prerequisites", title: "Certified Instructors: Course Prerequisites", publisher: "HDI", kind: "issuer", accessed: "2026-11-30" },
    { id: "hdi-continuing", url: "http://www.thinkhdi.com/certification/professional/continuing-certification.aspx", title: "Continuing Certification", publisher: "HDI", kind: "issuer", accessed: "2026-11-30" },
    { id: "hdi-continuing-faq", url: "https://www.thinkhdi.com/certification/professional/continuing-certification/faqs", title: "HDI Continuing Certification: Frequently Asked Questions", publisher: "HDI", kind: "issuer", accessed: "2026-11-30" },
    { id: "hdi-2013-message", url: "https://optimalconnections.wordpress.com/2013/02/", title: "HDI Certification Policy Change (message from HDI's Executive Director, Certification and Training)", publisher: "Optimal Connections blog", kind: "consultancy", published: "2013-02-01", accessed: "2026-11-30", note: "A consultancy's blog reproducing HDI's message to certificate holders; HDI's own copy of the message was not found." },
    { id: "hdi-instructor-how", url: "https://thinkhdi.com/Certification/Certified-Instructors/How-Become-a-Certified-Instructor", title: "How to Become an HDI Certified Instructor", publisher: "HDI", kind: "issuer", accessed: "2026-11-29" },
    { id: "hdi-css-standard", url: "http://www.buenastareas.com/ensayos/Customer-Support-Especialist/2325250.html", title: "HDI Customer Support Specialist (CSS) Certification Standards, copy", publisher: "Help Desk Institute (copy hosted by BuenasTareas)", kind: "issuer", accessed: "2026-11-29", note: "A copy of an old HDI standard that is no longer on HDI's site; no original or archived copy was found, so this copy is kept as the only text." },
    { id: "hdi-csr-2014", url: "https://dokumen.tips/documents/hdi-customer-service-representative-2014-06-18-hdi-customer-service-representative.html", title: "HDI Customer Service Representative Certification Standard & Self-Study Guide, version 4.0, copy", publisher: "HDI / UBM (copy hosted by dokumen.tips)", kind: "issuer", published: "2014", accessed: "2026-11-30", note: "HDI's self-study guides are sold to candidates and not published on thinkhdi.com; this copy is the only text we found." },
    { id: "computerworld-2000", url: "https://www.computerworld.com.au/article/85199/help_desk_groups_merge_mend_fences/", title: "Help Desk Groups Merge to Mend Fences", publisher: "Computerworld Australia", kind: "press", published: "2000-07-07", accessed: "2026-11-29" },
    { id: "hdi-japan-history", url: "https://hdi-japan.com/hdi/about6/history.asp", title: "HDI history (in Japanese)", publisher: "HDI-Japan", kind: "consultancy", accessed: "2026-11-29", note: "HDI's Japanese affiliate." },
    { id: "smu-team-certified", url: "https://blog.smu.edu/itconnect/tag/hdi", title: "IT Help Desk and Desktop Teams Reach Pinnacle of Excellence (posts tagged HDI)", publisher: "SMU Office of Information Technology blog", kind: "academic", accessed: "2026-11-29" },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", kind: "press", accessed: "2026-11-29" },
  ],
  description: `HDI, which began in 1989 as the Help Desk Institute, certifies people who work in **IT and technical support**: the service desks and help desks that answer users' and customers' problems. The certifications follow a career ladder, each tied to a role and a published standard, and they draw on ITIL and Knowledge-Centered Support.

### The line-up
- **Front line:** Customer Service Representative (HDI-CSR), Support Center Analyst (HDI-SCA) and Desktop Advanced Support Technician (HDI-DAST, formerly Desktop Support Technician, HDI-DST).
- **Supervision and management:** Support Center Team Lead (HDI-SCTL), Support Center Manager (HDI-SCM), Desktop Support Manager (HDI-DSM) and Support Center Director (HDI-SCD).

An older credential for front-line support staff, Customer Support Specialist (CSS), also existed. In a contact centre, HDI-CSR fits agents and HDI-SCA service-desk analysts; HDI-SCTL fits team leaders, HDI-SCM and HDI-DSM service-desk managers, and HDI-SCD the head of support.

### What achieving it involves
Candidates pass HDI's exam for the role. HDI's courses are taught by HDI-certified instructors, and the front-line and Team Lead courses also exist as self-paced online courses. HDI publishes prerequisites for its instructors (such as ITIL 4 Foundation) but none for candidates. We found no current prices or course lengths.

### Renewal: the 2013 rule
Since 1 January 2013 the four management-level certifications (SCTL, SCM, DSM and SCD) last **three years** and are renewed by reporting 60 hours of professional development. The front-line CSR, SCA and DST certifications are not subject to renewal; the newer HDI-DAST was not on the 2013 list. Management certifications earned before 2013 remain valid for life, and since the start of 2015 HDI reports them as "pre-2013".

### Checking a claim
Ask for the certificate and the date it was earned, check the three-year window for management certifications earned from 2013, and confirm with HDI. HDI's certification of whole support centres is listed separately.`,
  lastReviewed: "2026-11-30",
} satisfies CertificationInput;
