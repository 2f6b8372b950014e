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
    { name: "HDI-DAST", kind: "abbreviation", note: "HDI Desktop Advanced Support Technician." },
    { name: "HDI-DST", kind: "former-name", note: "HDI Desktop Support Technician, listed in 2013 where HDI-DAST now appears." },
    { name: "HDI-SCTL", kind: "abbreviation", note: "HDI Support Center Team Lead." },
    { name: "HDI-SCM", kind: "abbreviation", note: "HDI Support Center Manager." },
    { name: "HDI-DSM", kind: "abbreviation", note: "HDI Desktop Support Manager." },
    { name: "HDI-SCD", kind: "abbreviation", note: "HDI Support Center Director." },
    { name: "Customer Support Specialist (CSS)", kind: "former-name", note: "An older HDI certification for entry-level support staff." },
  ],
  kind: "individual",
  categories: ["workforce", "service-management", "customer-experience"],
  issuer: "hdi",
  website: "https://www.thinkhdi.com/Certification/Certified-Instructors/Course-Prerequisites",
  status: "active",
  related: ["hdi-support-center-certification", "icmi-professional-certification", "ccxp"],
  summary: "HDI's role-based certifications for technical support staff, from Customer Service Representative to Support Center Director; the management-level ones must be renewed every three years.",
  history: [
    { date: "1989", event: "Help Desk Institute (HDI) founded by Ron Muns in Colorado Springs.", cite: ["computerworld-2000"] },
    { date: "1992", event: "Muns sells HDI to Ziff Davis.", cite: ["computerworld-2000"] },
    { date: "1999-03", event: "Muns buys HDI back from Ziff Davis.", cite: ["computerworld-2000"] },
    { date: "2000", event: "HDI merges with the UK's CSM to form Think Service Inc. and launches international certifications for support specialists and support centres.", cite: ["hdi-japan-history"] },
    { date: "2013-01-01", event: "Support Center Director, Manager, Desktop Support Manager and Team Lead certifications earned from this date become valid for three years, renewable with 60 professional development units; earlier holders are certified for life.", cite: ["hdi-continuing", "hdi-2013-message"] },
    { date: "2014", event: "HDI Customer Service Representative standard version 4.0 published, with HDI then part of UBM Tech.", cite: ["hdi-csr-2014"] },
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
  cost: { status: "not-published", note: "No current price for HDI courses or exams was found." },
  timeToAchieve: { status: "not-published", note: "No source gives typical study time; HDI offers instructor-led and, for some certifications, self-paced online courses." },
  validity: {
    status: "published",
    period: "P3Y",
    renewal: "From 1 January 2013, HDI-SCD, HDI-SCM, HDI-DSM and HDI-SCTL are valid for three years and are extended by reporting 60 professional development units (about one hour of learning each) before expiry. HDI-CSR, HDI-SCA and HDI-DST are not subject to this rule, and management certifications earned before 2013 remain valid for life.",
    cite: ["hdi-continuing", "hdi-2013-message"],
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
    how: "Ask for the HDI certificate and the date it was earned. For HDI-SCD, HDI-SCM, HDI-DSM and HDI-SCTL earned in 2013 or later, check that it is within three years or has been renewed through HDI Continuing Certification; pre-2013 management certificates do not expire. Then ask HDI to confirm.",
    cite: ["hdi-continuing", "hdi-2013-message"],
    unconfirmed: true,
    note: "We found no public online lookup of HDI-certified individuals.",
  },
  disagreements: [],
  sources: [
    { id: "hdi-prereqs", url: "https://www.thinkhdi.com/Certification/Certified-Instructors/Course-Prerequisites", title: "Certified Instructors: Course Prerequisites", publisher: "HDI", accessed: "2026-11-29" },
    { id: "hdi-continuing", url: "http://www.thinkhdi.com/certification/professional/continuing-certification.aspx", title: "Continuing Certification", publisher: "HDI", accessed: "2026-11-29" },
    { id: "hdi-continuing-faq", url: "https://www.thinkhdi.com/certification/professional/continuing-certification/faqs", title: "HDI Continuing Certification: Frequently Asked Questions", publisher: "HDI", accessed: "2026-11-29" },
    { id: "hdi-2013-message", url: "https://optimalconnections.wordpress.com/2013/02/", title: "HDI Certification Policy Change (message from HDI's Executive Director, Certification and Training)", publisher: "Optimal Connections blog", published: "2013-02-01", accessed: "2026-11-29" },
    { id: "hdi-instructor-how", url: "https://thinkhdi.com/Certification/Certified-Instructors/How-Become-a-Certified-Instructor", title: "How to Become an HDI Certified Instructor", publisher: "HDI", accessed: "2026-11-29" },
    { id: "hdi-css-standard", url: "http://www.buenastareas.com/ensayos/Customer-Support-Especialist/2325250.html", title: "HDI Customer Support Specialist (CSS) Certification Standards, copy", publisher: "Help Desk Institute (copy hosted by BuenasTareas)", accessed: "2026-11-29" },
    { id: "hdi-csr-2014", url: "https://dokumen.tips/documents/hdi-customer-service-representative-2014-06-18-hdi-customer-service-representative.html", title: "HDI Customer Service Representative Certification Standard & Self-Study Guide, version 4.0, copy", publisher: "HDI / UBM (copy hosted by dokumen.tips)", published: "2014", accessed: "2026-11-29" },
    { id: "computerworld-2000", url: "https://www.computerworld.com.au/article/85199/help_desk_groups_merge_mend_fences/", title: "Help Desk Groups Merge to Mend Fences", publisher: "Computerworld Australia", published: "2000-07-07", accessed: "2026-11-29" },
    { id: "hdi-japan-history", url: "https://hdi-japan.com/hdi/about6/history.asp", title: "HDI history (in Japanese)", publisher: "HDI-Japan", accessed: "2026-11-29" },
    { id: "smu-team-certified", url: "https://blog.smu.edu/itconnect/tag/hdi", title: "IT Help Desk and Desktop Teams Reach Pinnacle of Excellence (posts tagged HDI)", publisher: "SMU Office of Information Technology blog", accessed: "2026-11-29" },
    { id: "bpmwatch", url: "https://www.bpmwatch.com/knowledgebase/call-center-quality-certifications/", title: "Quality Certifications for Call Centres (undated, c. 2004)", publisher: "BPM Watch", accessed: "2026-11-29" },
  ],
  description: `HDI, which began in 1989 as the Help Desk Institute, certifies people who work in **IT and technical support**: the service desks and help desks that answer users' and customers' problems. The certifications follow a career ladder, each tied to a role and a published standard, and they draw on ITIL and Knowledge-Centered Support.

### The line-up
- **Front line:** Customer Service Representative (HDI-CSR), Support Center Analyst (HDI-SCA) and Desktop Advanced Support Technician (HDI-DAST, formerly Desktop Support Technician, HDI-DST).
- **Supervision and management:** Support Center Team Lead (HDI-SCTL), Support Center Manager (HDI-SCM), Desktop Support Manager (HDI-DSM) and Support Center Director (HDI-SCD).

An older credential for front-line support staff, Customer Support Specialist (CSS), also existed.

### What achieving it involves
Candidates pass HDI's exam for the role. HDI's courses are taught by HDI-certified instructors, and the front-line and Team Lead courses also exist as self-paced online courses. We found no current prices or study times.

### Renewal: the 2013 rule
Since 1 January 2013 the four management-level certifications (SCTL, SCM, DSM and SCD) last **three years** and are renewed by reporting 60 hours of professional development. The front-line CSR, SCA and DST certifications are not subject to renewal (the newer HDI-DAST was not on the 2013 list), and management certifications earned before 2013 remain valid for life.

### Checking a claim
Ask for the certificate and the date it was earned, check the three-year window for post-2013 management certifications, and confirm with HDI. HDI's certification of whole support centres is listed separately.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
