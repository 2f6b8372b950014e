import type { CertificationInput } from "../../src/lib/schema/index.ts";

export default {
  slug: "iassc-lean-six-sigma",
  name: "IASSC Lean Six Sigma Certification",
  shortName: "IASSC Lean Six Sigma",
  aliases: [
    { name: "Lean Six Sigma", kind: "alternative", note: "The combined method; IASSC is one of several certifiers." },
    { name: "IASSC Certified Lean Six Sigma Green Belt", kind: "alternative" },
    { name: "IASSC Certified Lean Six Sigma Black Belt", kind: "alternative" },
    { name: "Six Sigma", kind: "alternative", note: "Six Sigma has no single owner; ASQ is another major certifier." },
  ],
  kind: "individual",
  categories: ["process-improvement", "quality-management"],
  issuer: "iassc",
  website: "https://iassc.org/body-of-knowledge/body-of-knowledge-origins-and-history",
  status: "active",
  related: ["asq-six-sigma", "iso-18404"],
  summary: "Exam-only Lean Six Sigma belt certifications (Yellow, Green, Black Belt) from IASSC, which certifies and accredits trainers but does not train.",
  history: [
    { date: "2009", event: "IASSC's Lean Six Sigma Bodies of Knowledge, based on the Open Source Six Sigma table of contents, made available; IASSC says it has offered certification without training since 2009.", cite: ["iassc-bok", "iassc-faq"] },
    { date: "2015-12-01", event: "ISO 18404 published, setting competencies for Green Belts, Black Belts and Lean practitioners (Yellow Belt excluded).", cite: ["iso-18404-iteh"] },
  ],
  levels: [
    { name: "Lean Six Sigma Yellow Belt", cite: ["iassc-bok", "peoplecert-lss"] },
    { name: "Lean Six Sigma Green Belt", description: "Proctored exam of 100 questions in 3 hours, closed book, 70% to pass.", cite: ["iassc-bok", "certificationbox-icgb", "learnleansigma", "globalexamatlas"], note: "Exam details come from exam-preparation sites, not from IASSC." },
    { name: "Lean Six Sigma Black Belt", cite: ["iassc-bok", "peoplecert-lss"] },
  ],
  cost: {
    status: "published",
    figures: [
      {
        min: 350,
        currency: "USD",
        basis: "per-exam",
        context: "Green Belt exam",
        asOf: "2025-11",
        cite: ["certificationbox-icgb"],
        unconfirmed: true,
        note: "Quoted by an exam-preparation site; IASSC's own price page was not read.",
      },
    ],
  },
  timeToAchieve: { status: "not-published", note: "IASSC requires only passing the exam; there is no training, experience or project requirement, so time depends on the candidate's own study." },
  validity: {
    status: "published",
    period: "P3Y",
    renewal: "Holders of IASSC belts must re-certify within three years of their original certification.",
    cite: ["peoplecert-lss"],
    unconfirmed: true,
    note: "Stated on PeopleCert's Lean Six Sigma page; IASSC's own recertification rules were not read, and another page claims IASSC certifications do not expire.",
  },
  requirements: [
    { text: "Certification depends only on passing an IASSC exam; there are no prerequisites, and anyone may sit it.", cite: ["iassc-faq"] },
    { text: "IASSC does not require a completed project, saying it found no reliable way to assess project submissions; its certification speaks only to knowledge of its Bodies of Knowledge.", cite: ["iassc-project-position"] },
    { text: "IASSC does not provide training; it accredits training providers and certifies individuals against its published Bodies of Knowledge.", cite: ["iassc-faq", "iassc-terms"] },
  ],
  recognition: [
    { text: "IASSC describes its certification as independent third-party certification, as opposed to the second-party certificates most training providers issue; it discloses that it shares a parent company with the training-materials publisher Open Source Six Sigma.", cite: ["iassc-faq", "iassc-bok"] },
  ],
  regions: ["Worldwide"],
  verify: {
    how: "Ask for the IASSC certificate, the belt level and the date of certification, and check it is within three years or has been renewed; then ask IASSC to confirm the certificate. Remember that a Lean Six Sigma belt from a training company that is merely IASSC-accredited is not the same as an IASSC certification.",
    cite: ["iassc-faq", "iassc-terms"],
    unconfirmed: true,
    note: "We did not find or read a public IASSC register of certified individuals.",
  },
  disagreements: [
    {
      topic: "Whether IASSC certifications expire",
      positions: [
        { claim: "IASSC belt holders must re-certify within three years of original certification.", cite: ["peoplecert-lss"] },
        { claim: "IASSC certifications do not expire.", cite: ["oluyomi-lss"] },
      ],
      note: "Neither is IASSC's own statement; the second comes from a personal study page.",
    },
  ],
  sources: [
    { id: "iassc-faq", url: "http://www.iassc.org/faqs/", title: "FAQ's", publisher: "International Association for Six Sigma Certification (IASSC)", accessed: "2026-11-29" },
    { id: "iassc-bok", url: "https://iassc.org/body-of-knowledge/body-of-knowledge-origins-and-history", title: "Body of Knowledge Origins and History", publisher: "International Association for Six Sigma Certification (IASSC)", accessed: "2026-11-29" },
    { id: "iassc-project-position", url: "http://iassc.org/question/why-has-iassc-elected-to-not-have-project-experience-a-part-of-their-certification-requirements/", title: "Why has IASSC elected to not have project experience a part of their Certification requirements?", publisher: "International Association for Six Sigma Certification (IASSC)", accessed: "2026-11-29" },
    { id: "iassc-terms", url: "http://www.iassc.org/accreditations/accreditation-terms-conditions/", title: "Accreditation Terms & Conditions", publisher: "International Association for Six Sigma Certification (IASSC)", accessed: "2026-11-29" },
    { id: "peoplecert-lss", url: "https://peoplecert.org/products/lean-six-sigma-certification-family", title: "Lean Six Sigma certification family", publisher: "PeopleCert", accessed: "2026-11-29" },
    { id: "certificationbox-icgb", url: "https://www.certificationbox.com/2025/11/01/iassc-green-belt-exam-questions-explained-icgb-test-guide", title: "IASSC Green Belt exam questions explained (ICGB test guide)", publisher: "CertificationBox", published: "2025-11-01", accessed: "2026-11-29" },
    { id: "learnleansigma", url: "https://www.learnleansigma.com/lean-six-sigma-belts/strategies-for-the-green-belt-exam/", title: "Preparation Strategies for the Green Belt Exam", publisher: "Learn Lean Sigma", accessed: "2026-11-29" },
    { id: "globalexamatlas", url: "https://globalexamatlas.com/en/exams/project-management/lean-six-sigma-green-belt/cheat-sheet/", title: "Lean Six Sigma Green Belt Cheat Sheet: Facts and Tools", publisher: "The Exam Atlas", published: "2026-06-05", accessed: "2026-11-29" },
    { id: "oluyomi-lss", url: "https://olusholaoluyomi.com/cert-lss", title: "Lean Six Sigma: Yellow, Green & Black Belt (personal certification notes)", publisher: "olusholaoluyomi.com", accessed: "2026-11-29" },
    { id: "iso-18404-iteh", url: "https://standards.iteh.ai/catalog/standards/iso/efd69beb-5ade-4491-8ad9-b639956f33af/iso-18404-2015", title: "ISO 18404:2015 Quantitative methods in process improvement — Six Sigma — Competencies for key personnel and their organizations", publisher: "iTeh Standards", published: "2015-12-01", accessed: "2026-11-29" },
  ],
  description: `Lean Six Sigma combines Lean's focus on removing waste and delay with Six Sigma's statistical reduction of defects and variation. Because **no single body owns Six Sigma**, belts come from many sources. The International Association for Six Sigma Certification (IASSC) offers one of the best-known independent routes: it publishes Bodies of Knowledge for Yellow, Green and Black Belts and certifies people who pass its exams, while leaving training to others. ASQ's belts, which add experience and project requirements, are listed separately, and ISO 18404 sets out Green and Black Belt competencies.

### What achieving it involves
Candidates sit a proctored exam for the chosen belt. There are no prerequisites: no course, no work experience and no completed project. IASSC argues that project work cannot be assessed reliably, so its certificate shows knowledge rather than proven application. Exam-preparation sites describe the Green Belt exam as 100 closed-book questions in three hours with a 70% pass mark.

### Cost and time
An exam-preparation site quoted US$350 for the Green Belt exam in late 2025; IASSC's own price list was not checked. Time to certify depends entirely on self-study.

### Renewal
PeopleCert's page says IASSC belts must be renewed within three years, but another source claims they never expire; IASSC's rule is unconfirmed.

### Checking a claim
Ask for the IASSC certificate and date and confirm with IASSC. Note the difference between an IASSC certification and a certificate from a training firm that is only IASSC-accredited.`,
  lastReviewed: "2026-11-29",
} satisfies CertificationInput;
