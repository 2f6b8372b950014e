import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "asq",
  name: "American Society for Quality",
  shortName: "ASQ",
  formerNames: [{ name: "American Society for Quality Control", until: "1997", cite: ["asq-qp-2011", "asq-history"], note: "ASQ's magazine says 'Control' was dropped from the name in 1997." }],
  type: "professional-association",
  website: "https://asq.org",
  country: "United States (Milwaukee, Wisconsin)",
  founded: {
    date: "1946-02-16",
    cite: ["asq-history", "fit-edu"],
    note: "Founded as the American Society for Quality Control by 253 members of 17 quality-related societies.",
  },
  status: "active",
  statusDetail: {
    note: "ASQ's certification pages, including its general FAQs and ASQ India's Black Belt page, describe certifications open to applicants; ASQ has certified individuals since 1968.",
    cite: ["asq-faq", "asq-india-cssbb", "qualitydigest-2001", "asq-history"],
  },
  summary: "A global membership association of quality professionals that certifies individuals, including Six Sigma Yellow, Green and Black Belts and Master Black Belts.",
  description: `The American Society for Quality (ASQ) began on 16 February 1946 as the American Society for Quality Control, and dropped "Control" from its name in 1997. It was formed by quality experts and manufacturers who wanted to keep the quality-improvement methods used during the Second World War. It is headquartered in Milwaukee and has members in more than 140 countries, with service centres in Mexico, China and India.

ASQ has certified individuals since 1968, starting with the Certified Quality Engineer. Its certifications are exam-based and many also require work experience. ASQ describes certification as peer recognition of proficiency in a body of knowledge, not a registration or licence, and it develops each exam from a job-analysis survey repeated every five years.

For contact centres and BPOs the most relevant ASQ credentials are its Six Sigma belts: Yellow Belt, Green Belt, Black Belt and Master Black Belt. ASQ is one of several Six Sigma certifiers, since no single body owns the method. Its Black Belt requires completed improvement projects as well as an exam, which sets it apart from exam-only schemes.`,
  sources: [
    { id: "asq-history", url: "https://asq.org/about-asq/how-we-do-it/history", title: "ASQ History and timeline", publisher: "ASQ", kind: "issuer", accessed: "2026-11-30" },
    { id: "asq-qp-2011", url: "http://asq.org/quality-progress/2011/02/up-front/happy-birthday.html", title: "Happy Birthday! Celebrating 65 years of ASQ", publisher: "ASQ (Quality Progress)", kind: "issuer", published: "2011-02", accessed: "2026-11-30" },
    { id: "fit-edu", url: "http://www.fit.edu/professional-development/six-sigma-exam-prep.php", title: "Six Sigma exam preparation: ASQ overview", publisher: "Florida Institute of Technology", kind: "academic", accessed: "2026-11-30" },
    { id: "asq-faq", url: "https://asq.org/cert/faq", title: "General FAQs: Certification", publisher: "ASQ", kind: "issuer", accessed: "2026-11-29" },
    { id: "qualitydigest-2001", url: "http://www.qualitydigest.com/dec01/html/cert.html", title: "ASQ certifications (Scott M. Paton)", publisher: "Quality Digest", kind: "press", published: "2001-12", accessed: "2026-11-29" },
    { id: "asq-india-cssbb", url: "https://asq.org.in/right-for-you-2/", title: "Is it right for you? Six Sigma Black Belt Certification - CSSBB", publisher: "ASQ India", kind: "issuer", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
