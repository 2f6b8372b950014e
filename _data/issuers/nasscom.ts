import type { IssuerInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "nasscom",
  name: "National Association of Software and Service Companies",
  shortName: "NASSCOM",
  type: "industry-association",
  website: "https://nasscom.in",
  country: "India (New Delhi)",
  founded: { date: "1988", cite: ["book-review"] },
  status: "active",
  statusDetail: {
    note: "In September 2004 NASSCOM announced a training certification and assessment programme for the BPO industry; its entry-level strand was piloted as the NASSCOM Assessment of Competence in August 2005 and rolled out nationally from November 2005.",
    cite: ["rediff-2004", "zdnet-2005"],
  },
  summary: "India's trade body for the IT and business-process (BPO/BPM) industry; in 2004–05 it turned a planned BPO certification into the NASSCOM Assessment of Competence for entry-level staff.",
  description: `NASSCOM is the not-for-profit industry association of India's software, IT services and business-process companies. It was founded in 1988 to give the young software-services industry a voice of its own, and is based in New Delhi.

For the contact-centre and BPO sector, NASSCOM's notable certification work is about people rather than firms. In September 2004 it announced plans for a human-resource training certification and an assessment programme for the BPO industry, working with Hewitt Associates on entry-level staff and with QAI on middle managers. The result was the NASSCOM Assessment of Competence (NAC), a standard test of job-ready skills for entry-level BPO candidates, piloted in August 2005 and rolled out nationally from November 2005.

We found no NASSCOM certification of BPO **organisations**, despite the c. 2004 article that said one was planned.`,
  sources: [
    { id: "book-review", url: "https://www.thebookreviewindia.org/a-band-of-dreamers-who-transformed-a-nation/", title: "A Band of Dreamers Who Transformed a Nation (review of Harish Mehta, The Maverick Effect)", publisher: "The Book Review", kind: "press", accessed: "2026-11-30" },
    { id: "rediff-2004", url: "https://m.rediff.com/amp/money/2004/sep/02bpo2.htm", title: "Nasscom plans HR training certification and assessment programme for BPO firms", publisher: "Rediff.com", kind: "press", published: "2004-09-02", accessed: "2026-11-30" },
    { id: "zdnet-2005", url: "https://www.zdnet.com/article/indias-outsourcing-antidote-takes-effect/", title: "India's outsourcing antidote takes effect", publisher: "ZDNet", kind: "press", published: "2005-11", accessed: "2026-11-30" },
  ],
  lastReviewed: "2026-11-30",
} satisfies IssuerInput;
