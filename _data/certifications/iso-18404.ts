import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iso-18404",
  name: "ISO 18404 Competencies for key personnel and their organizations in relation to Six Sigma and Lean implementation",
  shortName: "ISO 18404",
  aliases: [
    { name: "ISO 18404:2015", kind: "alternative" },
    { name: "BS ISO 18404", kind: "alternative", note: "The UK edition." },
    { name: "Lean Six Sigma ISO standard", kind: "alternative" },
  ],
  kind: "individual",
  categories: ["process-improvement", "workforce"],
  issuer: "iso",
  status: "active",
  related: ["asq-six-sigma", "iassc-lean-six-sigma"],
  summary: "The international standard that defines the competencies of Six Sigma Green and Black Belts and Lean practitioners, and of the organisations that deploy them; Yellow Belt is deliberately left out.",
  history: [
    { date: "2015-11-30", event: "The UK edition, BS ISO 18404:2015, is published under BSI's authority.", cite: ["scribd-bs-18404"] },
    { date: "2015-12-01", event: "ISO 18404:2015 published (first edition).", cite: ["iteh-18404", "scribd-bs-18404"] },
  ],
  levels: [
    { name: "Six Sigma Green Belt", cite: ["iteh-18404"] },
    { name: "Six Sigma Black Belt", cite: ["iteh-18404"] },
    { name: "Lean Practitioner", cite: ["iteh-18404"] },
    { name: "Six Sigma Master Black Belt", cite: ["everybodywiki-18404"], unconfirmed: true, note: "Named only by a wiki page describing a certification scheme built on the standard; not confirmed against the standard's text." },
    { name: "Lean Leader", cite: ["everybodywiki-18404"], unconfirmed: true, note: "Named only by a wiki page; not confirmed against the standard's text." },
    { name: "Lean Expert", cite: ["everybodywiki-18404"], unconfirmed: true, note: "Named only by a wiki page; not confirmed against the standard's text." },
  ],
  cost: { status: "not-published", note: "No cost figure found." },
  timeToAchieve: { status: "not-published", note: "No duration found." },
  validity: { status: "not-published", note: "No source found for how long an ISO 18404 certificate lasts." },
  requirements: [
    { text: "Defines the competencies for specific levels in Six Sigma, in Lean and in combined \"Lean & Six Sigma\", for individuals (for example Black Belts, Green Belts and Lean practitioners) and for their organisations.", cite: ["iteh-18404", "isorobot-18404"] },
    { text: "Yellow Belt is not included, and Design for Six Sigma is excluded.", cite: ["iteh-18404", "bsnsqa-18404"] },
    { text: "Focuses on competencies (skills and abilities) that deliver benefits to an organisation, not on the educational level required for each role.", cite: ["isorobot-18404"] },
    { text: "Builds on ISO 13053-1 (the DMAIC method) and ISO 13053-2 (tools and techniques), which it references normatively.", cite: ["bsnsqa-18404"] },
    { text: "One wiki page says individuals and organisations are assessed under the Royal Statistical Society's sector scheme RSS 18404, and that BSI led the standard's development.", cite: ["everybodywiki-18404"], unconfirmed: true, note: "Shown because it explains how certification to the standard is said to work; not confirmed by the Royal Statistical Society or BSI." },
  ],
  recognition: [],
  regions: ["Worldwide"],
  verify: {
    how: "Ask the person or organisation for the certificate, which level it covers (Green Belt, Black Belt, Lean practitioner and so on), who assessed it and against which scheme, and confirm it with that body. A Yellow Belt cannot be certified to ISO 18404, because the standard leaves it out.",
    cite: ["iteh-18404"],
    unconfirmed: true,
    note: "We found no public register of ISO 18404 certificate holders.",
  },
  disagreements: [],
  sources: [
    { id: "iteh-18404", url: "https://standards.theiteh.com/catalog/standards/iso/efd69beb-5ade-4491-8ad9-b639956f33af/iso-18404-2015", title: "ISO 18404:2015 Quantitative methods in process improvement – Six Sigma – Competencies for key personnel and their organizations", publisher: "iTeh Standards", accessed: "2026-11-29" },
    { id: "scribd-bs-18404", url: "https://www.scribd.com/document/652448181/BS-ISO-18404-2015-parte-1", title: "BS ISO 18404:2015 (front matter)", publisher: "BSI, via Scribd", accessed: "2026-11-29" },
    { id: "isorobot-18404", url: "http://isorobot.io/iso-18404-lean-six-sigma.html", title: "ISO 18404 Lean Six Sigma", publisher: "isorobot.io", accessed: "2026-11-29" },
    { id: "bsnsqa-18404", url: "https://bsnsqa.com/18404.php", title: "ISO 18404 – Quantitative methods in process improvement", publisher: "BSNS QA", accessed: "2026-11-29" },
    { id: "everybodywiki-18404", url: "https://en.everybodywiki.com/ISO_18404:_Quantitative_methods_in_process_improvement", title: "ISO 18404: Quantitative methods in process improvement", publisher: "EverybodyWiki", accessed: "2026-11-29" },
  ],
  description: `Six Sigma has no single owner, and a "Black Belt" from one trainer may not mean the same as one from another. ISO 18404, published on 1 December 2015, tries to fix that by defining **what competencies each role needs**, for Six Sigma, for Lean and for the combination the standard calls "Lean & Six Sigma". It covers individuals, such as Green Belts, Black Belts and Lean practitioners, and also the organisations that deploy them, so a BPO or contact centre running an improvement programme can be assessed as well as its staff.

### What it includes and leaves out
The standard describes competencies (skills and abilities that deliver results) rather than the education each role needs, and it builds on ISO 13053, the two-part ISO standard on the DMAIC method and its tools. Two things are deliberately out of scope: **Yellow Belt is not included**, and Design for Six Sigma is excluded. A Yellow Belt certificate, however useful, therefore cannot be an ISO 18404 certificate. One wiki page also names Master Black Belt and Lean Leader and Expert levels, and says certification runs under a Royal Statistical Society scheme; we could not confirm either.

### Cost, time and renewal
No source gives a cost, a typical duration or a validity period for ISO 18404 certification. Belt training and exams from bodies such as ASQ or IASSC are separate credentials with their own rules; see their pages.

### Checking a holder
Ask for the certificate, the level it covers, the assessing body and the scheme it used, and confirm it with that body; we found no public register. For an organisation, ask what part of the business and which roles the assessment covered.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
